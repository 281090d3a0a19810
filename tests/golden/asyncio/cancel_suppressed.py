# refpy: args --virtual-time
# A coroutine that swallows CancelledError finishes normally; the task is not cancelled.
import asyncio

async def stubborn():
    try:
        await asyncio.sleep(10)
    except asyncio.CancelledError:
        print("ignoring cancel")
    await asyncio.sleep(0)
    return "finished anyway"

async def main():
    t = asyncio.create_task(stubborn())
    await asyncio.sleep(0)
    t.cancel()
    r = await t
    print(r, t.cancelled(), t.uncancel())

asyncio.run(main())
