# Memory per instance: keep 1 000 000 live instances with two attributes in a list; run with
# peak RSS measurement.


class Pair:
    def __init__(self, a, b):
        self.a = a
        self.b = b


items = []
for i in range(1_000_000):
    items.append(Pair(i, i))
print(len(items))
