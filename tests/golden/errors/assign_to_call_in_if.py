# cannot assign to a function call inside an if condition
def f(): return 1
if f() = 1:
    pass
