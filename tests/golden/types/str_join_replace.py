def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

t(lambda: ",".join(["a", "b", "c"]))
t(lambda: ",".join([]))
t(lambda: "".join(("x", "y")))
t(lambda: "-".join("abc"))
t(lambda: ", ".join({"k": 1, "j": 2}))
t(lambda: ",".join(["a", 1]))
t(lambda: ",".join([None]))
t(lambda: ",".join(5))
t(lambda: "aaaa".replace("a", "b"))
t(lambda: "aaaa".replace("a", "b", 2))
t(lambda: "aaaa".replace("a", "b", 0))
t(lambda: "aaaa".replace("a", "b", -1))
t(lambda: "abc".replace("", "-"))
t(lambda: "abc".replace("", "-", 2))
t(lambda: "abcabc".replace("bc", ""))
t(lambda: "abc".replace("x", "y"))
t(lambda: "abc".replace(1, "y"))
t(lambda: "abc".replace("a"))
