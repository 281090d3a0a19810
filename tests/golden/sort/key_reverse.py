# sort and sorted with key= and reverse=: key calls first, stability, comparison order
from _trace import show, rand, K, log

show("reverse small", [3, 1, 2, 3, 1], reverse=True)
show("reverse random", [rand(5) for _ in range(90)], reverse=True)
show("reverse sorted", list(range(80)), reverse=True)
calls = []


def key(x):
    calls.append(x.t)
    return K(-x.v, x.t)


show("key", [rand(20) for _ in range(70)], key=key)
print("key calls:", calls)
calls.clear()
show("key reverse", [rand(4) for _ in range(20)], key=key, reverse=True)
print("key calls:", calls)
words = ["pear", "Fig", "apple", "fig", "Pear", "kiwi", "Apple", "date"]
print(sorted(words, key=str.lower))
print(sorted(words, key=str.lower, reverse=True))
print(sorted(words, key=len))
print(sorted(words, key=len, reverse=True))
pairs = [(rand(3), i) for i in range(20)]
print(sorted(pairs, key=lambda p: p[0]))
print(sorted(pairs, key=lambda p: p[0], reverse=True))
print(sorted([3.5, -1.0, 2.25, -0.0, 0.0, 1e300]))
print(sorted([3, 1.5, 2, True, -7, 10**30]))
print(sorted("hello world"))
print(sorted((5, 3, 9), reverse=1))
print(sorted({3: "a", 1: "b", 2: "c"}))
print(sorted([[2, 1], [1, 5], [2, 0], [1]]))
print(sorted([1, 2, 3], key=None))
