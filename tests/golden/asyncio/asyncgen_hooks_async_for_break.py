# async for with break inside a task: the abandoned async generator is closed by the loop's finalizer hook on a later turn
import asyncio

async def numbers():
    try:
        i = 0
        while True:
            yield i
            i += 1
    finally:
        print("numbers finally")

async def other():
    for i in range(5):
        print("other", i)
        await asyncio.sleep(0)

async def user():
    async for n in numbers():
        print("user got", n)
        if n == 2:
            break
    print("user after break")
    await asyncio.sleep(0)
    print("user after sleep")

async def main():
    await asyncio.gather(user(), other())
    print("main end")

asyncio.run(main())
