# refpy: args --virtual-time
# Loop methods on a closed loop raise RuntimeError('Event loop is closed').
import asyncio

loop = asyncio.new_event_loop()
loop.close()
loop.close()
print(loop.is_closed(), loop)
for name, call in [
    ("call_soon", lambda: loop.call_soon(print)),
    ("call_later", lambda: loop.call_later(1, print)),
    ("call_at", lambda: loop.call_at(1, print)),
    ("run_forever", lambda: loop.run_forever()),
    ("create_task", lambda: loop.create_task(None)),
]:
    try:
        call()
    except RuntimeError as e:
        print(name, "->", e)

async def c():
    return 1

coro = c()
try:
    loop.run_until_complete(coro)
except RuntimeError as e:
    print("run_until_complete ->", e)
coro.close()
