# an abandoned async generator whose finally raises: the aclose() task that the loop's finalizer hook made reports 'Task exception was never retrieved', also for one abandoned by a task cancelled at the end of asyncio.run
import asyncio

async def bad():
    try:
        yield 1
        yield 2
    finally:
        await asyncio.sleep(0)
        raise KeyError("in finally")

async def pending_user():
    async for x in bad():
        print("pending got", x)
        await asyncio.sleep(10)

async def main():
    g = bad()
    print(await g.__anext__())
    del g
    t = asyncio.create_task(pending_user())
    for i in range(4):
        await asyncio.sleep(0)
        print("turn", i)
    print("main end")

asyncio.run(main())
print("end")
