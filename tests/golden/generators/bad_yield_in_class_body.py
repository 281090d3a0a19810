# yield in a class body is outside a function
class C:
    yield 1
