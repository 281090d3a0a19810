class BadEnter:
    def __enter__(self):
        raise RuntimeError("enter failed")
    def __exit__(self, *a):
        print("exit should not run")
try:
    with BadEnter():
        print("no body")
except RuntimeError as e:
    print(type(e).__name__, e)

class NoExit:
    def __enter__(self):
        return 1
try:
    with NoExit():
        pass
except TypeError as e:
    print(type(e).__name__, e)
class NoEnter:
    def __exit__(self, *a):
        pass
try:
    with NoEnter():
        pass
except TypeError as e:
    print(type(e).__name__, e)
try:
    with 5:
        pass
except TypeError as e:
    print(type(e).__name__, e)

class Order:
    def __init__(self, n):
        self.n = n
    def __enter__(self):
        print("enter", self.n)
        if self.n == 2:
            raise ValueError("second enter fails")
    def __exit__(self, *a):
        print("exit", self.n, a[0])
try:
    with Order(1), Order(2), Order(3):
        print("body")
except ValueError as e:
    print(e)
