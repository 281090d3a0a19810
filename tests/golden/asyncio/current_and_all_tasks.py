# refpy: args --virtual-time
# current_task and all_tasks see the running tasks; outside a task current_task is None.
import asyncio

async def child(n):
    me = asyncio.current_task()
    print("child", n, me.get_name())
    await asyncio.sleep(0.01)

async def main():
    me = asyncio.current_task()
    print("main is", me.get_name())
    a = asyncio.create_task(child(1))
    b = asyncio.create_task(child(2))
    await asyncio.sleep(0)
    print(len(asyncio.all_tasks()), me in asyncio.all_tasks())
    await a
    await b
    print(len(asyncio.all_tasks()))

loop = asyncio.new_event_loop()
print(asyncio.current_task(loop))
loop.run_until_complete(main())
print(asyncio.all_tasks(loop))
try:
    asyncio.current_task()
except RuntimeError as e:
    print(e)
loop.close()
