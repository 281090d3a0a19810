# an async generator whose aclose() has begun is closed when it dies, not passed to the finalizer hook
import sys

class Later:
    def __await__(self):
        yield "later"

async def agen():
    try:
        yield 1
    finally:
        print("  finally begins")
        await Later()
        print("  finally resumed")

def finalizer(g):
    print("  finalizer", g.__qualname__)

def step(aw):
    return aw.send(None)

sys.set_asyncgen_hooks(finalizer=finalizer)
g = agen()
try:
    step(g.__anext__())
except StopIteration as e:
    print("got", e.value)
aw = g.aclose()
print("aclose step yields", step(aw))
print("dropping the awaitable and the generator")
del aw
del g
print("dropped")

print("athrow begun, then dropped: the finalizer gets it")
g = agen()
try:
    step(g.__anext__())
except StopIteration as e:
    print("got", e.value)
aw = g.athrow(ValueError("x"))
print("athrow step yields", step(aw))
del aw
del g
print("dropped")
sys.set_asyncgen_hooks(None, None)
