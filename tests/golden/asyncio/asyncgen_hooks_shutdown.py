# asyncio.run closes the async generators still alive at its end with shutdown_asyncgens, after cancelling the remaining tasks
import asyncio

class Res:
    def __init__(self, name):
        self.name = name
    def __del__(self):
        print("del", self.name)

async def agen(name):
    r = Res(name + "-local")
    try:
        for i in range(10):
            yield i
    finally:
        print(name, "finally")
        await asyncio.sleep(0)
        print(name, "finally done")

keep = []

async def forever():
    try:
        await asyncio.sleep(100)
    finally:
        print("forever task cancelled")

async def main():
    g = agen("kept")
    keep.append(g)
    print("kept got", await g.__anext__())
    keep.append(agen("never-iterated"))
    asyncio.create_task(forever())
    await asyncio.sleep(0)
    print("main end")

asyncio.run(main())
print("after run", [g.ag_frame is None for g in keep])
del keep
print("end")
