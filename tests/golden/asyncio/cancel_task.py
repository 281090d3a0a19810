# refpy: args --virtual-time
# Task.cancel throws CancelledError into the coroutine at its await; finally blocks run.
import asyncio

async def victim():
    try:
        print("victim waiting")
        await asyncio.sleep(10)
        print("not reached")
    except asyncio.CancelledError as e:
        print("victim got", repr(e))
        raise
    finally:
        print("victim finally")

async def main():
    t = asyncio.create_task(victim())
    await asyncio.sleep(0)
    print(t.cancel(), t.cancelling())
    print(t)
    try:
        await t
    except asyncio.CancelledError:
        print("main saw cancellation")
    print(t.cancelled(), t.done(), t)
    print(t.cancel())

asyncio.run(main())
