import asyncio


async def f():
    await asyncio.sleep(0)
    x = await asyncio.sleep(0, 1)
    y = [await asyncio.sleep(0, i) for i in range(2)]
    return (await asyncio.sleep(0, x)) + 1


asyncio.run(f())
