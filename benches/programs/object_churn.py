# Allocation and deallocation: create and immediately drop instances whose __init__ sets two
# attributes; each iteration frees the previous object.


class Point:
    def __init__(self, x, y):
        self.x = x
        self.y = y


def churn(n):
    total = 0
    for i in range(n):
        p = Point(i, i + 1)
        total += p.x + p.y
    return total


print(churn(3_000_000))
