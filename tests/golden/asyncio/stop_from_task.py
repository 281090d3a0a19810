# refpy: args --virtual-time
# loop.stop() from inside a task ends run_forever; the task can continue on the next run.
import asyncio

loop = asyncio.new_event_loop()

async def job():
    print("job part 1")
    loop.stop()
    await asyncio.sleep(0)
    print("job part 2")
    return "job result"

t = loop.create_task(job())
loop.run_forever()
print("stopped; task done?", t.done())
print(loop.run_until_complete(t))
loop.close()
