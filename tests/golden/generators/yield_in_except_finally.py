# yield inside except and finally blocks suspends and resumes with the handled exception intact
import sys
def g():
    try:
        raise KeyError("k")
    except KeyError:
        yield "in except"
        print("exc_info in except:", sys.exc_info()[0].__name__)
    try:
        yield "in try"
    finally:
        yield "in finally"
        print("finally done")
    try:
        1 / 0
    except ZeroDivisionError:
        try:
            yield "nested"
            raise
        except ZeroDivisionError as e:
            print("re-raised", e)
it = g()
for v in it:
    print(v, sys.exc_info()[0])
