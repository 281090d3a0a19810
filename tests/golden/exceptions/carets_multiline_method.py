class Builder:
    def add(self, x):
        if x > 1:
            raise ValueError("too big")
        return self


b = Builder()
result = (b.add(1)
           .add(2))
