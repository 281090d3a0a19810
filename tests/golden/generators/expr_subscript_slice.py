# yield as the container, the index and slice bounds of subscripts
def g():
    data = [10, 20, 30, 40, 50]
    print(data[(yield "index")])
    print((yield "container")[1])
    print(data[(yield "lo"):(yield "hi")])
    print(data[::(yield "step")])
    m = {"a": 1}
    print(m[(yield "key")])
it = g()
print(next(it))
print(it.send(2))
print(it.send("xyz"))
print(it.send(1))
print(it.send(4))
print(it.send(-2))
try:
    it.send("a")
except StopIteration:
    print("done")
