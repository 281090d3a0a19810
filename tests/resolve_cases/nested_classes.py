class A:
    class B:
        def m(self):
            return super()
    def n(self):
        class C:
            pass
        return C
