# refpy: args --virtual-time
# A custom exception handler receives "Task was destroyed but it is pending!" with the task.
import asyncio
import gc

def handler(loop, context):
    print("handler:", context["message"])
    print("  task name:", context["task"].get_name())
    print("  keys:", sorted(context))

async def stuck():
    await asyncio.get_running_loop().create_future()

async def main():
    asyncio.get_running_loop().set_exception_handler(handler)
    asyncio.create_task(stuck(), name="orphan")
    await asyncio.sleep(0)
    gc.collect()
    print("after collect")

asyncio.run(main())
