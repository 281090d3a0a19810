# run_until_complete and run_forever inside a running loop raise RuntimeError.
import asyncio

loop = asyncio.new_event_loop()

async def inner():
    return 1

async def main():
    coro = inner()
    try:
        loop.run_until_complete(coro)
    except RuntimeError as e:
        print("run_until_complete:", e)
    coro.close()
    try:
        loop.run_forever()
    except RuntimeError as e:
        print("run_forever:", e)
    try:
        asyncio.run(inner())
    except RuntimeError as e:
        print("asyncio.run:", e)
    try:
        loop.close()
    except RuntimeError as e:
        print("close:", e)
    print(loop.is_running(), asyncio.get_running_loop() is loop)

loop.run_until_complete(main())
print(loop.is_running())
try:
    asyncio.get_running_loop()
except RuntimeError as e:
    print(e)
loop.close()
