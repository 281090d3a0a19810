# object.__ne__ inverts the type's __eq__ and passes NotImplemented through
class Always:
    def __eq__(self, other):
        print("eq called")
        return True


class Never:
    def __eq__(self, other):
        return NotImplemented


a = Always()
print(object.__ne__(a, 1))
print(a != 1)
n = Never()
print(object.__ne__(n, n) is NotImplemented, n != n, n == n)
print(object.__eq__(n, n), object.__eq__(n, 1) is NotImplemented)


class Ne:
    def __ne__(self, other):
        return "custom"


print(Ne() != 1, object.__ne__(Ne(), 1) is NotImplemented)
