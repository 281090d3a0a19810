class M:
    def __matmul__(self, other):
        return 1


x = M() @ M()
y = M()
y @= M()
