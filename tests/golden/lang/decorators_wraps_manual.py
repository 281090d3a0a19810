def wraps(fn):
    def copy(w):
        w.__name__ = fn.__name__
        w.__qualname__ = fn.__qualname__
        w.__doc__ = fn.__doc__
        w.__dict__.update(fn.__dict__)
        w.__wrapped__ = fn
        return w
    return copy

def logged(fn):
    @wraps(fn)
    def wrapper(*a, **k):
        return fn(*a, **k)
    return wrapper

@logged
def compute(x):
    """Compute things."""
    return x * 2
compute.extra = 1

print(compute(21))
print(compute.__name__, compute.__qualname__, compute.__doc__)
print(compute.__wrapped__.__name__)
print(compute.__dict__.keys())

class K:
    @logged
    def method(self):
        "a method"
        return "m"
print(K().method(), K.method.__qualname__, K.method.__doc__)

def class_deco(cls):
    cls.tag = "decorated"
    return cls
@class_deco
class T:
    pass
print(T.tag, T.__name__)
