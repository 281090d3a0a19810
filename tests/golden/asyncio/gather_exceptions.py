# refpy: args --virtual-time
# gather propagates the first exception, or returns it with return_exceptions=True.
import asyncio

async def ok(n):
    await asyncio.sleep(0.01)
    return n

async def fail(msg):
    await asyncio.sleep(0)
    raise ValueError(msg)

async def main():
    try:
        await asyncio.gather(ok(1), fail("first"), ok(3))
    except ValueError as e:
        print("caught", e)
    res = await asyncio.gather(ok(1), fail("second"), ok(3), return_exceptions=True)
    print(res)
    await asyncio.sleep(0.05)
    print("end")

asyncio.run(main())
