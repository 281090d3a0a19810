# refpy: args --virtual-time
# set_task_factory decides what create_task builds; Task() can be made directly on a loop.
import asyncio

class LoggingTask(asyncio.Task):
    def __init__(self, coro, *, loop=None):
        print("factory builds a task for", coro.__qualname__)
        super().__init__(coro, loop=loop)

def factory(loop, coro):
    return LoggingTask(coro, loop=loop)

async def job():
    return "job"

loop = asyncio.new_event_loop()
print(loop.get_task_factory())
loop.set_task_factory(factory)
print(loop.get_task_factory() is factory)
t = loop.create_task(job())
print(type(t).__name__, loop.run_until_complete(t))
loop.set_task_factory(None)
t2 = asyncio.Task(job(), loop=loop)
print(loop.run_until_complete(t2))
try:
    loop.set_task_factory(5)
except TypeError as e:
    print(e)
h = loop.call_soon_threadsafe(print, "threadsafe callback")
loop.run_until_complete(asyncio.sleep(0))
loop.close()
