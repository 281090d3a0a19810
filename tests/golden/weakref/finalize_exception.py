# refpy: xfail the traceback goes through refpy's own weakref.py, whose line numbers and lines differ from CPython's Lib/weakref.py
# A finalizer that raises when its object dies is reported like a weakref callback.
import weakref
class C:
    pass
def boom():
    raise RuntimeError("finalizer failed")
c = C()
weakref.finalize(c, boom)
del c
print("continues")
