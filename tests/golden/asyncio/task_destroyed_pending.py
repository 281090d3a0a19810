# refpy: args --virtual-time
# A pending task that nobody references dies: "Task was destroyed but it is pending!".
import asyncio
import gc

class Guard:
    def __init__(self, name):
        self.name = name
    def __del__(self):
        print("guard dies", self.name)

async def forever(name):
    g = Guard(name)
    fut = asyncio.get_running_loop().create_future()
    await fut

async def main():
    asyncio.create_task(forever("a"))
    await asyncio.sleep(0)
    print("collecting")
    gc.collect()
    print("collected")

asyncio.run(main())
print("end")
