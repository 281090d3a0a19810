# cannot assign to a function call as a for target
def f(): return 1
for f() in range(3):
    pass
