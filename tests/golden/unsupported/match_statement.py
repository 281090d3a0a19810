# refpy: xfail refpy reports this construct as not supported
def describe(value):
    match value:
        case 0:
            return "zero"
        case [x, y]:
            return f"pair {x} {y}"
        case _:
            return "other"

print(describe(0))
print(describe([1, 2]))
print(describe("s"))
