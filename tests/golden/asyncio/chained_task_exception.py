# refpy: args --virtual-time
# A lost task exception raised while handling another prints the whole chain.
import asyncio

async def fails():
    await asyncio.sleep(0)
    try:
        {}["missing"]
    except KeyError as e:
        raise RuntimeError("lookup failed") from e

async def fails_context():
    try:
        1 / 0
    except ZeroDivisionError:
        raise ValueError("while handling")

async def main():
    t = asyncio.create_task(fails())
    u = asyncio.create_task(fails_context())
    await asyncio.sleep(0.01)
    del t
    del u
    print("dropped both")

asyncio.run(main())
