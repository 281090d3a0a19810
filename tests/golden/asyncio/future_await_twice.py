# refpy: args --virtual-time
# Awaiting a finished future again gives the same result, or raises the same exception again.
import asyncio

async def main():
    loop = asyncio.get_running_loop()
    f = loop.create_future()
    loop.call_soon(f.set_result, "once")
    a = await f
    b = await f
    print(a, b)
    g = loop.create_future()
    g.set_exception(NameError("again"))
    for i in range(2):
        try:
            await g
        except NameError as e:
            print(i, repr(e))
    t = asyncio.create_task(asyncio.sleep(0, "task value"))
    a = await t
    b = await t
    print(a, b)

asyncio.run(main())
