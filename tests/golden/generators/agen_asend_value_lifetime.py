# the value sent with asend() lives as long as the awaitable, as CPython's ags_sendval does, not just until the generator takes it
class V:
    def __del__(self): print("del V")
async def g():
    x = yield 1
    print("got", type(x).__name__)
    x = None
    print("cleared")
    yield 2
a = g()
try: a.__anext__().send(None)
except StopIteration as e: print("first", e.value)
aw = a.asend(V())
try: aw.send(None)
except StopIteration as e: print("second", e.value)
print("dropping awaitable")
del aw
print("end")
