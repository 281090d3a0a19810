# ensure_future wraps coroutines and awaitables in tasks and returns futures unchanged.
import asyncio

class Awaitable:
    def __await__(self):
        yield
        return "from __await__"

async def coro():
    return "from coroutine"

async def main():
    loop = asyncio.get_running_loop()
    f = loop.create_future()
    print(asyncio.ensure_future(f) is f)
    t = asyncio.ensure_future(coro())
    print(type(t).__name__, isinstance(t, asyncio.Future))
    r = await t
    print(r)
    t2 = asyncio.ensure_future(Awaitable())
    r = await t2
    print(r)
    print(asyncio.isfuture(f), asyncio.isfuture(t), asyncio.isfuture(5))
    c = coro()
    print(asyncio.iscoroutine(c), asyncio.iscoroutine(f))
    await c

asyncio.run(main())
