def trace(fn):
    def wrapper(*args, **kwargs):
        print("call", fn.__name__, args, kwargs)
        r = fn(*args, **kwargs)
        print("ret", r)
        return r
    return wrapper

@trace
def add(a, b=0):
    return a + b

add(1, 2)
add(1, b=5)
print(add.__name__)

def deco_a(fn):
    print("applying a")
    def w():
        return "a(" + fn() + ")"
    return w
def deco_b(fn):
    print("applying b")
    def w():
        return "b(" + fn() + ")"
    return w

@deco_a
@deco_b
def base():
    return "base"
print(base())

def repeat(n):
    print("repeat factory", n)
    def deco(fn):
        def w(*a):
            return [fn(*a) for _ in range(n)]
        return w
    return deco

@repeat(3)
def hi(x):
    return "hi " + x
print(hi("bob"))

def register(registry):
    def deco(fn):
        registry.append(fn.__name__)
        return fn
    return deco
reg = []
@register(reg)
def one(): pass
@register(reg)
def two(): pass
print(reg, one.__name__)
