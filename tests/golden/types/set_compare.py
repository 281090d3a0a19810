a = {1, 2, 3}
b = {1, 2}
f = frozenset({1, 2, 3})
print(a == f, f == a, a != f, a == b, a != b, {1} == {1.0}, set() == frozenset())
print(b < a, b <= a, a < a, a <= a, a > b, a >= b, a > a, a >= a, b > a)
print(f > b, b < f, frozenset({4}) < a, a >= frozenset())
print(a == [1, 2, 3], a != [1, 2, 3], a == {1: 0, 2: 0, 3: 0}.keys(), a == None)
for op in ["<", "<=", ">", ">="]:
    try:
        {"<": lambda: a < [1], "<=": lambda: a <= [1], ">": lambda: a > (1,), ">=": lambda: a >= "x"}[op]()
    except TypeError as e:
        print(e)
print(sorted([{3}, {1, 2}, {1}], key=len), max({5, 1, 9}), min(frozenset({4, -2})), sum({1, 2, 3}))
print({frozenset({1}): "a", frozenset(): "b"}[frozenset([1])])
d = {frozenset({1, 2}): 1}
d[frozenset({2, 1})] = 2
print(d, len(d))
print(any({0}), all({1, 2}), list({3, 1, 2}), tuple(frozenset({8, 0})))
k={1:0,2:0}.keys()
print({1,2}==k, k=={2,1}, {1}<k, k>{1}, {1,2,3}>k, k<={1,2}, {3}!=k)
