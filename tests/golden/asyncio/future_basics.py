# Future states, result/exception/cancel, reprs and InvalidStateError messages.
import asyncio

loop = asyncio.new_event_loop()
f = loop.create_future()
print(f, f.done(), f.cancelled())
try:
    f.result()
except asyncio.InvalidStateError as e:
    print("InvalidStateError:", e)
try:
    f.exception()
except asyncio.InvalidStateError as e:
    print("InvalidStateError:", e)
f.set_result(42)
print(f, f.done(), f.result(), f.exception())
try:
    f.set_result(1)
except asyncio.InvalidStateError as e:
    print("InvalidStateError:", e)
g = loop.create_future()
g.set_exception(ValueError("bad"))
print(g)
try:
    g.result()
except ValueError as e:
    print("raised", repr(e))
print(repr(g.exception()))
h = loop.create_future()
print(h.cancel(), h.cancel(), h.cancelled(), h.done(), h)
try:
    h.result()
except asyncio.CancelledError as e:
    print("CancelledError", repr(e))
k = loop.create_future()
k.cancel("why")
try:
    k.exception()
except asyncio.CancelledError as e:
    print("CancelledError", e.args)
print(f.get_loop() is loop)
s = loop.create_future()
s.set_result("a fairly long string that will be shortened by reprlib")
print(s)
l = loop.create_future()
l.set_result(list(range(20)))
print(l)
loop.close()
