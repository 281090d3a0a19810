# refpy: args --virtual-time
# A failed task dropped without its exception being read reports "Task exception was never retrieved".
import asyncio

async def bad():
    raise KeyError("lost")

async def main():
    t = asyncio.create_task(bad())
    await asyncio.sleep(0)
    print("task done:", t.done())
    del t
    print("after del")

asyncio.run(main())
print("end")
