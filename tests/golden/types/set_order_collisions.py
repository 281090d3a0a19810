# Sets of ints, floats and tuples iterate in CPython's hash-table slot order.
print({0, 8, 16, 24, 32})
print({5, 13, 21, 1, 9})
print({-1, -2, -3, 7, 15})
print({1.5, 2.5, 0.5, 8.0, 1.0})
print({(1, 2), (2, 1), (0, 0), (3,)})
s = set()
for k in [64, 0, 128, 8, 192, 16]:
    s.add(k)
    print(s)
print({2 ** 40, 2 ** 41, 2 ** 63, -2 ** 63, 2 ** 70})
print({10 ** 20, 3, 10 ** 19, 7})
print({1, 1.0, True}, {0, 0.0, False, -0.0})
print({hash(x) & 7 for x in range(40, 60)})
