# yield inside conditional expressions and chained comparisons
def g():
    print("ifexp", (yield "t1") if (yield "test") else (yield "f1"))
    print("ifexp", "yes" if (yield "test2") else (yield "f2"))
    print("chain", 1 < (yield "mid") < 10)
    print("chain", (yield "l") < 5 < (yield "r"))
    print("chain", (yield "m") == 3 != (yield "never"))
it = g()
out = [next(it)]
for v in [0, "F", 1, 5, 4, 7, 2]:
    try:
        out.append(it.send(v))
    except StopIteration:
        out.append("stop")
print(out)
