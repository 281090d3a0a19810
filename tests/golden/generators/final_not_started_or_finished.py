# a generator that never started, or that finished, is not closed when it dies
class D:
    def __init__(self, name):
        self.name = name
    def __del__(self):
        print("del", self.name)
def g(name):
    try:
        print("start", name)
        yield
    finally:
        print("finally", name)
fresh = g("fresh")
print("drop fresh")
del fresh
done = g("done")
for _ in done:
    pass
print("drop done")
del done
print("end")
