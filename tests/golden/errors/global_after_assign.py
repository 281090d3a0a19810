# name assigned to before global declaration
x = 0
def f():
    x = 1
    global x
