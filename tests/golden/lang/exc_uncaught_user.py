class MyError(Exception):
    def __init__(self, code):
        super().__init__(code)
        self.code = code
    def __str__(self):
        return "failure code %d" % self.code

def a():
    b()
def b():
    raise MyError(7)
print("start")
a()
