# refpy: args --virtual-time
# Interleaving of three tasks with different sleeps, printed as a timeline.
import asyncio

async def clock(name, period, count):
    for i in range(count):
        await asyncio.sleep(period)
        print(name, i)

async def main():
    await asyncio.gather(clock("fast", 0.05, 5), clock("slow", 0.12, 1))

asyncio.run(main())
