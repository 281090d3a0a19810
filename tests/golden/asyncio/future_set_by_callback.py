# refpy: args --virtual-time
# A future completed by a timer callback wakes the awaiting coroutine with its value.
import asyncio

async def waiter(fut):
    print("waiting")
    v = await fut
    print("got", v)
    return v

loop = asyncio.new_event_loop()
fut = loop.create_future()
loop.call_later(0.01, fut.set_result, "ding")
print(loop.run_until_complete(waiter(fut)))
f2 = loop.create_future()
loop.call_soon(f2.set_exception, KeyError("k"))
try:
    loop.run_until_complete(waiter(f2))
except KeyError as e:
    print("raised", repr(e))
loop.close()
