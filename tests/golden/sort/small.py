# timsort on short lists (binary insertion only): every comparison in CPython's order
from _trace import show, rand

show("empty", [])
show("one", [1])
show("two sorted", [1, 2])
show("two reversed", [2, 1])
show("three equal", [5, 5, 5])
show("descending", [9, 8, 7, 6, 5, 4, 3, 2, 1])
show("ascending", list(range(10)))
show("sawtooth", [3, 2, 1, 6, 5, 4, 9, 8, 7])
show("desc then equal", [5, 4, 4, 3])
for n in range(3, 20):
    show("random", [rand(10) for _ in range(n)])
for n in (30, 50, 63):
    show("random", [rand(100) for _ in range(n)])
