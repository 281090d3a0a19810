# refpy: args --virtual-time
# After gather fails, the remaining children keep running; their later failures are retrieved.
import asyncio

async def fail_after(delay, msg):
    await asyncio.sleep(delay)
    print("failing", msg)
    raise ValueError(msg)

async def main():
    try:
        await asyncio.gather(fail_after(0.01, "first"), fail_after(0.05, "second"))
    except ValueError as e:
        print("gather raised", e)
    await asyncio.sleep(0.1)
    print("no lost exception reported")

asyncio.run(main())
