x = "g"
def outer():
    x = "enclosing"
    def uses_global():
        global x
        x = "g2"
    def uses_nonlocal():
        nonlocal x
        x = "enclosing2"
    uses_global()
    print("after global", x)
    uses_nonlocal()
    print("after nonlocal", x)
outer()
print("module x", x)
def reader():
    def inner():
        return x
    return inner()
print(reader())
def loops():
    total = 0
    def add(n):
        nonlocal total
        total += n
    for i in range(5):
        add(i)
    return total
print(loops())
def comp_scope():
    k = 10
    return [k + i for i in range(3)]
print(comp_scope())
i = "module i"
print([i for i in range(2)], i)
