# sorting is stable: equal keys keep their order, with key=, reverse=True and on long lists
recs = [(i % 4, i) for i in range(40)]
print(sorted(recs, key=lambda r: r[0]))
print(sorted(recs, key=lambda r: r[0], reverse=True))
print([r[1] for r in sorted(recs * 5, key=lambda r: -r[0])][:30])


class E:
    def __init__(self, k, tag):
        self.k = k
        self.tag = tag

    def __lt__(self, other):
        return self.k < other.k

    def __repr__(self):
        return f"{self.k}{self.tag}"


xs = [E(i % 3, chr(97 + i % 26)) for i in range(100)]
xs.sort()
print(xs)
xs.sort(reverse=True)
print(xs)
words = "the quick brown fox jumps over the lazy dog again and again".split()
print(sorted(words, key=len))
print(sorted(words, key=len, reverse=True))
