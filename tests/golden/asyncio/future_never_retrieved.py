# A Future whose exception is never read reports "Future exception was never retrieved" when it dies.
import asyncio

loop = asyncio.new_event_loop()
f = loop.create_future()
f.set_exception(OSError("disk"))
print("dropping")
del f
print("dropped")
g = loop.create_future()
g.set_exception(ValueError("seen"))
g.exception()
del g
print("retrieved one is silent")
h = loop.create_future()
h.set_exception(TypeError)
print(repr(h.exception()))
try:
    h.set_exception(StopIteration())
except Exception as e:
    print(type(e).__name__, e)
k = loop.create_future()
try:
    k.set_exception(StopIteration("x"))
except TypeError as e:
    print(e)
loop.close()
