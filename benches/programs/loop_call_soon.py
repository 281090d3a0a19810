# 200 000 callbacks through the event loop's call_soon: each callback schedules the next,
# so every turn of the loop runs one handle (Handle creation, the ready queue, _run_once).
import asyncio

N = 200000
count = 0


def tick(loop):
    global count
    count += 1
    if count < N:
        loop.call_soon(tick, loop)
    else:
        loop.stop()


loop = asyncio.new_event_loop()
loop.call_soon(tick, loop)
loop.run_forever()
loop.close()
print(count)
