x = (1 +
     2)
y = [1,
     2,
     3]
z = {'a':
     1}
print(x,
      y,
      z)
def f(a,
      b):
    return a
