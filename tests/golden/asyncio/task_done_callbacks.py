# refpy: args --virtual-time
# Done callbacks on a task run after it finishes, before the tasks that awaited it resume.
import asyncio

async def work():
    await asyncio.sleep(0)
    print("work finishing")
    return 7

def on_done(t):
    print("done callback:", t.result())

async def watcher(t):
    await t
    print("watcher resumed")

async def main():
    t = asyncio.create_task(work())
    t.add_done_callback(on_done)
    w = asyncio.create_task(watcher(t))
    t.add_done_callback(lambda t: print("second callback"))
    await w
    t.add_done_callback(on_done)
    await asyncio.sleep(0)
    print(t.remove_done_callback(on_done))

asyncio.run(main())
