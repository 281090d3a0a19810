# math: comb/perm/factorial/isqrt/gcd/lcm on large ints, exactly as CPython computes them.
import math
print(math.comb(1000, 500) % 10**20, len(str(math.comb(2000, 1000))), math.comb(10**20, 2), math.comb(10**6, 3))
print(math.perm(100, 50) % 10**15, math.perm(10**10, 3), math.perm(5, 0), math.perm(0, 0))
print(math.factorial(100), math.factorial(170) % 10**12)
print(math.isqrt(10**100), math.isqrt(2**256 - 1), math.isqrt(99), math.isqrt(10**30 + 10**15))
print(math.gcd(2**200, 6**100), math.gcd(10**40, 15**30, 35**20), math.lcm(2**50, 3**30, 5**10) % 10**9)
print(math.gcd(-(10**30), 10**20), math.lcm(-(2**70), 2**60), math.gcd(0, -(2**90)))
print(sum(math.comb(20, k) for k in range(21)) == 2**20, [math.comb(6, k) for k in range(7)])
print(math.prod(range(1, 31)) == math.factorial(30), math.prod([2**40] * 3) == 2**120)
