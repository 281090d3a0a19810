# refpy: args --virtual-time
# Tasks created before the loop runs start when it runs, in creation order.
import asyncio

async def job(n):
    print("job", n, "starts")
    await asyncio.sleep(0)
    print("job", n, "ends")
    return n

loop = asyncio.new_event_loop()
t1 = asyncio.ensure_future(job(1), loop=loop)
t2 = loop.create_task(job(2))
print("nothing ran yet", t1.done(), t2.done())
r = loop.run_until_complete(asyncio.gather(t1, t2))
print(r)
loop.close()
