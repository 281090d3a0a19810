# traceback: print_exc, format_exc, print_exception, format_exception, format_exception_only, with chains and limits.
import sys
import traceback
def inner(x):
    return 10 // x
def outer(x):
    return inner(x) + 1
try:
    outer(0)
except ZeroDivisionError:
    traceback.print_exc()
    text = traceback.format_exc()
    print("format_exc:", repr(text.splitlines()[0]), len(text.splitlines()))
    sys.stdout.write(text)
print(repr(traceback.format_exc()))
try:
    try:
        {}["k"]
    except KeyError as e:
        raise ValueError("bad value") from e
except ValueError as e:
    err = e
parts = traceback.format_exception(err)
print(len(parts), parts[0] == "Traceback (most recent call last):\n", parts[-1])
print("".join(parts), end="")
print("".join(traceback.format_exception(err, chain=False)), end="")
print(traceback.format_exception_only(err), traceback.format_exception_only(ValueError, ValueError("x")))
traceback.print_exception(err)
traceback.print_exception(type(err), err, err.__traceback__)
traceback.print_exception(err, file=sys.stdout)
try:
    try:
        outer(0)
    except ZeroDivisionError:
        print(undefined_name)
except NameError:
    traceback.print_exc(file=sys.stdout)
try:
    outer(0)
except ZeroDivisionError as e:
    print("".join(traceback.format_exception(e, limit=1)), end="")
    print("".join(traceback.format_exception(e, limit=-1)), end="")
    traceback.print_exc(limit=2, file=sys.stdout)
print(traceback.format_exception(RuntimeError("no traceback")))
traceback.print_exception(None, None, None)
