def f(a,
      b):
    if a:
        return b
    s = '''x
y'''
    return a + \
        b


print(f(1, 2))
