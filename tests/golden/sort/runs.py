# timsort with natural runs and interleavings that trigger galloping and min_gallop changes
from _trace import show, rand

show("two ascending halves", list(range(0, 400, 2)) + list(range(1, 400, 2)))
show("blocks", [b * 10 + i for b in (5, 1, 4, 2, 3) for i in range(70)])
show("ascending then descending", list(range(100)) + list(range(300, 100, -1)))
show("descending runs", [x for b in range(6) for x in range(b * 50 + 49, b * 50 - 1, -1)][::-1][::-1])
data = []
for b in range(8):
    start = rand(500)
    data += range(start, start + 30 + rand(60))
show("random runs", data)
mixed = list(range(200))
for _ in range(20):
    i, j = rand(200), rand(200)
    mixed[i], mixed[j] = mixed[j], mixed[i]
show("nearly sorted", mixed)
big = list(range(1000)) + [rand(1000) for _ in range(50)] + list(range(500, 1500))
show("long runs with noise", big)
