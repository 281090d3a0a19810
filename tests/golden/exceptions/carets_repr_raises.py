class Bad:
    def __repr__(self):
        return "Bad(" + self.missing_attribute + ")"


items = [Bad()]
print(len(items))
print(items)
