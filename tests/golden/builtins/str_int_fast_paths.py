# int() of decimal text, f-string fields, split with one-character separators, `in` and capitalize give what the general paths give, at the edges of their short forms
for t in ["5", "+5", "-0", "0005", " 7 ", "5_0", "\u0663", "-", "+", "", "123456789012345678",
          "1234567890123456789", "-999999999999999999", "9223372036854775808", "1e3", "--1"]:
    try:
        print(repr(t), int(t))
    except ValueError as e:
        print(repr(t), "ValueError", e)


class S(str):
    def __format__(self, spec):
        return "formatted"


class I(int):
    def __str__(self):
        return "I-str"


print(f"{1}|{-12}|{True}|{None}|{'x'}|{S('s')}|{I(3)}|{2**70}|{1.5}|{'q'!r}|{7:>4}|{0}")
print("a,b,,c".split(","), "a,b,,c".split(",", 1), "a,b".split(",", 0), ",".split(","),
      "aXbXc".split("X", -1), "é,ü".split(","), "abcabc".split("bc"), "a".rsplit("a"))
try:
    "a".split("")
except ValueError as e:
    print("ValueError", e)
for hay, needle in [("hello", "l"), ("hello", "lo"), ("hello", ""), ("", ""), ("", "a"),
                    ("x" * 100 + "ab", "ab"), ("x" * 100, "xy"), ("héllo", "é"), ("héllo", "\xa9")]:
    print(needle in hay, hay.__contains__(needle), end=" ")
print()
print([w.capitalize() for w in ["", "a", "hELLO", "1abc", "ǆemal", "ßa", "éCOLE"]])
try:
    "x".capitalize(1)
except TypeError as e:
    print("TypeError", e)
try:
    "x".isdigit(k=1)
except TypeError as e:
    print("TypeError", e)
