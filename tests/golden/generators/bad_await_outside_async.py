# await inside a plain function is a syntax error
def f():
    return await g()
