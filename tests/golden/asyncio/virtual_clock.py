# refpy: args --virtual-time
# loop.time(), time.monotonic(), time.time() and time.sleep() all move together.
import asyncio
import time

async def main():
    loop = asyncio.get_running_loop()
    t0 = loop.time()
    m0 = time.monotonic()
    w0 = time.time()
    await asyncio.sleep(0.3)
    print(round(loop.time() - t0, 1), round(time.monotonic() - m0, 1), round(time.time() - w0, 1))
    time.sleep(0.2)
    print(round(loop.time() - t0, 1), round(time.monotonic() - m0, 1))
    h = loop.call_later(0.5, print, "timer")
    print(round(h.when() - loop.time(), 1))
    await asyncio.sleep(0.6)

asyncio.run(main())
