# a comparison that raises mid-sort: the exception propagates and the list keeps a permutation
from _trace import K, rand, log


class Boom(Exception):
    pass


class R(K):
    __slots__ = ()
    limit = 0

    def __lt__(self, other):
        if len(log) >= R.limit:
            raise Boom(f"at comparison {len(log)}")
        return K.__lt__(self, other)


for n, limit in ((10, 5), (70, 40), (70, 200), (150, 300), (150, 500)):
    xs = [R(rand(50), i) for i in range(n)]
    log.clear()
    R.limit = limit
    try:
        xs.sort()
    except Boom as e:
        print(n, "raised", e)
    print(" ", " ".join(str(x.t) for x in xs))
    log.clear()
    try:
        xs.sort(reverse=True)
    except Boom as e:
        print(n, "reverse raised", e)
    print(" ", " ".join(str(x.t) for x in xs))


def bad_key(x):
    if x == 3:
        raise ValueError("bad key")
    return x


ys = [5, 4, 3, 2, 1]
try:
    ys.sort(key=bad_key)
except ValueError as e:
    print("key raised:", e, ys)
try:
    sorted([1, "a", 2])
except TypeError as e:
    print(e)
try:
    [1, 2, None].sort()
except TypeError as e:
    print(e)
try:
    sorted([object(), object()])
except TypeError as e:
    print(e)
