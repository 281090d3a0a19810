# refpy: args --virtual-time
# call_soon, call_later and call_at reject coroutines, non-callables and missing times.
import asyncio

async def coro_fn():
    pass

loop = asyncio.new_event_loop()
c = coro_fn()
for args in [(5,), ("text",), (c,)]:
    try:
        loop.call_soon(*args)
    except TypeError as e:
        print("call_soon:", e)
c.close()
try:
    loop.call_later(None, print)
except TypeError as e:
    print("call_later:", e)
try:
    loop.call_at(None, print)
except TypeError as e:
    print("call_at:", e)
loop.close()
