# yield inside := and unary operators
def g():
    if (n := (yield "n")) > 3:
        print("big", n)
    print(-(yield "neg"), not (yield "not"), ~(yield "inv"))
it = g()
print(next(it))
for v in [5, 2, 0, 7]:
    try:
        print(it.send(v))
    except StopIteration:
        print("done")
