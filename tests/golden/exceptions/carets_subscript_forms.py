class Grid:
    def __getitem__(self, key):
        raise LookupError("no cell " + repr(key))


def probe(obj, label):
    try:
        obj[label]
    except LookupError as e:
        print("caught", e)


g = Grid()
probe(g, "a")
data = None
print(data is None)
value = g[1, 2] if data is None else data[1:]
