# an async generator abandoned mid-iteration inside a task: the loop's finalizer hook schedules aclose(), so its finally runs turns later, between other tasks' prints
import asyncio

class Res:
    def __init__(self, name):
        self.name = name
    def __del__(self):
        print("del", self.name)

async def ticker(name, n):
    for i in range(n):
        print(name, "tick", i)
        await asyncio.sleep(0)

async def agen():
    r = Res("agen-local")
    try:
        for i in range(10):
            yield i
            await asyncio.sleep(0)
    finally:
        print("agen finally begins")
        await asyncio.sleep(0)
        print("agen finally ends")

async def consumer():
    g = agen()
    print("consumer got", await g.__anext__())
    print("consumer got", await g.__anext__())
    print("consumer drops the generator")
    del g
    print("consumer dropped it")

async def main():
    t = asyncio.create_task(ticker("t", 6))
    await consumer()
    print("main after consumer")
    await t
    print("main end")

asyncio.run(main())
print("after run")
