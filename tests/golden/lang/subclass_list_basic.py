# a list subclass: extra attributes, inherited methods, indexing, iteration, repr, isinstance
class Stack(list):
    def push(self, x):
        self.append(x)
    def peek(self):
        return self[-1]
s = Stack([1, 2])
s.push(3)
s.label = "stack"
print(s, len(s), s.peek(), s[0], s[1:], s.label, s.pop(), s)
print(isinstance(s, list), isinstance(s, Stack), type(s).__name__, issubclass(Stack, list))
print([x * 2 for x in s], 2 in s, 9 in s, bool(s), bool(Stack()))
print(s == [1, 2], [1, 2] == s, s != [1], s < [1, 3], sorted(Stack([3, 1, 2])))
s.extend(Stack([7, 8]))
s.insert(0, 0)
s.sort(reverse=True)
print(s, s.index(7), s.count(1), vars(s))
