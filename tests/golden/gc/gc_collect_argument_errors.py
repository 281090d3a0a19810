# gc.collect's generation argument: keyword form, range errors, types.
import gc
print(gc.collect(generation=0))
for bad in (3, -1):
    try:
        gc.collect(bad)
    except ValueError as e:
        print("ValueError:", e)
try:
    gc.collect("x")
except TypeError as e:
    print("TypeError:", e)
