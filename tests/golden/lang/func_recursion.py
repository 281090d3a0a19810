def fact(n):
    return 1 if n <= 1 else n * fact(n - 1)

print(fact(0), fact(5), fact(25))

def fib(n):
    if n < 2:
        return n
    return fib(n - 1) + fib(n - 2)
print([fib(i) for i in range(15)])

def is_even(n):
    return True if n == 0 else is_odd(n - 1)
def is_odd(n):
    return False if n == 0 else is_even(n - 1)
print(is_even(10), is_odd(7), is_even(7))

def hanoi(n, a, b, c, moves):
    if n:
        hanoi(n - 1, a, c, b, moves)
        moves.append((a, c))
        hanoi(n - 1, b, a, c, moves)
    return moves
print(hanoi(3, "A", "B", "C", []))

def flatten(x):
    if isinstance(x, list):
        r = []
        for y in x:
            r.extend(flatten(y))
        return r
    return [x]
print(flatten([1, [2, [3, [4, [5]]]], 6]))

def depth(n):
    return 0 if n == 0 else 1 + depth(n - 1)
print(depth(500))
