# nonlocal in a top-level function with no enclosing binding
x = 1
def f():
    nonlocal x
