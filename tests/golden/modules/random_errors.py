# random: CPython's errors for empty ranges, bad arguments, sample/choices misuse and seeds.
import random
random.seed(1)
tests = [
    lambda: random.randrange(0), lambda: random.randrange(5, 5), lambda: random.randrange(1, 10, 0),
    lambda: random.randrange(10, 1, 2), lambda: random.randrange("a"), lambda: random.randint(5, 1),
    lambda: random.randint("a", 1), lambda: random.choice([]), lambda: random.choice(""), lambda: random.sample([1], 5),
    lambda: random.sample({1, 2}, 1), lambda: random.sample([1, 2], -1), lambda: random.choices([1, 2], [1]),
    lambda: random.choices([1, 2], [0, 0]), lambda: random.choices([1], weights=[1], cum_weights=[1]),
    lambda: random.choices([1, 2], 2), lambda: random.getrandbits(-1), lambda: random.seed([1]),
    lambda: random.randrange(1, 5, step=0), lambda: random.randrange(3, step=2), lambda: random.gammavariate(0, 1),
    lambda: random.sample([1, 2, 3], 2, counts=[1, 1]), lambda: random.sample(["a", "b"], 3, counts=[2, 1]),
    lambda: random.shuffle([]), lambda: random.randint(3, 3), lambda: random.randrange(-5, -1),
    lambda: random.randrange(10, 0, -3), lambda: random.Random(5).random(), lambda: random.Random().seed(5),
    lambda: random.Random("x").randint(1, 6), lambda: random.Random(2.5).random(),
]
for t in tests:
    try:
        print(repr(t()))
    except Exception as e:
        print(type(e).__name__, e)
