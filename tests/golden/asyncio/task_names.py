# Task names count every task of the process, across loops and runs.
import asyncio

async def me():
    return asyncio.current_task().get_name()

loop1 = asyncio.new_event_loop()
print(loop1.run_until_complete(me()))
loop2 = asyncio.new_event_loop()
print(loop2.run_until_complete(me()))
print(loop1.run_until_complete(loop1.create_task(me(), name="custom")))
print(loop1.run_until_complete(me()))
loop1.close()
loop2.close()
print(asyncio.run(me()))
print(asyncio.run(me()))
