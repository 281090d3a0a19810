# an async generator first iterated under a loop and dropped after the loop closed: the loop's finalizer hook does nothing, so its finally never runs
import asyncio

async def agen():
    try:
        yield 1
        yield 2
    finally:
        print("agen finally")

loop = asyncio.new_event_loop()

async def start():
    g = agen()
    print("got", await g.__anext__())
    loop._asyncgens.discard(g)
    return g

g = loop.run_until_complete(start())
loop.close()
print("loop closed")
del g
print("dropped")
