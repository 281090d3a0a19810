# yield from delegates next, send and throw to the subgenerator and returns its value
def sub():
    total = 0
    while True:
        try:
            v = yield total
        except ValueError as e:
            print("sub caught", e)
            continue
        if v is None:
            return total
        total += v
def outer():
    result = yield from sub()
    print("sub returned", result)
    yield "outer done"
it = outer()
print(next(it))
print(it.send(3))
print(it.send(4))
print(it.throw(ValueError("x")))
print(it.send(None))
