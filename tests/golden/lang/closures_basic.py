def make_adder(n):
    def add(x):
        return x + n
    return add

add3 = make_adder(3)
add5 = make_adder(5)
print(add3(1), add5(1))
print(add3.__closure__ is not None, len(add3.__closure__))
print(add3.__closure__[0].cell_contents)
print(make_adder.__closure__)

def outer():
    x = 1
    def mid():
        def inner():
            return x
        return inner
    return mid()
print(outer()())

def counter():
    count = [0]
    def inc():
        count[0] += 1
        return count[0]
    return inc
c1 = counter()
c2 = counter()
print(c1(), c1(), c1(), c2())

def shared():
    v = "first"
    def get():
        return v
    v = "second"
    return get
print(shared()())
