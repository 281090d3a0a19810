# bound methods stored on their own instance (callbacks, handler tables, a list of them) form cycles that gc.collect() reclaims
import gc
gc.disable()

class Widget:
    def __init__(self, name):
        self.name = name
        self.on_click = self.click
        self.handlers = {"click": self.click, "close": self.close}
        self.queue = [self.click, self.close]
    def click(self):
        return self.name + " clicked"
    def close(self):
        return self.name + " closed"
    def __del__(self):
        print("del", self.name)

w = Widget("button")
print(w.on_click(), w.handlers["close"](), len(w.queue))
del w
print("collected", gc.collect())

# Two objects holding each other's bound methods.
a = Widget("a")
b = Widget("b")
a.peer = b.click
b.peer = a.close
del a, b
print("collected", gc.collect())

# A bound method of a list subclass instance stored in its own value.
class Tasks(list):
    def run(self):
        return len(self)
t = Tasks()
t.append(t.run)
t.append(t.append)
print(t.run())
del t
print("collected", gc.collect())
