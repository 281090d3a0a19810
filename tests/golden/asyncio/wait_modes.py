# refpy: args --virtual-time
# asyncio.wait with FIRST_COMPLETED, FIRST_EXCEPTION, ALL_COMPLETED and a timeout.
import asyncio

async def job(n, delay, fail=False):
    await asyncio.sleep(delay)
    if fail:
        raise RuntimeError(n)
    return n

async def main():
    a = asyncio.create_task(job(1, 0.01))
    b = asyncio.create_task(job(2, 0.05))
    done, pending = await asyncio.wait([a, b], return_when=asyncio.FIRST_COMPLETED)
    print(len(done), len(pending), a in done, b in pending)
    done, pending = await asyncio.wait([a, b])
    print(len(done), len(pending), sorted(t.result() for t in done))
    c = asyncio.create_task(job(3, 0.01, fail=True))
    d = asyncio.create_task(job(4, 0.5))
    done, pending = await asyncio.wait([c, d], return_when=asyncio.FIRST_EXCEPTION)
    print(c in done, d in pending, repr(c.exception()))
    done, pending = await asyncio.wait([d], timeout=0.01)
    print(len(done), len(pending))
    d.cancel()
    try:
        await asyncio.wait([])
    except ValueError as e:
        print(e)
    try:
        await asyncio.wait([d], return_when="bogus")
    except ValueError as e:
        print(e)
    coro = job(5, 0)
    try:
        await asyncio.wait([coro])
    except TypeError as e:
        print(e)
    coro.close()
    try:
        await asyncio.wait(a)
    except TypeError as e:
        print(e)

asyncio.run(main())
