# operator: the operators as functions, in-place forms, comparisons, sequence helpers.
import operator as op
print(op.add(2, 3), op.sub(2, 3), op.mul("ab", 3), op.truediv(7, 2), op.floordiv(-7, 2), op.mod(-7, 3))
print(op.pow(2, 10), op.lshift(1, 5), op.rshift(256, 3), op.or_(5, 2), op.xor(7, 2), op.and_(6, 3))
print(op.neg(5), op.pos(-5), op.invert(5), op.inv(0), op.not_(0), op.not_([1]), op.truth([]), op.abs(-2.5))
print(op.index(7), op.index(True), op.concat([1], [2]), op.concat("a", "b"), op.concat((1,), (2,)))
print(op.lt(1, 2), op.le(2, 2), op.eq(1, 1.0), op.ne(1, 2), op.gt(1, 2), op.ge(3, 2))
x = [1]
print(op.is_(x, x), op.is_(x, [1]), op.is_not(None, None), op.contains([1, 2], 2), op.contains("abc", "d"))
print(op.countOf([1, 2, 1, 1.0], 1), op.indexOf("hello", "l"), op.indexOf([3, 4], 4))
d = {"a": 1}
op.setitem(d, "b", 2)
print(d, op.getitem(d, "a"), op.getitem([1, 2, 3], slice(1, None)))
op.delitem(d, "a")
print(d)
lst = [1, 2]
print(op.iadd(lst, [3]) is lst, lst, op.iadd(1, 2), op.imul([0], 3), op.iconcat([1], (2,)), op.isub(5, 1))
print(op.itruediv(1, 4), op.ifloordiv(9, 2), op.imod(9, 4), op.ipow(3, 3), op.ilshift(1, 2), op.irshift(8, 1),
      op.ior({1}, {2}), op.ixor(3, 1), op.iand(3, 1))
print(op.length_hint([1, 2, 3]), op.length_hint(5, 7), op.length_hint("ab", 9))
class Hint:
    def __length_hint__(self):
        return 4
print(op.length_hint(Hint()), op.__add__(1, 2), op.__not__(1), op.__getitem__([5], 0))
print(op.call(max, 1, 5, 2), op.call(sorted, [3, 1], reverse=True))
class M:
    def __matmul__(self, other):
        return "matmul"
    def __imatmul__(self, other):
        return "imatmul"
print(op.matmul(M(), 1), op.imatmul(M(), 2))
print(sorted([(1, "b"), (0, "z"), (1, "a")], key=op.itemgetter(1)))
from functools import reduce
print(reduce(op.mul, range(1, 6)), reduce(op.add, ["a", "b", "c"]))
