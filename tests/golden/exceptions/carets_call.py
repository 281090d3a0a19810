def inner(n):
    raise ValueError(f"bad value {n}")


def outer(n):
    result = inner(n + 1)
    return result


print("calling")
answer = outer(41)
