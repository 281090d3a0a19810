# refpy: args --virtual-time --interrupt-after 1.5
# refpy: cpython-wrap timeout --preserve-status -s INT 1.5
# refpy: stdout-status-only
# SIGINT during asyncio.run cancels the main task; run() then raises KeyboardInterrupt.
import asyncio

async def main():
    try:
        print("main sleeping")
        await asyncio.sleep(10)
    except asyncio.CancelledError:
        print("main cancelled by SIGINT")
        raise
    finally:
        print("main finally")

try:
    asyncio.run(main())
finally:
    print("run finished")
