# close() on new, suspended, finished and returning generators; close's return value is None
def g():
    try:
        yield 1
    finally:
        print("finally")
it = g()
print(it.close())
it = g()
next(it)
print(it.close())
print(it.close())
def r():
    try:
        yield 1
    except GeneratorExit:
        print("caught exit")
        return "ignored value"
it = r()
next(it)
print(it.close())
def bad():
    try:
        yield 1
    except GeneratorExit:
        raise ValueError("in close")
it = bad()
next(it)
try:
    it.close()
except ValueError as e:
    print("ValueError", e)
def ignores():
    try:
        yield 1
    except GeneratorExit:
        yield 2
it = ignores()
next(it)
try:
    it.close()
except RuntimeError as e:
    print("RuntimeError", e)
