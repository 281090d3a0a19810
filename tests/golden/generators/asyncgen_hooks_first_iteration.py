# the hooks current at an async generator's first __anext__/asend/athrow/aclose are captured then, once: firstiter is called with the generator, hooks set later are ignored
import sys

def run(aw):
    """Drives an awaitable by hand; returns the value it completes with."""
    try:
        while True:
            print("  awaitable yielded", aw.send(None))
    except StopIteration as e:
        return e.value
    except StopAsyncIteration:
        return "StopAsyncIteration"

def firstiter(name):
    def hook(agen):
        print(f"  firstiter[{name}]({agen.__qualname__})")
    return hook

def finalizer(name):
    def hook(agen):
        print(f"  finalizer[{name}]({agen.__qualname__})")
    return hook

async def counter():
    try:
        for i in range(3):
            yield i
    finally:
        print("  counter finally")

print("hooks set before the generator is made, cleared before its first step")
sys.set_asyncgen_hooks(firstiter("A"), finalizer("A"))
g = counter()
sys.set_asyncgen_hooks(None, None)
print("first step:", run(g.__anext__()))
del g
print("gone")

print("hooks set after the generator is made, before its first step")
g = counter()
sys.set_asyncgen_hooks(firstiter("B"), finalizer("B"))
print("making the awaitable")
aw = g.__anext__()
print("made; stepping it")
print("first step:", run(aw))
print("second step:", run(g.__anext__()))
del aw
del g
print("gone")
sys.set_asyncgen_hooks(None, None)

for method in ["asend", "athrow", "aclose"]:
    print("first call is", method)
    g = counter()
    sys.set_asyncgen_hooks(firstiter(method), finalizer(method))
    if method == "asend":
        aw = g.asend(None)
    elif method == "athrow":
        aw = g.athrow(ValueError("thrown"))
    else:
        aw = g.aclose()
    sys.set_asyncgen_hooks(None, None)
    try:
        print("result:", run(aw))
    except ValueError as e:
        print("raised:", repr(e))
    del aw
    del g

print("firstiter raises: the call fails, the finalizer is still captured")
def bad_firstiter(agen):
    raise RuntimeError("firstiter refuses")
sys.set_asyncgen_hooks(bad_firstiter, finalizer("C"))
g = counter()
try:
    g.__anext__()
except RuntimeError as e:
    print("raised:", e)
sys.set_asyncgen_hooks(firstiter("never"), None)
print("second try:", run(g.__anext__()))
sys.set_asyncgen_hooks(None, None)
del g
print("end")
