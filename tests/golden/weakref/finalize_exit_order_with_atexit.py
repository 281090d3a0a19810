# At exit: atexit handlers run last registered first; the finalize handler was registered
# with the first finalize object, so later atexit handlers run before it.
import atexit, weakref
class C:
    pass
atexit.register(print, "registered before any finalize")
a = C()
weakref.finalize(a, print, "finalize of a")
atexit.register(print, "registered after the first finalize")
b = C()
weakref.finalize(b, print, "finalize of b")
print("end")
