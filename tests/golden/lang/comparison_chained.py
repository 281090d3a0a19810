calls = []
def v(x):
    calls.append(x)
    return x
print(1 < 2 < 3, 1 < 3 < 2, 3 > 2 > 1 > 0)
print(1 == 1 == 1, 1 == 1 != 2, 1 < 2 == 2 > 1)
print(v(1) < v(0) < v(5))
print(calls)
calls.clear()
print(v(1) < v(2) < v(3))
print(calls)
x = 5
print(0 <= x < 10, 0 <= x < 5)
print(1 in [1, 2] in [[1, 2]], "a" < "b" < "c" != None)
one = 1
print(one is one is one if False else "skip")
a = [1]
b = a
print(a is b is not None, a is not [1])
print((1 < 2) < 3, 1 < (2 < 3))
try:
    1 < "a"
except TypeError as e:
    print(type(e).__name__, e)
try:
    [1] < (1,)
except TypeError as e:
    print(type(e).__name__, e)
print([1, 2] < [1, 3], (1, 2) > (1,), "abc" <= "abd")
