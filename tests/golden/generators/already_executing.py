# a generator that resumes itself gets ValueError: generator already executing
def g():
    yield me.send(None)
me = g()
try:
    next(me)
except ValueError as e:
    print("ValueError:", e)
def h():
    try:
        yield next(other)
    except ValueError as e:
        print("inner", e)
        yield "recovered"
other = h()
print(next(other))
