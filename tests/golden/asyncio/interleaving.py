# refpy: args --virtual-time
# Five tasks yielding with sleep(0) interleave round-robin in creation order.
import asyncio

async def worker(name, n):
    for i in range(n):
        print(name, i)
        await asyncio.sleep(0)
    print(name, "done")

async def main():
    tasks = [asyncio.create_task(worker(c, 3 if c != "c" else 1)) for c in "abcde"]
    print("all created")
    await asyncio.gather(*tasks)

asyncio.run(main())
