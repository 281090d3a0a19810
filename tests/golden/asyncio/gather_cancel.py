# refpy: args --virtual-time
# Cancelling a gather cancels its children; a cancelled child is reported as CancelledError.
import asyncio

async def slow(n):
    try:
        await asyncio.sleep(1)
    except asyncio.CancelledError:
        print("child cancelled", n)
        raise
    return n

async def main():
    g = asyncio.gather(slow(1), slow(2))
    await asyncio.sleep(0)
    print("cancel ->", g.cancel())
    try:
        await g
    except asyncio.CancelledError:
        print("gather cancelled")
    t = asyncio.create_task(slow(3))
    await asyncio.sleep(0)
    t.cancel()
    res = await asyncio.gather(t, return_exceptions=True)
    print(res, type(res[0]).__name__)

asyncio.run(main())
