def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

print(any([]), all([]), any([0, "", None]), any([0, 1]), all([1, "a"]), all([1, 0]), any("a"), all(""), any({0: 1}), all({1: 0}))
t(lambda: any(5))
t(lambda: all())
t(lambda: any([1], [2]))
calls = []
def f(x):
    calls.append(x)
    return x
print(any(map(f, [0, 0, 1, 0, 1])), calls)
calls.clear()
print(all(map(f, [1, 1, 0, 1])), calls)
print(callable(len), callable(print), callable(lambda: 1), callable(1), callable(int), callable("x"), callable(str.upper), callable([].append))
class C:
    def __call__(self): return 1
class D: pass
print(callable(C()), callable(D()), callable(C), callable(None))
t(lambda: callable())
