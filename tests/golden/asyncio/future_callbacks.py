# Done callbacks run through call_soon in the order they were added; remove_done_callback counts.
import asyncio

loop = asyncio.new_event_loop()

def cb1(fut):
    print("cb1", fut.result())

def cb2(fut):
    print("cb2", fut.result())

f = loop.create_future()
f.add_done_callback(cb1)
f.add_done_callback(cb2)
f.add_done_callback(cb1)
print(f)
print("removed", f.remove_done_callback(cb1))
print(f)
f.add_done_callback(cb1)
f.add_done_callback(cb2)
f.add_done_callback(print)
print(f)
f.set_result("x")
print("set; callbacks not run yet")
loop.call_soon(loop.stop)
loop.run_forever()
print("late callback:")
f.add_done_callback(cb1)
loop.call_soon(loop.stop)
loop.run_forever()
loop.close()
