# sending a value other than None to a just-started generator is a TypeError; None starts it
def g():
    x = yield 1
    print("got", x)
it = g()
try:
    it.send(5)
except TypeError as e:
    print("TypeError:", e)
print(it.send(None))
try:
    it.send("later")
except StopIteration:
    print("stopped")
it = g()
it.send(0)
