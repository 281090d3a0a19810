# refpy: stdout-status-only
# A done callback that raises is reported like any callback; the other callbacks still run.
import asyncio

def bad(f):
    raise RuntimeError("callback failed")

def good(f):
    print("good callback", f.result())

loop = asyncio.new_event_loop()
f = loop.create_future()
f.add_done_callback(bad)
f.add_done_callback(good)
f.set_result(1)
loop.call_soon(loop.stop)
loop.run_forever()
print("loop alive")
loop.close()
