# argument errors of async generators' __anext__, asend, athrow and aclose, and athrow's arguments checked only when its awaitable starts
async def g(): yield 1
a=g()
for f in [lambda: a.asend(), lambda: a.asend(1,2), lambda: a.athrow(), lambda: a.athrow(1,2,3,4), lambda: a.aclose(1), lambda: a.__anext__(1), lambda: a.asend(x=1), lambda: a.aclose(x=1), lambda: a.athrow(ValueError, x=1)]:
  try: f()
  except TypeError as e: print(e)
x=a.__anext__()
try: x.send(None)
except StopIteration as e: print('got', e.value)
for args in [(), (1,2,3,4), (ValueError, 1, 2, 3)]:
  aw = a.athrow(*args)
  try: aw.send(None)
  except BaseException as e: print(type(e).__name__, e)
  try: aw.send(None)
  except BaseException as e: print(type(e).__name__, e)
print(a.ag_running)
b = g()
aw = b.athrow(ValueError)
try: aw.send(5)
except RuntimeError as e: print(e)
try: aw.send(None)
except ValueError as e: print("ValueError", e)
