# hooks swapped after an async generator's first iteration: it keeps the finalizer captured then, and later firstiter hooks never see it
import sys

def step(aw):
    try:
        while True:
            aw.send(None)
    except StopIteration as e:
        return e.value

async def agen(n):
    try:
        for i in range(n):
            yield i
    finally:
        print("  finally", n)

def hooks(tag):
    def firstiter(g):
        print(f"  {tag}.firstiter", g.ag_frame.f_locals["n"])
    def finalizer(g):
        print(f"  {tag}.finalizer", g.ag_frame.f_locals["n"])
    return firstiter, finalizer

sys.set_asyncgen_hooks(*hooks("old"))
a = agen(10)
print("a got", step(a.__anext__()))
sys.set_asyncgen_hooks(*hooks("new"))
b = agen(20)
print("a got", step(a.__anext__()))
print("b got", step(b.__anext__()))
print("dropping a")
del a
print("dropping b")
del b
sys.set_asyncgen_hooks(finalizer=None)
c = agen(30)
print("c got", step(c.__anext__()))
print("dropping c")
del c
old = sys.get_asyncgen_hooks()
print("old firstiter kept:", old.firstiter.__qualname__, old.finalizer)
sys.set_asyncgen_hooks(None, None)
print("end")
