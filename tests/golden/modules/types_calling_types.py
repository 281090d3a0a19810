# calling the types that types names: the singletons' types return None, NotImplemented and Ellipsis, CellType makes a cell, the types CPython cannot call say so
import types
print(types.NoneType(), types.NotImplementedType(), types.EllipsisType())
empty = types.CellType()
full = types.CellType([1, 2])
print(isinstance(empty, types.CellType), full.cell_contents)
try:
    empty.cell_contents
except ValueError as e:
    print("ValueError", e)
calls = [
    lambda: types.NoneType(1), lambda: types.NoneType(a=1), lambda: types.NotImplementedType(1),
    lambda: types.EllipsisType(1), lambda: types.CellType(1, 2), lambda: types.CellType(x=1),
    lambda: types.FrameType(), lambda: types.GeneratorType(), lambda: types.CoroutineType(),
    lambda: types.AsyncGeneratorType(), lambda: types.BuiltinFunctionType(),
]
for call in calls:
    try:
        call()
    except TypeError as e:
        print("TypeError", e)
