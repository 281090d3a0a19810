def deco(c):
    return c


@deco
class A:
    pass


class B:
    @staticmethod
    def s():
        pass

    @classmethod
    def c(cls):
        pass

    @property
    def p(self):
        return 1

    @p.setter
    def p(self, v):
        pass
