# operator: getitem/setitem/delitem with slices and dicts, concat/iconcat, countOf/indexOf, itemgetter on dicts and strings.
import operator as op
data = list(range(10))
print(op.getitem(data, slice(2, 5)), op.getitem("hello", -1), op.getitem({"a": 1}, "a"), op.getitem((1, 2), 1))
op.setitem(data, slice(0, 3), ["a"])
op.delitem(data, slice(-2, None))
print(data)
d = {}
op.setitem(d, ("x", 1), "tuple key")
print(d, op.contains(d, ("x", 1)), op.countOf("banana", "a"), op.indexOf((5, 6, 7), 7))
print(op.concat("ab", "cd"), op.concat([1], [2, 3]), op.iconcat([0], range(2)))
lst = [1]
out = op.iconcat(lst, [2])
print(out is lst, lst)
rows = [{"name": "b", "age": 2}, {"name": "a", "age": 9}]
print(sorted(rows, key=op.itemgetter("name")), [op.itemgetter("age", "name")(r) for r in rows])
print(op.itemgetter(slice(None, None, -1))("abc"), op.itemgetter(0, 0)([7]), op.attrgetter("real", "imag")(5))
print(op.methodcaller("split", ",")("a,b,c"), op.methodcaller("replace", "a", "o", 1)("banana"))
for t in [lambda: op.getitem({}, "x"), lambda: op.getitem([], 0), lambda: op.setitem("abc", 0, "x"), lambda: op.delitem((1,), 0),
          lambda: op.indexOf([], 1), lambda: op.concat("a", 1), lambda: op.itemgetter("k")([])]:
    try:
        t()
    except Exception as e:
        print(type(e).__name__, e)
