# gc.get_objects(generation): new containers are in generation 0; argument errors.
import gc
gc.collect()
marker = ["marker"]
print([any(o is marker for o in gc.get_objects(g)) for g in range(3)])
print(any(o is marker for o in gc.get_objects()))
d = {"atomic": 1}
print("untracked dict listed:", any(o is d for o in gc.get_objects()))
try:
    gc.get_objects(3)
except ValueError as e:
    print("ValueError:", e)
try:
    gc.get_objects(-1)
except ValueError as e:
    print("ValueError:", e)
