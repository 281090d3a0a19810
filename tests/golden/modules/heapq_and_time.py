# heapq keeps CPython's order among equal priorities; time.monotonic and sleep.
import heapq
class T:
    def __init__(self, when, tag): self.when = when; self.tag = tag
    def __lt__(self, other): return self.when < other.when
    def __repr__(self): return f"{self.when}{self.tag}"
h = []
items = [5, 1, 3, 1, 2, 5, 0, 3, 3, 1, 4, 2]
for i, w in enumerate(items):
    heapq.heappush(h, T(w, chr(97 + i)))
print(h)
out = []
while h:
    out.append(heapq.heappop(h))
print(out)
x = [T(w, chr(65 + i)) for i, w in enumerate(items)]
heapq.heapify(x)
print(x)
print(heapq.heapreplace(x, T(2, "z")), x)
print(heapq.heappushpop(x, T(0, "q")), x)
import time
t = time.monotonic(); time.sleep(0.01); print(time.monotonic() - t >= 0.01)
