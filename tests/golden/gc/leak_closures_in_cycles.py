# closures in reference cycles (a recursive inner function, closures stored in the objects they capture, cells shared by several functions) are collected and release what they captured
import gc
gc.disable()

class D:
    def __init__(self, n):
        self.n = n
    def __del__(self):
        print("del", self.n)

def make_recursive():
    captured = D("captured by fact")
    def fact(n):
        captured
        return 1 if n <= 1 else n * fact(n - 1)
    return fact

f = make_recursive()
print(f(5))
del f
print("recursive collected", gc.collect())

def make_counter():
    state = {"n": 0, "tag": D("counter state")}
    def inc():
        state["n"] += 1
        return state["n"]
    state["inc"] = inc
    return inc

c = make_counter()
c(); c()
print("count", c())
del c
print("counter collected", gc.collect())

def shared_cells():
    x = D("shared cell value")
    def get():
        return x
    def put(v):
        nonlocal x
        x = v
    put(get)
    return get, put

g, p = shared_cells()
print(g() is g)
del g, p
print("shared collected", gc.collect())

class Node:
    def __init__(self, name):
        self.name = name
        self.callback = lambda: self.name
    def __del__(self):
        print("del node", self.name)

n = Node("lambda on self")
print(n.callback())
del n
print("node collected", gc.collect())

# A lambda default referring to a list that holds the lambda.
holder = [D("holder tag")]
holder.append(lambda h=holder: len(h))
print(holder[1]())
del holder
print("default collected", gc.collect())

# A keyword-only default and a closure together, in a cycle through a dict.
def make_kw():
    env = {"tag": D("env tag")}
    def f(*, e=env):
        return env is e
    env["f"] = f
    return f
k = make_kw()
print(k())
del k
print("kwdefault collected", gc.collect())

# Defaults of plain ints: no container, and a function without closure.
def plain(a=1, b=2):
    return plain
plain.me = plain
del plain
print("plain collected", gc.collect())
