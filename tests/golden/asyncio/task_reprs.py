# refpy: args --virtual-time
# Task reprs: pending, waiting on a future, finished with a result or exception, cancelled.
import asyncio

async def value():
    return [1, 2, 3]

async def error():
    raise IndexError("nope")

async def waits(fut):
    r = await fut
    return r

async def main():
    loop = asyncio.get_running_loop()
    t = asyncio.create_task(value(), name="valuer")
    print(t)
    await t
    print(t)
    e = asyncio.create_task(error())
    await asyncio.sleep(0)
    print(e)
    e.exception()
    f = loop.create_future()
    w = asyncio.create_task(waits(f))
    await asyncio.sleep(0)
    print(w)
    f.set_result(None)
    print(w)
    await w
    print(w)
    c = asyncio.create_task(waits(loop.create_future()))
    await asyncio.sleep(0)
    c.cancel()
    await asyncio.sleep(0)
    print(c)

asyncio.run(main())
