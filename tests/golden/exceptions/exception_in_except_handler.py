def handler():
    try:
        [][0]
    except IndexError as e:
        print("handling", e)
        {}["k"]


handler()
