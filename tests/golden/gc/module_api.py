# The gc module's functions and their argument errors.
import gc
for call in [lambda: gc.collect(5), lambda: gc.collect("x"), lambda: gc.collect(generation=0), lambda: gc.set_threshold(), lambda: gc.set_threshold(5, 2), lambda: gc.get_threshold(), lambda: gc.get_objects(3), lambda: gc.isenabled(), lambda: gc.get_debug()]:
    try:
        print(call())
    except Exception as e:
        print(type(e).__name__, e)
gc.set_threshold(700, 10, 10)
print(gc.garbage, gc.callbacks, gc.DEBUG_SAVEALL)
