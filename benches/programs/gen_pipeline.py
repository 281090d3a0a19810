# Generator resumption speed: sum a pipeline of three chained generators over N items
# (each item passes through three suspended frames).


def numbers(n):
    i = 0
    while i < n:
        yield i
        i += 1


def doubled(it):
    for x in it:
        yield x * 2


def plus_one(it):
    for x in it:
        yield x + 1


def main():
    total = 0
    for v in plus_one(doubled(numbers(10_000_000))):
        total += v
    return total


print(main())
