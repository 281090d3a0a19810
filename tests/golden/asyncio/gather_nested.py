# refpy: args --virtual-time
# Nested gathers: results keep their structure; an inner failure propagates outward.
import asyncio

async def val(x, delay=0):
    await asyncio.sleep(delay)
    return x

async def boom():
    await asyncio.sleep(0.05)
    raise OSError("inner")

async def main():
    r = await asyncio.gather(asyncio.gather(val(1), val(2, 0.1)), val(3, 0.05), asyncio.gather())
    print(r)
    try:
        await asyncio.gather(val(4), asyncio.gather(val(5), boom()))
    except OSError as e:
        print("outer saw", e)
    r = await asyncio.gather(asyncio.gather(boom(), return_exceptions=True), val(6))
    print(r)

asyncio.run(main())
