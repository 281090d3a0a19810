class A:
    def f(self):
        return 1


class B(A):
    def f(self):
        return super().f() + 1

    def g(self):
        return super(B, self).f()
