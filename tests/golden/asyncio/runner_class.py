# refpy: args --virtual-time
# asyncio.Runner runs several coroutines on one loop and closes it at the end.
import asyncio

async def step(n):
    await asyncio.sleep(0)
    return n * 10

with asyncio.Runner() as runner:
    print(runner.run(step(1)))
    print(runner.run(step(2)))
    loop = runner.get_loop()
    print(loop.is_closed())
print(loop.is_closed())
