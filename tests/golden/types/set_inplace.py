a = {1, 2, 3}
alias = a
a |= {4, 5}
print(a, a is alias)
a &= {2, 3, 4, 9}
print(a, a is alias)
a -= {3}
print(a, a is alias)
a ^= {4, 10, 11}
print(a, a is alias)
a |= frozenset({20})
print(a)
f = frozenset({1, 2})
g = f
f |= {3}
print(f, f is g, type(f).__name__, g)
f &= {1, 3}
print(f, f is g)
try:
    a |= [1]
except TypeError as e:
    print(e)
try:
    a -= (1,)
except TypeError as e:
    print(e)
s = set(range(10))
s &= s
print(s)
s ^= s
print(s)
t = {1, 2}
t -= t
print(t)
