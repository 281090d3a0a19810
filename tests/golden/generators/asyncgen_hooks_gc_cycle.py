# async generators kept only by reference cycles, collected by gc with a finalizer hook installed: the hook gets them in the collector's order and may resurrect them
import gc
import sys

class Node:
    def __init__(self, name):
        self.name = name
        self.gen = None
    def __del__(self):
        print("  del node", self.name)

def step(aw):
    try:
        while True:
            aw.send(None)
    except StopIteration as e:
        return e.value

async def agen(node):
    try:
        yield node.name
        yield 2
    finally:
        print("  finally of", node.name)

kept = []

def finalizer(g):
    name = g.__name__
    print("  finalizer", name)
    if name == "keep":
        kept.append(g)

gc.disable()
sys.set_asyncgen_hooks(finalizer=finalizer)
for name in ["one", "keep", "two"]:
    n = Node(name)
    n.gen = agen(n)
    n.gen.__name__ = name
    print("got", step(n.gen.__anext__()))
del n
print("collecting")
print("collected:", gc.collect())
print("kept:", len(kept))
sys.set_asyncgen_hooks(None, None)
g = kept.pop()
print("closing the kept one")
print(step(g.aclose()))
del g
print("collecting again")
gc.collect()
print("end")
