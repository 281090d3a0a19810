class Stack:
    def __init__(self):
        self.items = []

    def push(self, item):
        self.items.append(item)


s = Stack()
s.push(1)
s.items.apend(2)
