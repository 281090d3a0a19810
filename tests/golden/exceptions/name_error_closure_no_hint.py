def outer():
    counter = 0

    def inner():
        return countr

    return inner()


outer()
