# a running event loop installs its own async generator hooks and restores the previous ones when run_forever ends
import asyncio
import sys

def my_firstiter(agen):
    print("my firstiter", agen.__qualname__)

def my_finalizer(agen):
    print("my finalizer", agen.__qualname__)

async def agen():
    yield 1

async def main():
    hooks = sys.get_asyncgen_hooks()
    loop = asyncio.get_running_loop()
    print("firstiter:", hooks.firstiter.__name__, hooks.firstiter.__self__ is loop)
    print("finalizer:", hooks.finalizer.__name__, hooks.finalizer.__self__ is loop)
    g = agen()
    print(await g.__anext__())
    print("known to the loop:", g in loop._asyncgens)
    return g

print("before:", sys.get_asyncgen_hooks())
sys.set_asyncgen_hooks(my_firstiter, my_finalizer)
g = asyncio.run(main())
print("after:", sys.get_asyncgen_hooks().firstiter is my_firstiter,
      sys.get_asyncgen_hooks().finalizer is my_finalizer)
h = agen()
try:
    h.__anext__().send(None)
except StopIteration as e:
    print("outside the loop got", e.value)
del h
sys.set_asyncgen_hooks(None, None)

loop = asyncio.new_event_loop()
print("not running:", sys.get_asyncgen_hooks())
loop.run_until_complete(asyncio.sleep(0))
print("after run_until_complete:", sys.get_asyncgen_hooks())
loop.close()
print("finished:", g.ag_frame is None)
