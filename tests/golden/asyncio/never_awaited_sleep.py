# refpy: args --virtual-time
# A coroutine that is created but never awaited warns when it dies, also asyncio.sleep's.
import asyncio

async def helper():
    return 1

async def main():
    helper()
    asyncio.sleep(1)
    print("main done")

asyncio.run(main())
