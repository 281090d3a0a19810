# refpy: args --virtual-time --interrupt-after 2.5
# refpy: cpython-wrap timeout --preserve-status -s INT 2.5
# refpy: stdout-status-only
# --interrupt-after on the virtual clock stops a run_forever with timers like a real SIGINT.
import asyncio

loop = asyncio.new_event_loop()

def tick(n):
    print("tick", n)
    loop.call_later(1.0, tick, n + 1)

loop.call_later(0.8, tick, 0)
try:
    loop.run_forever()
except KeyboardInterrupt:
    print("interrupted")
    raise
