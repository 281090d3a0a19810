# chained generators pass values through lazily, one at a time
def numbers(n):
    for i in range(n):
        print("produce", i)
        yield i
def squares(it):
    for x in it:
        yield x * x
def evens(it):
    for x in it:
        if x % 2 == 0:
            yield x
for v in evens(squares(numbers(5))):
    print("consume", v)
print(sum(evens(squares(numbers(0)))))
