class __C:
    def __m(self, __p, *, __k=1):
        self.__a = __p
        __local = __k
        return __local
class Plain:
    def f(self, __x):
        def g():
            return __x
        return g
class ___:
    def f(self, __y):
        return __y
