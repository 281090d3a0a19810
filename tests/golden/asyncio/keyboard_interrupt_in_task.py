# KeyboardInterrupt and SystemExit raised in a task propagate out of run_until_complete.
import asyncio

async def interrupt():
    raise KeyboardInterrupt

async def leave():
    raise SystemExit(3)

loop = asyncio.new_event_loop()
try:
    loop.run_until_complete(interrupt())
except KeyboardInterrupt:
    print("KeyboardInterrupt escaped")
try:
    loop.run_until_complete(leave())
except SystemExit as e:
    print("SystemExit escaped", e.code)
loop.close()
