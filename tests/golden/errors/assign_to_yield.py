# assignment to yield expression not possible
def g():
    x = yield = 1
