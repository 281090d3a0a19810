# recursive generators with yield from walk a tree depth-first
tree = (1, (2, (4,), (5,)), (3, (6, (7,))))
def walk(node, depth=0):
    yield "  " * depth + str(node[0])
    for child in node[1:]:
        yield from walk(child, depth + 1)
for line in walk(tree):
    print(line)
def flatten(x):
    if isinstance(x, list):
        for y in x:
            yield from flatten(y)
    else:
        yield x
print(list(flatten([1, [2, [3, [4]], 5], [[6]]])))
