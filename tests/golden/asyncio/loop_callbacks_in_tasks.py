# refpy: args --virtual-time
# call_soon callbacks and task steps share one FIFO ready queue.
import asyncio

async def task_body(name):
    print(name, "step 1")
    await asyncio.sleep(0)
    print(name, "step 2")

async def main():
    loop = asyncio.get_running_loop()
    loop.call_soon(print, "callback A")
    t = asyncio.create_task(task_body("T"))
    loop.call_soon(print, "callback B")
    await asyncio.sleep(0)
    loop.call_soon(print, "callback C")
    await t
    print("main done")

asyncio.run(main())
