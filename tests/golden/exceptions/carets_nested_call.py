class Box:
    def __init__(self, size):
        if size < 0:
            raise ValueError("negative size")
        self.size = size


def describe(box):
    return f"box of {box.size}"


print(describe(Box(3)))
print(describe(Box(-1)))
