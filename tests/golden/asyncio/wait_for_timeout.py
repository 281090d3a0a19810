# refpy: args --virtual-time
# wait_for raises TimeoutError and cancels the inner task; returns the value when in time.
import asyncio

async def slow():
    try:
        await asyncio.sleep(1)
    except asyncio.CancelledError:
        print("slow cancelled")
        raise
    return "slow"

async def fast():
    await asyncio.sleep(0.01)
    return "fast"

async def main():
    try:
        await asyncio.wait_for(slow(), 0.05)
    except asyncio.TimeoutError as e:
        print("timeout", type(e).__name__, asyncio.TimeoutError is TimeoutError)
    r = await asyncio.wait_for(fast(), 1)
    print(r)
    r = await asyncio.wait_for(fast(), None)
    print(r)
    try:
        await asyncio.wait_for(slow(), 0)
    except TimeoutError:
        print("zero timeout")

asyncio.run(main())
