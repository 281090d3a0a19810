# sys.set_asyncgen_hooks and sys.get_asyncgen_hooks: the asyncgen_hooks struct sequence, omitted hooks kept, None clears, and CPython's argument errors
import sys

h = sys.get_asyncgen_hooks()
print(h)
print(type(h).__name__, type(h).__module__, isinstance(h, tuple), len(h))
print(h.firstiter, h.finalizer, h[0], h[1], h == (None, None))
first, fin = h
print(first, fin)

def firstiter(agen):
    pass

def finalizer(agen):
    pass

class Callable:
    def __call__(self, agen):
        pass
    def __repr__(self):
        return "<Callable>"

print(sys.set_asyncgen_hooks(firstiter=firstiter))
print(sys.get_asyncgen_hooks().firstiter is firstiter, sys.get_asyncgen_hooks().finalizer)
sys.set_asyncgen_hooks(finalizer=finalizer)
print(sys.get_asyncgen_hooks().firstiter is firstiter, sys.get_asyncgen_hooks().finalizer is finalizer)
sys.set_asyncgen_hooks()
print("omitting both keeps both:", sys.get_asyncgen_hooks() == (firstiter, finalizer))
sys.set_asyncgen_hooks(None)
print("None clears firstiter only:", sys.get_asyncgen_hooks() == (None, finalizer))
sys.set_asyncgen_hooks(Callable(), print)
print(sys.get_asyncgen_hooks())
sys.set_asyncgen_hooks(finalizer=None, firstiter=None)
print(sys.get_asyncgen_hooks())

def attempt(*args, **kwargs):
    try:
        sys.set_asyncgen_hooks(*args, **kwargs)
    except Exception as e:
        print(type(e).__name__ + ":", e)
    print("  now", sys.get_asyncgen_hooks())

attempt(1)
attempt(firstiter="x")
attempt(finalizer=1.5)
attempt(firstiter, [])
# the finalizer is checked and set first: a bad firstiter leaves it in place
attempt(2, finalizer)
sys.set_asyncgen_hooks(None, None)
attempt(firstiter, finalizer, print)
attempt(firstiter, finalizer=finalizer, firstiter=firstiter)
attempt(firstiter, firstiter=firstiter)
attempt(hook=firstiter)
attempt(hook=firstiter, firstiter=3)
try:
    sys.get_asyncgen_hooks(1)
except TypeError as e:
    print("TypeError:", e)
try:
    sys.get_asyncgen_hooks(firstiter=None)
except TypeError as e:
    print("TypeError:", e)
try:
    h.firstiter = 1
except AttributeError:
    print("AttributeError on assignment")
