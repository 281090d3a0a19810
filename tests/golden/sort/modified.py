# "list modified during sort": the list is empty while sorted, and mutations are discarded
xs = [3, 1, 2]


class M:
    def __init__(self, v):
        self.v = v

    def __lt__(self, other):
        print("during sort, list is", xs)
        xs.append(99)
        return self.v < other.v

    def __repr__(self):
        return f"M({self.v})"


xs = [M(3), M(1), M(2)]
try:
    xs.sort()
except ValueError as e:
    print("ValueError:", e)
print(xs)


def key(x):
    print("key sees", len(ys))
    return x


ys = [2, 1]
ys.sort(key=key)
print(ys)
zs = [3, 2, 1]


def grow(x):
    zs.append(x)
    return x


try:
    zs.sort(key=grow)
except ValueError as e:
    print("ValueError:", e)
print(zs)
