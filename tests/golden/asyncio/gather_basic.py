# refpy: args --virtual-time
# gather returns results in argument order whatever the completion order.
import asyncio

async def job(name, delay):
    await asyncio.sleep(delay)
    print("done", name)
    return name.upper()

async def main():
    res = await asyncio.gather(job("x", 0.02), job("y", 0.01), job("z", 0))
    print(res)
    empty = await asyncio.gather()
    print(empty)
    t = asyncio.create_task(job("w", 0))
    res = await asyncio.gather(t, t, job("v", 0))
    print(res)

asyncio.run(main())
