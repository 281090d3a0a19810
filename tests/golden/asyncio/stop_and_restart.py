# stop() ends run_forever after the current batch; run_forever can be started again.
import asyncio

loop = asyncio.new_event_loop()
def step(n):
    print("step", n)
    if n == 2:
        loop.stop()
    loop.call_soon(step, n + 1)

loop.call_soon(step, 0)
loop.run_forever()
print("stopped once", loop.is_running())
loop.call_soon(loop.stop)
loop.run_forever()
print("stopped twice")
loop.stop()
loop.call_soon(print, "runs after early stop")
loop.run_forever()
print("stopped three times")
loop.close()
