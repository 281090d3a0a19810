# refpy: args --virtual-time
# Tasks sleeping for different delays wake in deadline order; equal delays in creation order.
import asyncio

async def worker(name, delay):
    print("start", name)
    await asyncio.sleep(delay)
    print("woke", name)
    return name

async def main():
    tasks = []
    for name, delay in [("a", 0.15), ("b", 0.05), ("c", 0.1), ("d", 0.05), ("e", 0)]:
        tasks.append(asyncio.create_task(worker(name, delay)))
    print("created")
    for t in tasks:
        r = await t
        print("got", r)

asyncio.run(main())
