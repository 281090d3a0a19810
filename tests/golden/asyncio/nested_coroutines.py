# refpy: args --virtual-time
# Coroutines awaited directly run inside the caller's task, in one step when nothing waits.
import asyncio

async def leaf(n):
    print("leaf", n)
    return n

async def middle(n):
    a = await leaf(n)
    b = await leaf(n + 1)
    return a + b

async def top():
    r = await middle(1)
    print("middle gave", r)
    await asyncio.sleep(0)
    r = await middle(10)
    print("middle gave", r)
    return r

async def other():
    print("other runs")

async def main():
    t1 = asyncio.create_task(top())
    t2 = asyncio.create_task(other())
    await t1
    await t2

asyncio.run(main())
