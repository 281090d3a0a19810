class A:
    pass


class B():
    x = 1

    def m(self):
        return self.x


class C(A):
    pass
