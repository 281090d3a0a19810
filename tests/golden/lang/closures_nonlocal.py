def counter():
    n = 0
    def inc(step=1):
        nonlocal n
        n += step
        return n
    def get():
        return n
    return inc, get

inc, get = counter()
print(inc(), inc(), inc(10), get())

def outer():
    x = "outer"
    def middle():
        nonlocal x
        x = "middle"
        def inner():
            nonlocal x
            x = "inner"
        inner()
        return x
    r = middle()
    return r, x
print(outer())

def unbound():
    def f():
        return y
    try:
        f()
    except NameError as e:
        print(type(e).__name__, e)
    y = 1
    print(f())
unbound()

def swap():
    a, b = 1, 2
    def do():
        nonlocal a, b
        a, b = b, a
    do()
    return a, b
print(swap())
