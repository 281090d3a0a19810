# async for inside a plain function is a syntax error
def f(x):
    async for i in x:
        pass
