# refpy: args --virtual-time
# asyncio.run returns the main coroutine's value; task names count up across runs.
import asyncio

async def main(x):
    t = asyncio.current_task()
    print("running", t.get_name())
    await asyncio.sleep(0)
    return x * 2

print(asyncio.run(main(21)))
print(asyncio.run(main(5)))
try:
    asyncio.get_event_loop()
except RuntimeError as e:
    print(e)
