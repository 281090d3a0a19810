pairs = [
    (KeyError, LookupError), (IndexError, LookupError), (LookupError, Exception),
    (ZeroDivisionError, ArithmeticError), (OverflowError, ArithmeticError),
    (UnboundLocalError, NameError), (RecursionError, RuntimeError),
    (NotImplementedError, RuntimeError), (StopIteration, Exception),
    (KeyboardInterrupt, Exception), (KeyboardInterrupt, BaseException),
    (SystemExit, Exception), (GeneratorExit, Exception), (Exception, BaseException),
    (TypeError, ValueError), (AssertionError, Exception), (AttributeError, Exception),
    (ImportError, Exception), (ModuleNotFoundError, ImportError),
    (UnicodeError, ValueError), (FileNotFoundError, OSError), (OSError, Exception),
]
for a, b in pairs:
    print(a.__name__, b.__name__, issubclass(a, b))
print([c.__name__ for c in KeyError.__mro__])
print([c.__name__ for c in ZeroDivisionError.__mro__])
print(BaseException.__bases__, Exception.__bases__)
try:
    {}[1]
except LookupError as e:
    print("LookupError caught", type(e).__name__, e)
try:
    [][1]
except LookupError as e:
    print("LookupError caught", type(e).__name__, e)
try:
    1 // 0
except ArithmeticError as e:
    print("ArithmeticError caught", type(e).__name__, e)
