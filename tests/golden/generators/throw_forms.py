# throw(type), throw(type, value), throw(instance) and the traceback argument
def g():
    while True:
        try:
            yield
        except Exception as e:
            print("caught", type(e).__name__, e.args)
it = g()
next(it)
it.throw(ValueError)
it.throw(ValueError, "v")
it.throw(ValueError, ("a", "b"))
it.throw(KeyError("k"))
it.throw(TypeError, None)
it.throw(ZeroDivisionError, None, None)
try:
    it.throw(GeneratorExit)
except GeneratorExit:
    print("GeneratorExit passed through")
print(it.gi_frame)
