# Integer arithmetic in while and for loops: local variable access, augmented assignment,
# comparisons, %, // and range iteration.


def while_loop(n):
    total = 0
    i = 0
    while i < n:
        total += i * 3 % 7
        i += 1
    return total


def for_loop(n):
    total = 0
    for i in range(n):
        if i % 3 == 0:
            total += i // 3
        else:
            total -= 1
    return total


def nested(n):
    count = 0
    for a in range(n):
        for b in range(n):
            count += (a ^ b) & 15
    return count


print(while_loop(3_000_000))
print(for_loop(3_000_000))
print(nested(1_000))
