a = [(x, y) for x in range(3) for y in range(x)]
b = [[y for y in range(x)] for x in range(3)]
c = [x for xs in [[1], [2]] for x in xs if x]
