# keys(), values() and items() of a class's __dict__ are live views of the namespace, and iterating it while the class changes size raises as a dict does
class C:
    a = 1
mp = C.__dict__
ks, vs, its = mp.keys(), mp.values(), mp.items()
print(type(ks).__name__, len(ks), "a" in ks, ("a", 1) in its, 1 in vs)
C.b = 2
print(len(ks), "b" in ks, ("b", 2) in its, list(ks)[-1], list(vs)[-1], list(its)[-1])
print(ks == set(mp), set(ks) >= {"a", "b"})
try:
    for k in mp:
        C.c = 3
except RuntimeError as e:
    print("RuntimeError", e)
try:
    for k in mp.items():
        del C.c
except RuntimeError as e:
    print("RuntimeError", e)
it = iter(mp)
print(type(it).__name__, next(it))
print(list(reversed(mp.keys()))[0], bool(ks), repr(ks)[:30])
print(mp.items() == C.__dict__.items(), mp.keys() == {"a"})
