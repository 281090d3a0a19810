# cannot assign to a function call (with the '==' hint)
def f(): return 1
f() = 1
