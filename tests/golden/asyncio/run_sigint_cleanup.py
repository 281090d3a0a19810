# refpy: args --virtual-time --interrupt-after 1.5
# refpy: cpython-wrap timeout --preserve-status -s INT 1.5
# SIGINT during asyncio.run: a main task that handles the cancellation returns normally.
import asyncio

async def child():
    try:
        await asyncio.sleep(10)
    except asyncio.CancelledError:
        print("child cancelled at shutdown")
        raise

async def main():
    t = asyncio.create_task(child())
    try:
        await asyncio.sleep(10)
    except asyncio.CancelledError:
        print("main cleans up")
    return "clean"

try:
    print(asyncio.run(main()))
except KeyboardInterrupt:
    print("KeyboardInterrupt")
print("after")
