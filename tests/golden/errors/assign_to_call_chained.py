# cannot assign to a function call in a chained assignment
def f(): return 1
x = f() = 1
