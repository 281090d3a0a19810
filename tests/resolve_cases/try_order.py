def t():
    try:
        pass
    except E as e:
        a = 1
    else:
        b = 2
    finally:
        c = 3
