def classes():
    print("evaluating handler expression")
    return ValueError
try:
    raise ValueError("x")
except classes() as e:
    print("caught", e)
try:
    pass
except classes():
    pass
print("handler expressions are not evaluated when nothing is raised")
try:
    try:
        raise KeyError("k")
    except undefined_name:
        pass
except NameError as e:
    print(type(e).__name__, e, "| context:", repr(e.__context__))
