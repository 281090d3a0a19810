# refpy: args --virtual-time
# Several tasks awaiting one future all wake, in the order they started waiting.
import asyncio

async def waiter(name, fut):
    v = await fut
    print(name, "woke with", v)

async def main():
    loop = asyncio.get_running_loop()
    fut = loop.create_future()
    tasks = [asyncio.create_task(waiter(n, fut)) for n in "abcd"]
    await asyncio.sleep(0)
    print(fut)
    fut.set_result(1)
    g = await asyncio.gather(*tasks)
    print(g)

asyncio.run(main())
