# refpy: args --virtual-time
# Results die with the futures and tasks that hold them, and sleep's result when it is returned.
import asyncio

class Obj:
    def __init__(self, name):
        self.name = name
    def __del__(self):
        print("del", self.name)

async def make(name):
    await asyncio.sleep(0)
    return Obj(name)

async def main():
    loop = asyncio.get_running_loop()
    v = await asyncio.sleep(0.01, Obj("sleep result"))
    print("got", v.name)
    del v
    print("after del v")
    f = loop.create_future()
    f.set_result(Obj("future result"))
    print("dropping future")
    del f
    print("dropped future")
    t = asyncio.create_task(make("task result"))
    await asyncio.sleep(0.01)
    print("task done", t.done())
    del t
    print("dropped task")
    r = await asyncio.gather(make("g1"), make("g2"))
    print("gathered", [o.name for o in r])
    r = None
    print("end of main")

asyncio.run(main())
print("after run")
