# name used prior to global declaration
x = 0
def f():
    print(x)
    global x
