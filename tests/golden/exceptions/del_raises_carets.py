class Holder:
    def __del__(self):
        data = {"a": 1}
        value = data["b"] + 1


h = Holder()
del h
print("done")
