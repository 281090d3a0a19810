# refpy: args --virtual-time
# sleep(delay, result) returns result; sleep(0) yields to other ready tasks once.
import asyncio

async def ticker(name, n):
    for i in range(n):
        print(name, i)
        await asyncio.sleep(0)

async def main():
    v = await asyncio.sleep(0.01, "value")
    print(v)
    v = await asyncio.sleep(0, result=5)
    print(v)
    a = asyncio.create_task(ticker("a", 3))
    b = asyncio.create_task(ticker("b", 3))
    await a
    await b

asyncio.run(main())
