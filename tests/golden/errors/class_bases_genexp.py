# generator expression as class bases
y = [1]
class C(x for x in y):
    pass
