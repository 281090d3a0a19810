# types names the interpreter's built-in types: isinstance checks for functions, methods, built-ins, generators, coroutines, modules, frames, tracebacks, code and cells
import sys
import types
def f(): pass
class C:
    def m(self): pass
def gen(): yield 1
async def co(): pass
async def agen(): yield 1
def cell_of():
    x = 1
    def inner(): return x
    return inner.__closure__[0]
try:
    raise ValueError("x")
except ValueError as e:
    tb = e.__traceback__
c = co()
checks = [
    ("FunctionType", f), ("FunctionType", lambda: 0), ("LambdaType", f),
    ("MethodType", C().m), ("FunctionType", C.m),
    ("BuiltinFunctionType", len), ("BuiltinMethodType", [].append), ("BuiltinFunctionType", f),
    ("GeneratorType", gen()), ("GeneratorType", (x for x in [])), ("CoroutineType", c),
    ("AsyncGeneratorType", agen()), ("GeneratorType", agen()),
    ("ModuleType", sys), ("ModuleType", types), ("ModuleType", f),
    ("TracebackType", tb), ("FrameType", tb.tb_frame), ("CodeType", f.__code__),
    ("CellType", cell_of()), ("NoneType", None), ("NotImplementedType", NotImplemented),
    ("EllipsisType", ...),
]
for name, value in checks:
    print(name, isinstance(value, getattr(types, name)))
c.close()
for name in ["FunctionType", "MethodType", "BuiltinFunctionType", "GeneratorType", "CoroutineType",
             "AsyncGeneratorType", "ModuleType", "TracebackType", "FrameType", "CodeType", "CellType",
             "NoneType", "SimpleNamespace"]:
    t = getattr(types, name)
    print(name, t, t.__name__)
print(types.LambdaType is types.FunctionType, types.BuiltinMethodType is types.BuiltinFunctionType)
print(type(None) is types.NoneType, type(f) is types.FunctionType)
from types import SimpleNamespace, MethodType
print(SimpleNamespace.__module__, SimpleNamespace.__qualname__)
