def g():
    return (lambda a: (lambda: a))(1)
k = lambda: lambda: 0
