# traceback: format_exception lists, chained and suppressed contexts, print_exc outside a handler, limits on deep stacks.
import sys
import traceback
def level(n):
    if n == 0:
        raise RuntimeError("deep")
    level(n - 1)
try:
    level(3)
except RuntimeError as e:
    parts = traceback.format_exception(e)
    print(len(parts), [p.splitlines()[0] for p in parts])
    print("".join(traceback.format_exception(e, limit=2)), end="")
    print(traceback.format_exc(limit=-2), end="")
try:
    try:
        raise KeyError("inner")
    except KeyError:
        raise TypeError("outer") from None
except TypeError as e:
    print("".join(traceback.format_exception(e)), end="")
try:
    try:
        1 / 0
    except ZeroDivisionError:
        raise ValueError("during")
except ValueError as e:
    text = traceback.format_exc()
    print(text.count("Traceback"), "During handling" in text)
    traceback.print_exception(e, chain=False, file=sys.stdout)
traceback.print_exc()
print(repr(traceback.format_exc()))
class MyError(Exception):
    pass
try:
    raise MyError()
except MyError as e:
    print(traceback.format_exception_only(e), traceback.format_exception_only(MyError, e))
    traceback.print_exception(MyError, e, None, file=sys.stdout)
