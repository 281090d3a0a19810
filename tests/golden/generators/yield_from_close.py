# closing a generator suspended in yield from closes the subgenerator first
def sub():
    try:
        yield 1
    finally:
        print("sub finally")
def outer():
    try:
        yield from sub()
    finally:
        print("outer finally")
it = outer()
next(it)
it.close()
print("---")
it = outer()
next(it)
del it
print("---")
class NoClose:
    def __iter__(self):
        return self
    def __next__(self):
        return 5
def g():
    try:
        yield from NoClose()
    except GeneratorExit:
        print("exit reaches outer")
        raise
it = g()
next(it)
it.close()
