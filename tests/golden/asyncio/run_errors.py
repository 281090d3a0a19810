# refpy: args --virtual-time
# asyncio.run rejects non-coroutines; the main coroutine's exception propagates.
import asyncio

try:
    asyncio.run(5)
except ValueError as e:
    print(e)

async def fails():
    await asyncio.sleep(0)
    raise LookupError("from main")

try:
    asyncio.run(fails())
except LookupError as e:
    print("propagated", repr(e))
