# cannot assign to a function call inside a list target (no hint)
def f(): return 1
[a, f()] = [1, 2]
