# a dying unfinished async generator with a captured finalizer hook is passed to it instead of being closed: its finally never runs
import sys

class Res:
    def __init__(self, name):
        self.name = name
    def __del__(self):
        print("  del", self.name)

def step(aw):
    try:
        while True:
            aw.send(None)
    except StopIteration as e:
        return e.value

async def agen(name):
    r = Res(name)
    try:
        yield 1
        yield 2
    finally:
        print("  finally of", name)

def finalizer(g):
    print("  finalizer called with", g.__qualname__, "frame alive:", g.ag_frame is not None)

sys.set_asyncgen_hooks(finalizer=finalizer)
print("suspended generator dropped")
g = agen("first")
print("got", step(g.__anext__()))
del g
print("after drop")

print("finished generator dropped: no finalizer call")
g = agen("second")
print("got", step(g.__anext__()))
print("got", step(g.__anext__()))
try:
    step(g.__anext__())
except StopAsyncIteration:
    print("exhausted")
del g
print("after drop")

print("generator never iterated: closed, no finalizer call")
g = agen("third")
del g
print("after drop")

print("__anext__ called but never awaited: the finalizer gets it")
g = agen("fourth")
aw = g.__anext__()
del aw
del g
print("after drop")

print("hooks cleared: the captured finalizer still runs")
g = agen("fifth")
print("got", step(g.__anext__()))
sys.set_asyncgen_hooks(None, None)
del g
print("after drop")

print("without hooks: closed at once")
g = agen("sixth")
print("got", step(g.__anext__()))
del g
print("end")
