# yield in the headers of if, elif, while, for and with statements
class CM:
    def __enter__(self):
        print("enter")
        return "cm"
    def __exit__(self, *a):
        print("exit")
def g():
    if (yield "if"):
        print("if true")
    elif (yield "elif"):
        print("elif true")
    n = 0
    while (yield f"while {n}"):
        n += 1
    for x in (yield "for"):
        print("for", x)
    with (yield "with") as v:
        print("with", v)
it = g()
print(next(it))
for v in [0, 1, 1, 1, 0, [1, 2], CM()]:
    try:
        print(it.send(v))
    except StopIteration:
        print("done")
