# refpy: args --virtual-time
# call_later with zero or negative delay runs on the next turn, after callbacks already queued.
import asyncio

loop = asyncio.new_event_loop()
loop.call_soon(print, "soon 1")
loop.call_later(-5, print, "later -5")
loop.call_later(0, print, "later 0")
loop.call_soon(print, "soon 2")
loop.call_at(loop.time() - 1, print, "at past")
loop.call_later(0.05, loop.stop)
loop.run_forever()
loop.close()
