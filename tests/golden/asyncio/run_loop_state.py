# Inside asyncio.run the loop is running and current; afterwards it is closed and unset.
import asyncio

async def main():
    loop = asyncio.get_running_loop()
    print(loop.is_running(), loop.is_closed(), asyncio.get_event_loop() is loop)
    print(type(loop).__name__)
    return loop

loop = asyncio.run(main())
print(loop.is_running(), loop.is_closed())
print(loop)
try:
    loop.call_soon(print)
except RuntimeError as e:
    print(e)
