# refpy: args --virtual-time
# refpy: stdout-status-only
# A leftover task that fails while being cancelled is reported at asyncio.run shutdown.
import asyncio

async def stubborn():
    try:
        await asyncio.sleep(100)
    except asyncio.CancelledError:
        raise ValueError("failed during cancel")

async def main():
    global t
    t = asyncio.create_task(stubborn())
    await asyncio.sleep(0)
    print("main done")

asyncio.run(main())
print("after run")
