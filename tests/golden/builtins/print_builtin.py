print()
print(1, 2, 3)
print(1, 2, sep="-")
print(1, 2, sep="", end="|\n")
print("a", end="")
print("b")
print(1, None, sep=None, end=None)
print(*[1, 2, 3], sep=", ")
print("x", flush=True)
print(sep="!")
print([], {}, (), "", sep="#")
print("multi\nline", "tab\tx")
print(1.0, 2.50, -0.0, 1e100, True, None, [1.0], ("a", 'b"'))
try:
    print(1, sep=1)
except TypeError as e:
    print(type(e).__name__, e)
try:
    print(1, end=2)
except TypeError as e:
    print(type(e).__name__, e)
try:
    print(1, bogus=2)
except TypeError as e:
    print(type(e).__name__, e)
