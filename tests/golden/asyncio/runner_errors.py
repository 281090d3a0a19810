# Runner: closed runners refuse work; run() rejects non-coroutines; get_event_loop inside tasks.
import asyncio

async def inside():
    return asyncio.get_event_loop() is asyncio.get_running_loop()

runner = asyncio.Runner()
print(runner.run(inside()))
try:
    runner.run(5)
except ValueError as e:
    print(e)
runner.close()
runner.close()
try:
    runner.run(inside())
except RuntimeError as e:
    print(e)
