# Item deletion and assignment errors: "does not" vs "doesn't" as CPython's two paths word them
class C:
    pass


class M(type):
    pass


class K(metaclass=M):
    pass


def delete(obj, key):
    del obj[key]


def assign(obj, key):
    obj[key] = 1


for obj in (5, 2.5, None, (1, 2), "ab", b"ab", {1}, frozenset(), range(3), C(), K, int, len,
            lambda: 0, {1: 2}.keys(), True):
    for key in (0, "k"):
        for op in (delete, assign):
            try:
                op(obj, key)
            except TypeError as e:
                print(op.__name__, type(obj).__name__, repr(key), "->", e)
