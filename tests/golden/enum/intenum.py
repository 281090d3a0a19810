# IntEnum: members are ints (arithmetic, comparisons, hashing like ints, dict keys), str and format show the int, repr the member
from enum import IntEnum


class Num(IntEnum):
    ONE = 1
    TWO = 2
    THREE = 3


print(Num.ONE, repr(Num.ONE), str(Num.TWO), f"{Num.THREE}", f"{Num.TWO:>4}", "%d" % Num.THREE)
print(Num.ONE + 1, Num.TWO * 3, Num.THREE - Num.ONE, -Num.TWO, Num.TWO ** 2, Num.THREE // 2)
print(type(Num.ONE + 1), Num.ONE == 1, Num.TWO < 3, Num.ONE < Num.TWO, sorted([Num.THREE, 0, Num.ONE]))
print(isinstance(Num.ONE, int), int(Num.TWO), hash(Num.ONE) == hash(1), {1: "one"}[Num.ONE], {Num.TWO: "two"}[2])
print(Num(2), Num(2) is Num.TWO, list(Num), max(Num), sum(Num), [1, 2, 3][Num.ONE])
print(Num.ONE.name, Num.ONE.value, type(Num.ONE.value))
print(range(10)[Num.TWO], Num.TWO in [2], Num.THREE.bit_length())
try:
    Num(5)
except ValueError as e:
    print("ValueError:", e)
