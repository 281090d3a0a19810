# timsort on lists of 64 items and more: minrun, run merging, galloping, in CPython's order
from _trace import show, rand

for n in (64, 65, 100, 127, 128, 200, 257):
    show("random", [rand(1000) for _ in range(n)])
show("few distinct", [rand(3) for _ in range(300)])
show("all equal", [7] * 150)
show("ascending", list(range(300)))
show("descending", list(range(300, 0, -1)))
