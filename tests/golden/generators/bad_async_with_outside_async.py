# async with inside a plain function is a syntax error
def f(x):
    async with x:
        pass
