class D:
    def __init__(self, name):
        self.name = name
    def __del__(self):
        print("del", self.name)

def fail():
    local = D("local of failing frame")
    raise ValueError("boom")

try:
    fail()
except ValueError:
    print("in handler: the traceback keeps the frame alive")
print("after handler")
try:
    fail()
except ValueError as e:
    saved = e
print("saved exception still holds the frame")
saved = None
print("saved released")
def catcher():
    try:
        fail()
    except ValueError as e:
        return e
err = catcher()
print("returned exception holds frame")
err.__traceback__ = None
print("traceback cleared")
del err
print("end")
