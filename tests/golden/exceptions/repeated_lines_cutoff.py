def f(n):
    if n == 0:
        raise ValueError("bottom")
    return f(n - 1)


try:
    f(3)
except ValueError as e:
    print("three:", e)
try:
    f(4)
except ValueError as e:
    print("four:", e)
f(4)
