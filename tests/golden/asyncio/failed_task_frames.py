# refpy: args --virtual-time
# A failed task's exception keeps its frames' locals alive until the exception is dropped.
import asyncio

class Local:
    def __init__(self, name):
        self.name = name
    def __del__(self):
        print("del", self.name)

async def fails():
    keep = Local("frame local")
    await asyncio.sleep(0)
    raise ValueError("failed")

async def main():
    t = asyncio.create_task(fails())
    await asyncio.sleep(0.01)
    print("task failed:", repr(t.exception()))
    print("dropping task")
    del t
    print("task dropped")

asyncio.run(main())
