# Handle reprs name the callback, its arguments and where it was defined.
import asyncio
import functools

def func(a, b=2):
    pass

class Obj:
    def method(self):
        pass

loop = asyncio.new_event_loop()
print(loop.call_soon(func, 1, "two"))
print(loop.call_soon(Obj().method))
print(loop.call_soon(print, [1, 2, 3]))
print(loop.call_soon(lambda: None))
print(loop.call_soon(functools.partial(func, 5)))
print(loop.call_soon(func, "a" * 50))
h = loop.call_soon(func, 1)
h.cancel()
print(h)
loop.close()
