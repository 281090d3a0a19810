err = ValueError("shared")


def fail():
    raise err


for i in range(2):
    try:
        fail()
    except ValueError:
        print("caught", i)
fail()
