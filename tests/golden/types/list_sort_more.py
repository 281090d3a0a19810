def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

calls = []
def key(x):
    calls.append(x)
    return -x
a = [3, 1, 2]
a.sort(key=key)
print(a, calls)
def bad_key(x):
    if x == 2:
        raise ValueError("bad key")
    return x
b = [3, 2, 1]
t(lambda: b.sort(key=bad_key))
print(b)
c = [3, 2, 1]
def peek(x):
    print("during sort", c)
    return x
c.sort(key=peek)
print(c)
d = [1, 2, 3]
def mutate(x):
    d.append(x)
    return x
t(lambda: d.sort(key=mutate))
print(d)
e = list(range(40, 0, -1)) + list(range(40))
e.sort()
print(e[:5], e[-5:], len(e))
words = "the quick brown fox jumps over the lazy dog".split()
print(sorted(words), sorted(words, key=len), sorted(words, key=lambda w: (len(w), w), reverse=True))
print(sorted([1.5, 1, True, 0.5, False]))
print(sorted([[2, 1], [1, 2], [1]]), sorted([(1, "b"), (1, "a")], reverse=True))
f = [5, 1, 4]
print(sorted(f), f, sorted(f, reverse=True) == sorted(f)[::-1])
t(lambda: sorted([1, 2], key=lambda x, y: x))
t(lambda: [3, "a"].sort(key=str))
print([3, "a"].sort(key=str) if False else sorted([3, "a", 1], key=str))
