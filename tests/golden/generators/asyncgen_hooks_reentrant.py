# hooks that are callable objects die when replaced or when the generator that captured them dies; a finalizer may change the hooks or drop other generators while it runs; a raising firstiter fails async for
import sys, gc

class Hook:
    def __init__(self, name): self.name = name
    def __call__(self, agen):
        print("hook", self.name, agen.__qualname__)
        if self.name == "swap":
            sys.set_asyncgen_hooks(None, None)
    def __del__(self): print("del hook", self.name)

def step(aw):
    try:
        while True: aw.send(None)
    except StopIteration as e: return e.value

async def inner():
    try:
        yield 1
    finally:
        print("inner finally")

async def outer(other):
    try:
        yield 1
    finally:
        print("outer finally")

sys.set_asyncgen_hooks(Hook("first"), Hook("swap"))
g = outer(None)
print(step(g.__anext__()))
sys.set_asyncgen_hooks(None, Hook("second-fin"))
print("hooks replaced")
del g
print("after drop", sys.get_asyncgen_hooks())

# a finalizer that drops another generator while it runs
holder = []
def chain(agen):
    print("chain finalizer", agen.__qualname__)
    holder.clear()
sys.set_asyncgen_hooks(finalizer=chain)
a = inner()
b = outer(a)
holder.append(a)
print(step(a.__anext__()), step(b.__anext__()))
del a
print("a only in holder")
del b
print("end", holder)
sys.set_asyncgen_hooks(None, None)

# firstiter raising inside async for
def bad(agen):
    raise ValueError("nope")
sys.set_asyncgen_hooks(firstiter=bad)
async def main():
    try:
        async for x in inner():
            print(x)
    except ValueError as e:
        print("async for raised", e)
    try:
        print([x async for x in inner()])
    except ValueError as e:
        print("async comprehension raised", e)
step(main())
sys.set_asyncgen_hooks(None, None)
gc.collect()
print("done")
