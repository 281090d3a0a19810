# ordering list subclasses, sorting their items, and comparing with plain lists
class V(list):
    def __lt__(self, other):
        return sum(self) < sum(other)
vs = [V([5]), V([1, 1]), V([3])]
print(sorted(vs), min(vs), max(vs))
print(V([1]) < V([0, 5]), [1] < [0, 5], V([2]) == [2], V([2]) > [1])
class Plain(list): pass
print(sorted([Plain([2]), Plain([1, 9])]), Plain([1]) <= [1], Plain([1, 2]) >= Plain([1]))
