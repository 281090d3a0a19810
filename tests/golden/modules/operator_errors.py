# operator: CPython's messages for wrong argument counts, keywords and operand types.
import operator as op
calls = [
    (op.add, (1,)), (op.add, (1, 2, 3)), (op.sub, ()), (op.lt, (1,)), (op.is_, (1,)), (op.contains, (1,)),
    (op.neg, ()), (op.not_, (1, 2)), (op.truth, ()), (op.index, ()), (op.abs, (1, 2)), (op.invert, ()),
    (op.setitem, (1, 2)), (op.getitem, (1,)), (op.delitem, ()), (op.countOf, (1,)), (op.indexOf, ()),
    (op.length_hint, ()), (op.length_hint, (1, 2, 3)), (op.length_hint, (1, "a")), (op.iadd, (1,)),
    (op.index, (1.5,)), (op.index, ("1",)), (op.concat, (1, 2)), (op.concat, ([1], (2,))), (op.iconcat, (1, 2)),
    (op.concat, ({}, {})), (op.indexOf, ([1], 2)), (op.countOf, (5, 5)), (op.indexOf, (5, 5)),
    (op.getitem, (1, 2)), (op.delitem, ([], 0)), (op.setitem, ((1,), 0, 2)), (op.abs, ("a",)), (op.pos, ("x",)),
    (op.neg, ("x",)), (op.invert, (1.5,)), (op.add, (1, "a")), (op.lt, (1, "a")), (op.truediv, (1, 0)),
    (op.mod, (1, 0)), (op.contains, (1, 2)), (op.iadd, ([1], 5)), (op.lshift, (1, -1)), (op.pow, (0, -1)),
]
for f, args in calls:
    try:
        print(f.__name__, f(*args))
    except Exception as e:
        print(f.__name__, type(e).__name__, e)
for f in [op.add, op.neg, op.getitem, op.length_hint]:
    try:
        f(a=1)
    except TypeError as e:
        print(e)
