# Helpers for the sort cases: items whose __lt__ records each comparison, and a seeded generator.
log = []


class K:
    __slots__ = ("v", "t")

    def __init__(self, v, t):
        self.v = v
        self.t = t

    def __lt__(self, other):
        log.append(f"{self.t}<{other.t}")
        return self.v < other.v

    def __repr__(self):
        return f"{self.v}.{self.t}"


seed = 12345


def rand(n):
    global seed
    seed = (seed * 1103515245 + 12345) % 2**31
    return (seed >> 8) % n


def items(values):
    return [K(v, i) for i, v in enumerate(values)]


def show(name, values, **kw):
    log.clear()
    xs = items(values)
    xs.sort(**kw)
    print(name, len(values), "comparisons:", len(log))
    print(" ", " ".join(log))
    print("  result:", " ".join(str(x.t) for x in xs))
