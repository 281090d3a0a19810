# expected ':' after a function signature
def add(a, b)
    return a + b
