# refpy: args --virtual-time
# A child cancelled on its own makes gather raise CancelledError; the other children go on.
import asyncio

async def job(n, delay):
    await asyncio.sleep(delay)
    print("job", n, "finished")
    return n

async def main():
    a = asyncio.create_task(job(1, 0.05))
    b = asyncio.create_task(job(2, 0.1))
    g = asyncio.gather(a, b)
    await asyncio.sleep(0.01)
    a.cancel()
    try:
        await g
    except asyncio.CancelledError:
        print("gather raised CancelledError", g.cancelled())
    r = await b
    print("b still finished with", r)

asyncio.run(main())
