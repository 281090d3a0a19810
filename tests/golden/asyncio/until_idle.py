# refpy: args --virtual-time --until-idle
# refpy: cpython-wrap timeout --preserve-status -s INT 1
# refpy: stdout-only
# With nothing left to run, CPython's loop waits forever (here until SIGINT); refpy's
# --until-idle ends the program there, after the same output and the same finally blocks.
import asyncio

loop = asyncio.new_event_loop()
for i in range(3):
    loop.call_later(0.1 * (i + 1), print, "tick", i)
try:
    loop.run_forever()
finally:
    print("finally runs")
