# gc.get_referents: what a container refers to, in its traversal order (lists and tuples
# last item first; dicts of str keys show only their values).
import gc
class C:
    pass
c = C(); c.a = 1; c.b = [2]
print(gc.get_referents([1, "two", 3.0]))
print(gc.get_referents((1, "two", None)))
print(gc.get_referents({"k": 1, "j": [2]}))
print(gc.get_referents({1: "one", 2: "two"}))
print(gc.get_referents(c))
print(gc.get_referents(1, "str", None))
print(gc.get_referents([1], (2,)))
print(len(gc.get_referents()))
