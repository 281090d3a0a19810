# __class_getitem__ is an implicit classmethod
class Box:
    def __class_getitem__(cls, item):
        return f"{cls.__name__}[{item.__name__ if isinstance(item, type) else item}]"
print(Box[int], Box["x"], Box[3])
class Sub(Box): pass
print(Sub[str])
