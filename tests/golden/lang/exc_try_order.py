def run(raise_it):
    try:
        print("try body")
        if raise_it:
            raise ValueError("v")
        print("try end")
    except ValueError as e:
        print("except", e)
    else:
        print("else")
    finally:
        print("finally")
    print("after")

run(False)
print("--")
run(True)
print("--")
def no_match():
    try:
        try:
            raise KeyError("k")
        except ValueError:
            print("not here")
        else:
            print("not here either")
        finally:
            print("inner finally")
        print("skipped")
    except KeyError as e:
        print("outer caught", repr(e))
no_match()
print("--")
def else_raises():
    try:
        try:
            pass
        except Exception:
            print("no")
        else:
            raise RuntimeError("from else")
        finally:
            print("finally after else")
    except RuntimeError as e:
        print("caught", e)
else_raises()
