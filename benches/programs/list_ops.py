# list workload: append, indexing, slicing, comprehensions, pop, insert, index, count, reverse, sum
xs = []
for i in range(300000):
    xs.append(i % 1000)
total = 0
for i in range(len(xs)):
    total += xs[i]
ys = [x * 2 for x in xs if x % 3]
zs = xs[1000:200000:3]
zs.reverse()
for _ in range(200):
    zs.insert(0, zs.pop())
chunks = [xs[i:i + 100] for i in range(0, len(xs), 100)]
n = 0
for c in chunks:
    n += len(c) + c[-1]
stack = []
for i in range(200000):
    stack.append(i)
    if i % 3 == 0:
        stack.pop()
print(total, len(ys), sum(ys) % 100000, len(zs), zs[0], n, len(stack), xs.count(7), xs.index(999), max(xs), min(ys))
