def sign(n):
    return "neg" if n < 0 else "zero" if n == 0 else "pos"
print([sign(n) for n in (-2, 0, 3)])
calls = []
def t(x):
    calls.append(x)
    return x
r = t("yes") if t(True) else t("no")
print(r, calls)
x = 0
print("truthy" if x else "falsy", "truthy" if [0] else "falsy")
print((1 if True else 2) + 10)
f = (lambda: "a") if x else (lambda: "b")
print(f())
print(0 or "" or None or "last", 1 and 2 and 3, 1 and 0 and 3)
print([] or {}, None and 1)
print(not 1, not 0, not not "s")
calls.clear()
print(t(0) and t(1), t(2) or t(3), calls)
