def f(x):
    x // 0


print("start")
f(7)
