def attempt(f):
    try:
        f()
    except Exception as e:
        print(type(e).__name__, e)

s = {1, 2}
attempt(lambda: s.add())
attempt(lambda: s.add(1, 2))
attempt(lambda: s.add([]))
attempt(lambda: s.remove(7))
attempt(lambda: s.remove((7, 8)))
attempt(lambda: s.remove([]))
attempt(lambda: s.discard({}))
attempt(lambda: set().pop())
attempt(lambda: s.pop(0))
attempt(lambda: s.clear(1))
attempt(lambda: s.copy(1))
attempt(lambda: s.issubset())
attempt(lambda: s.issubset(1))
attempt(lambda: s.union(1))
attempt(lambda: s.update([1], 2))
attempt(lambda: s.union(x=1))
attempt(lambda: s.symmetric_difference())
attempt(lambda: hash(s))
attempt(lambda: {s: 1})
attempt(lambda: {s})
attempt(lambda: {[1], 2})
attempt(lambda: set(1))
attempt(lambda: set([1], [2]))
attempt(lambda: set(x=1))
attempt(lambda: frozenset(1, 2))
attempt(lambda: frozenset(x=[]))
attempt(lambda: frozenset([[]]))
attempt(lambda: [] in s)
attempt(lambda: {*1})
attempt(lambda: frozenset().add(1))
attempt(lambda: set.add(frozenset(), 1))
attempt(lambda: s[0])
attempt(lambda: len(s, s))

def mutate():
    t = {1, 2, 3}
    for x in t:
        t.add(x + 10)

attempt(mutate)

def shrink():
    t = {1, 2, 3}
    for x in t:
        t.discard(x)

attempt(shrink)
it = iter({1, 2})
print(next(it))
u = set()
it2 = iter(u)
u.add(1)
attempt(lambda: next(it2))
attempt(lambda: next(it2))
s.remove(99)
