# Members as dict keys and set elements, hashing by name, sorting by value with a key, comparisons by identity
from enum import Enum


class Fruit(Enum):
    APPLE = 3
    BANANA = 1
    CHERRY = 2


prices = {Fruit.APPLE: 0.5, Fruit.BANANA: 0.25}
prices[Fruit.CHERRY] = 3.0
print(prices)
print(prices[Fruit(1)], Fruit.APPLE in prices, hash(Fruit.APPLE) == hash("APPLE"))
print(sorted(Fruit, key=lambda f: f.value), sorted(prices, key=lambda f: f.name))
basket = {Fruit.APPLE, Fruit.APPLE, Fruit.CHERRY}
print(len(basket), Fruit.CHERRY in basket, Fruit.BANANA in basket)
counts = {}
for f in [Fruit.APPLE, Fruit.BANANA, Fruit.APPLE]:
    counts[f] = counts.get(f, 0) + 1
print(counts)
print(max(Fruit, key=lambda f: f.value), min(Fruit, key=lambda f: f.value))
print(Fruit.APPLE == Fruit.APPLE, Fruit.APPLE != Fruit.BANANA, Fruit.APPLE == 3)
