# loop.shutdown_asyncgens() run by hand: it closes the live async generators the loop saw, and a second call finds none
import asyncio

async def agen(name):
    try:
        yield name
        yield name
    finally:
        print("finally", name)

async def main(keep):
    g = agen("live")
    keep.append(g)
    print("got", await g.__anext__())
    done = agen("done")
    async for x in done:
        pass
    print("done one finished")

loop = asyncio.new_event_loop()
keep = []
loop.run_until_complete(main(keep))
print("live ones:", len(loop._asyncgens))
loop.run_until_complete(loop.shutdown_asyncgens())
print("after shutdown:", len(loop._asyncgens), keep[0].ag_frame is None)
loop.run_until_complete(loop.shutdown_asyncgens())
print("second shutdown done")

async def late():
    g = agen("late")
    print("got", await g.__anext__())
    print("seen after shutdown:", g in loop._asyncgens)
    return g

g = loop.run_until_complete(late())
loop.close()
print("closed")
