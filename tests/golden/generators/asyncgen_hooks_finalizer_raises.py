# a finalizer hook that raises is reported as an exception ignored in the async generator, and the generator is not closed
import sys

def step(aw):
    try:
        while True:
            aw.send(None)
    except StopIteration as e:
        return e.value

async def agen():
    try:
        yield 1
    finally:
        print("finally")

def finalizer(g):
    print("finalizer runs")
    raise ValueError("finalizer failed")

sys.set_asyncgen_hooks(finalizer=finalizer)
g = agen()
print(step(g.__anext__()))
try:
    raise KeyError("being handled")
except KeyError:
    del g
    print("exception still handled:", repr(sys.exc_info()[1]))
print("end")
