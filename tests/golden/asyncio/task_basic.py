# A task runs its coroutine through the loop; run_until_complete returns its result.
import asyncio

async def add(a, b):
    print("adding", a, b)
    return a + b

loop = asyncio.new_event_loop()
t = loop.create_task(add(1, 2))
print(t)
r = loop.run_until_complete(t)
print(r, t)
print(t.result(), t.done(), t.get_name())
r2 = loop.run_until_complete(add(3, 4))
print(r2)
t3 = loop.create_task(add(5, 6), name="adder")
print(t3.get_name())
t3.set_name(7)
print(repr(t3.get_name()))
loop.run_until_complete(t3)
print(t3)
loop.close()
