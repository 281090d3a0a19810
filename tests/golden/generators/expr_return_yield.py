# return (yield) and return with yields inside the returned expression
def g():
    return (yield "only")
def h():
    return [(yield 1), (yield 2)]
for gen, sends in [(g(), ["sent"]), (h(), ["x", "y"])]:
    print(next(gen))
    for s in sends:
        try:
            print(gen.send(s))
        except StopIteration as e:
            print("returned", e.value)
