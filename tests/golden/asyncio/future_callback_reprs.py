# A future's repr lists its callbacks: one, two, or first, "<N more>" and last.
import asyncio

def one(f): pass
def two(f): pass
def three(f): pass

loop = asyncio.new_event_loop()
f = loop.create_future()
f.add_done_callback(one)
print(f)
f.add_done_callback(two)
print(f)
f.add_done_callback(three)
print(f)
f.add_done_callback(print)
print(f)
f.set_exception(ValueError("x"))
print(f)
f.exception()
e = loop.create_future()
e.set_result(("a tuple", 1))
print(e)
loop.close()
