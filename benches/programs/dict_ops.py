# dict workload: inserts, lookups, get, in, update, iteration over items, deletion, comprehension
d = {}
for i in range(200000):
    d[i] = i * 2
total = 0
for i in range(0, 400000, 2):
    if i in d:
        total += d[i]
    total += d.get(i + 1, 0)
words = {}
for i in range(100000):
    k = "k" + str(i % 5000)
    words[k] = words.get(k, 0) + 1
for k, v in d.items():
    total += v
for i in range(0, 200000, 3):
    del d[i]
sq = {k: k * k for k in range(100000)}
other = dict(sq)
other.update(d)
print(total, len(d), len(words), words["k42"], len(other), sum(sq.values()) % 1000)
