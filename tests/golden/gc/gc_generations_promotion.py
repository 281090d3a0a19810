# Survivors move to the next generation: get_objects(generation) shows where an object is.
import gc
class C:
    pass
gc.collect()
x = C()
def where(o):
    return [any(o is y for y in gc.get_objects(g)) for g in range(3)]
print("new:", where(x))
gc.collect(0)
print("after collect(0):", where(x))
gc.collect(1)
print("after collect(1):", where(x))
y = C()
print("y new:", where(y))
gc.collect(1)
print("y after collect(1):", where(y))
gc.collect()
print("after full:", where(x), where(y))
