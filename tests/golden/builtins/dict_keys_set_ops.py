# Set operators on dict keys views, on either side, give sets; comparisons with sets
d = {1: "a", 2: "b", 3: "c"}
k = d.keys()
print(k & {1, 2}, k | {9}, k - {1}, k ^ {1, 7})
print({1, 2} & k, [1, 4] | k, (1,) - k, {4} ^ k)
print(type(k & {1}).__name__, type(k | k).__name__, k & k, k - k)
print(k & d.keys(), k & d, k | [], k - [1], k & [1, "x"])
print(k == {1, 2, 3}, k == {1}, {1, 2, 3} == k, k != {1, 2, 3})
print(k < {1, 2, 3, 4}, k <= {1, 2, 3}, k > {1}, k >= {1, 2, 3}, k == d.keys())
print(k & range(2, 10), k ^ k)
other = {3: 0, 4: 0}
print(k & other.keys(), k | other.keys(), k - other.keys(), k ^ other.keys())
r = k | {5}
r.add(6)
print(sorted(r), sorted(k))
d[10] = "j"
print(k & {10})
for bad in (lambda: k & 5, lambda: k | 5, lambda: 5 - k, lambda: k & [[1]], lambda: k | [[1]]):
    try:
        bad()
    except TypeError as e:
        print(e)
v = d.values()
try:
    v & {1}
except TypeError as e:
    print(e)
