# A proxy whose referent died raises ReferenceError on every use.
import weakref
class C:
    x = 1
    def __len__(self): return 1
c = C()
p = weakref.proxy(c)
del c
for what, f in [("attribute", lambda: p.x), ("len", lambda: len(p)), ("str", lambda: str(p)),
                ("setattr", lambda: setattr(p, "y", 1)), ("add", lambda: p + 1)]:
    try:
        f()
    except ReferenceError as e:
        print(what, "->", type(e).__name__, e)
print(repr(p).split(" to ")[1].split(" at ")[0])
