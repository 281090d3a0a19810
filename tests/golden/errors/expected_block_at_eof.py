# expected an indented block when the file ends after the colon
def f():
    return 1

def g():