# a finalizer hook that keeps the dying async generator alive resurrects it; closing it later runs its finally, and it is not finalized twice
import sys

class Res:
    def __init__(self, name):
        self.name = name
    def __del__(self):
        print("  del", self.name)

def drive(aw):
    try:
        while True:
            print("  awaitable yielded", aw.send(None))
    except StopIteration as e:
        return e.value

class Later:
    """Suspends the awaiting generator once."""
    def __await__(self):
        yield "later"

async def agen():
    r = Res("local of agen")
    try:
        yield 1
        yield 2
    finally:
        print("  finally begins")
        await Later()
        print("  finally ends")

pending = []

def finalizer(g):
    print("  finalizer keeps", g.__qualname__)
    pending.append(g)

sys.set_asyncgen_hooks(finalizer=finalizer)
g = agen()
print("got", drive(g.__anext__()))
print("dropping")
del g
print("dropped; pending:", len(pending))
g = pending.pop()
print("closing it")
print("aclose ->", drive(g.aclose()))
print("frame after close:", g.ag_frame)
print("dropping again")
del g
print("dropped again; pending:", len(pending))

print("resurrected and dropped again without closing")
g = agen()
print("got", drive(g.__anext__()))
del g
g = pending.pop()
sys.set_asyncgen_hooks(None, None)
print("dropping the resurrected generator")
del g
print("end")
