# refpy: args --virtual-time
# Cancellation unwinds the awaiting coroutines innermost first: their finally blocks run.
import asyncio

async def inner():
    try:
        await asyncio.sleep(1)
    finally:
        print("inner finally")

async def outer():
    try:
        await inner()
    finally:
        print("outer finally")

async def main():
    t = asyncio.create_task(outer())
    await asyncio.sleep(0.01)
    t.cancel()
    print("cancel requested")
    try:
        await t
    except asyncio.CancelledError:
        print("main sees cancelled")
    del t
    print("end")

asyncio.run(main())
