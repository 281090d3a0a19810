# Generator creation speed: create, start and drop 1 000 000 short generators (each is
# closed at deallocation: GeneratorExit at its yield).


def short(a):
    yield a
    yield a + 1


def main():
    count = 0
    for i in range(1_000_000):
        g = short(i)
        count += next(g)
    return count


print(main())
