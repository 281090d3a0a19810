def f():
    x += y
    z = x
    obj.attr += w
