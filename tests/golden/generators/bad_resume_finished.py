# resuming a finished generator: next and send raise StopIteration, throw raises the exception
def g():
    yield 1
    return "value"
it = g()
print(next(it))
try:
    next(it)
except StopIteration as e:
    print("first stop", e.value)
for action in ["next", "send", "throw", "close"]:
    try:
        if action == "next":
            next(it)
        elif action == "send":
            it.send(3)
        elif action == "throw":
            it.throw(ValueError("late"))
        else:
            print("close ->", it.close())
    except StopIteration as e:
        print(action, "StopIteration", e.args)
    except ValueError as e:
        print(action, "ValueError", e)
print(next(it, "default"))
