# refpy: args --virtual-time
# refpy: stdout-status-only
# A callback that raises is reported by the default handler and the loop goes on.
import asyncio

def bad(n):
    print("bad", n)
    raise ZeroDivisionError("division by zero in callback")

def good():
    print("good still runs")

loop = asyncio.new_event_loop()
loop.call_soon(bad, 1)
loop.call_soon(good)
loop.call_later(0.01, bad, 2)
loop.call_later(0.02, loop.stop)
loop.run_forever()
print("loop survived")
loop.close()
