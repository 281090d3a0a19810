# Subscripting objects and classes that do not support it
class C:
    pass


class M(type):
    pass


class K(metaclass=M):
    pass


class G:
    def __class_getitem__(cls, item):
        return f"G of {item}"


for obj in (5, None, C(), C, K, int, len, print, lambda: 0, {1}, object()):
    try:
        obj[0]
    except TypeError as e:
        print(e)
print(G[int])
