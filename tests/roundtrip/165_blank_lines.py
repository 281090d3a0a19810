


x = 1



y = 2


def f():

    a = 1

    return a



