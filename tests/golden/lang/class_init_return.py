class Bad:
    def __init__(self):
        return 5
try:
    Bad()
except TypeError as e:
    print(type(e).__name__, e)
class Ok:
    def __init__(self):
        return None
print(type(Ok()).__name__)
class Raising:
    def __init__(self):
        raise ValueError("in init")
try:
    Raising()
except ValueError as e:
    print(type(e).__name__, e)
class InitArgs:
    def __init__(self, a, b=2, *c, d, **e):
        print(a, b, c, d, e)
InitArgs(1, d=4)
InitArgs(1, 2, 3, d=4, e=5)
