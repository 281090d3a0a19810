# error deep inside nested blocks
def outer():
    for i in range(3):
        while i:
            if i > 1:
                try:
                    x = [i for i in range(3)
                except Exception:
                    pass
            i -= 1
