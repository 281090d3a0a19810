# 10 000 tasks, each awaiting sleep(0) ten times, under asyncio.run: task creation, Task
# steps, coroutine send, gather's done callbacks and the ready queue.
import asyncio

total = 0


async def worker(i):
    global total
    for _ in range(10):
        await asyncio.sleep(0)
    total += i


async def main():
    tasks = [asyncio.create_task(worker(i)) for i in range(10000)]
    await asyncio.gather(*tasks)


asyncio.run(main())
print(total)
