# refpy: args --virtual-time
# run_until_complete raises when the loop stops before the future is done.
import asyncio

loop = asyncio.new_event_loop()
f = loop.create_future()
loop.call_soon(loop.stop)
try:
    loop.run_until_complete(f)
except RuntimeError as e:
    print(e)
loop.call_later(0.01, f.set_result, "late")
print(loop.run_until_complete(f))
loop.close()
