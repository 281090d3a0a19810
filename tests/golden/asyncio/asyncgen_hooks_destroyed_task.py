# a task destroyed by the collector while it awaits an async generator's __anext__ leaves the generator running, so the aclose() that the loop's finalizer hook schedules fails
import asyncio
import gc

async def agen():
    try:
        while True:
            await asyncio.get_running_loop().create_future()
            yield 1
    finally:
        print("agen finally")

async def consumer():
    g = agen()
    try:
        await g.__anext__()
    finally:
        print("consumer finally")

async def main():
    asyncio.create_task(consumer())
    await asyncio.sleep(0)
    await asyncio.sleep(0)
    print("collecting")
    gc.collect()
    print("collected")
    for i in range(3):
        await asyncio.sleep(0)
        print("turn", i)
    gc.collect()
    print("main end")

asyncio.run(main())
print("end")
