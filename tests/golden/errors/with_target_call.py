# cannot assign to a function call as a with target
def f(): return 1
with open("x") as f():
    pass
