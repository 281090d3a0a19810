# nested try/finally and except GeneratorExit blocks run innermost first when a suspended generator dies
class D:
    def __init__(self, name):
        self.name = name
    def __del__(self):
        print("del", self.name)
def g():
    try:
        try:
            try:
                yield 1
            finally:
                print("inner finally")
        except GeneratorExit:
            print("middle except")
            raise
    finally:
        print("outer finally")
it = g()
next(it)
del it
print("after del")
