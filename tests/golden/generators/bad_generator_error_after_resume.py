# an error raised inside an expression after the generator resumed is reported at its line
def g():
    total = (yield "a") + (yield "b")
    return total
it = g()
next(it)
it.send(1)
it.send("text")
