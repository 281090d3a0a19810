# refpy: args --virtual-time
# wait() with a timeout returns the unfinished tasks as pending without cancelling them.
import asyncio

async def job(n, delay):
    await asyncio.sleep(delay)
    return n

async def main():
    tasks = [asyncio.create_task(job(i, 0.1 * i)) for i in range(1, 5)]
    done, pending = await asyncio.wait(tasks, timeout=0.25)
    print(sorted(t.result() for t in done), len(pending))
    print(all(not t.cancelled() for t in pending))
    done, pending = await asyncio.wait(pending)
    print(sorted(t.result() for t in done), len(pending))

asyncio.run(main())
