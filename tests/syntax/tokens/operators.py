def f(a, b=2, *args, **kw) -> int:
    return a ** b // 3 >> 1 << 2

x: int = 0
x **= 2; x //= 3; x >>= 1; x <<= 1
y = ...
if (n := 10) != 3 and not x or y is not None:
    pass
a @= b; a |= b; a &= b; a ^= b; a 