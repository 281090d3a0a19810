# refpy: args --virtual-time
# On timeout wait_for cancels the inner task and waits for it to finish its cleanup.
import asyncio

async def slow_cleanup():
    try:
        await asyncio.sleep(1)
    except asyncio.CancelledError:
        print("cleanup starts")
        await asyncio.sleep(0.05)
        print("cleanup ends")
        raise

async def main():
    loop = asyncio.get_running_loop()
    start = loop.time()
    try:
        await asyncio.wait_for(slow_cleanup(), 0.1)
    except asyncio.TimeoutError:
        print("timed out after cleanup", round(loop.time() - start, 2) >= 0.15)

asyncio.run(main())
