def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

class P:
    cls_attr = "C"
    def __init__(self):
        self.x = 1
p = P()
print(getattr(p, "x"), getattr(p, "cls_attr"), getattr(p, "nope", "dflt"), getattr(p, "nope", None))
t(lambda: getattr(p, "nope"))
t(lambda: getattr(p, 1))
t(lambda: getattr(p))
t(lambda: getattr(1, "real", 0) if False else getattr([], "nope"))
setattr(p, "y", 2); print(p.y, hasattr(p, "y"), hasattr(p, "z"), hasattr(p, "cls_attr"))
t(lambda: setattr(p, 1, 2))
t(lambda: setattr(p, "a"))
t(lambda: setattr(1, "a", 2))
t(lambda: hasattr(p, 1))
t(lambda: hasattr(p))
delattr(p, "y"); print(hasattr(p, "y"))
t(lambda: delattr(p, "y"))
t(lambda: delattr(p, 5))
t(lambda: delattr(p))
print(getattr("abc", "upper")(), getattr([], "append").__name__ if False else "skip", hasattr("s", "join"), hasattr(5, "nope"))
print(vars(p))
t(lambda: vars(5))
