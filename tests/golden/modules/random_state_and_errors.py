# random: getstate/setstate round trips, setstate errors, seeding types, bit widths of getrandbits.
import random
r = random.Random(2024)
state = r.getstate()
a = [r.random() for _ in range(5)]
r.setstate(state)
b = [r.random() for _ in range(5)]
print(a == b, r.getstate()[1][-1], state[1][-1], state[2])
r.gauss()
print(r.getstate()[2] is not None)
r.seed(2024)
print(r.random() == a[0], r.getstate()[2])
for bits in [1, 8, 31, 32, 33, 63, 64, 65, 128]:
    print(bits, r.getrandbits(bits))
for t in [lambda: r.setstate((2, (), None)), lambda: r.setstate((3, (1, 2), None)), lambda: r.seed([1, 2]),
          lambda: r.seed({}), lambda: r.getrandbits(-1), lambda: r.getrandbits("8")]:
    try:
        print(t())
    except Exception as e:
        print(type(e).__name__, e)
for seed in [0, 1, -1, 2**32, 2**32 - 1, 10**30, 0.0, -2.5, "", "abc", True]:
    random.seed(seed)
    print(repr(seed), random.random(), random.randrange(1000))
