# a generator ignoring GeneratorExit freed by a store: CPython's report underlines the stored name in chained, unpacking, global, nonlocal and loop stores, the attribute or subscript target, and the deleted name
def stubborn():
    try:
        yield 1
    except GeneratorExit:
        yield 2
def started():
    it = stubborn()
    next(it)
    return it
def chained():
    it = started()
    x = it = None
def unpacking():
    it = started()
    first, it = None, None
def deleted():
    it = started()
    del it
held = started()
def global_store():
    global held
    held = None
def nonlocal_store():
    it = started()
    def inner():
        nonlocal it
        it = None
    inner()
def loop():
    for it in (started() for _ in range(2)):
        pass
class Box:
    pass
def attribute():
    b = Box()
    b.value = started()
    b.value = None
def subscript():
    items = [started()]
    items[0] = None
def multiline():
    it = started()
    it = (
        None
    )
for f in [chained, unpacking, deleted, global_store, nonlocal_store, loop, attribute, subscript, multiline]:
    print(f.__name__)
    f()
it = started()
it = 0
print("end")
