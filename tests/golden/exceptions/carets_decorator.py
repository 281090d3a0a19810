def broken(func):
    raise TypeError("cannot decorate " + func.__name__)


class Holder:
    @broken
    def method(self):
        return 1
