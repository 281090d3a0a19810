# an async generator kept only by a cycle, collected by gc.collect() inside a task: the loop's finalizer hook schedules its aclose(), which runs on later turns
import asyncio
import gc

class Node:
    def __init__(self, name):
        self.name = name
    def __del__(self):
        print("del node", self.name)

async def agen(node):
    try:
        while True:
            yield node.name
    finally:
        print("agen finally", node.name)

async def ticker():
    for i in range(5):
        print("tick", i)
        await asyncio.sleep(0)

async def main():
    t = asyncio.create_task(ticker())
    n = Node("cyclic")
    n.gen = agen(n)
    print("got", await n.gen.__anext__())
    del n
    await asyncio.sleep(0)
    print("collecting")
    print("collected", gc.collect())
    print("collected")
    await t
    print("main end")

gc.disable()
asyncio.run(main())
print("end")
