class A:
    class B:
        def m(self):
            class C:
                def n(self):
                    def o():
                        return 1
                    return o()
            return C().n()


print(A.B().m())
