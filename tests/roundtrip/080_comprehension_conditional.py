a = [x if x else -1 for x in range(3)]
b = [x for x in (range(3) if a else [])]
c = [x for x in range(3) if (x if a else 0)]
d = [lambda: x for x in range(2)]
