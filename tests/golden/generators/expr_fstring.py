# yield inside f-string fields, with conversions, format specs and = debug text
def g():
    print(f"a={(yield 1)} b={(yield 2)!r}")
    print(f"{(yield 3):>6}|{(yield 4):.2f}")
    print(f"{(yield 5)=}")
it = g()
print(next(it))
print(it.send("x"))
print(it.send("y"))
print(it.send("right"))
print(it.send(3.14159))
try:
    it.send([1])
except StopIteration:
    print("done")
