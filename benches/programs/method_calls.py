# Method calls resolved through a three-level inheritance chain: attribute lookup along the MRO,
# bound-method creation, instance attribute reads and writes.


class Base:
    def __init__(self):
        self.count = 0

    def step(self, k):
        self.count += k
        return self.count


class Middle(Base):
    def double(self, k):
        return self.step(k) + self.step(k)


class Leaf(Middle):
    def run(self, k):
        return self.double(k) - k


def main(n):
    obj = Leaf()
    total = 0
    for i in range(n):
        total += obj.run(i & 7)
        total += obj.step(1)
    return total, obj.count


print(main(1_500_000))
