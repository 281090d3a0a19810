# CPython 3.11's limit on digits for int<->str conversions: int(), str(), repr, format, %, and sys.set_int_max_str_digits
import sys

print(sys.get_int_max_str_digits())
for text in ["1" * 4300, "1" * 4301, "-" + "1" * 4301, "1_" * 2500 + "1", "1" * 5000 + "x", "0" * 4301, " " + "7" * 4301 + " "]:
    try:
        n = int(text)
        print("ok", len(str(n)))
    except ValueError as e:
        print("ValueError:", e)
print(int("1" * 5000, 16) > 0, int("0x" + "f" * 5000, 0) > 0, int("1" * 5000, 2) > 0)
try:
    int("1" * 4301, 36)
except ValueError as e:
    print("ValueError:", e)
big = 10**4300
for conv in (str, repr, lambda n: f"{n}", lambda n: "%d" % n, lambda n: format(n, ","), lambda n: f"{n:x}"[:5]):
    try:
        print(len(conv(big)))
    except ValueError as e:
        print("ValueError:", e)
print(len(str(-(10**4299))))
try:
    sys.set_int_max_str_digits(5)
except ValueError as e:
    print("ValueError:", e)
try:
    sys.set_int_max_str_digits("x")
except TypeError as e:
    print("TypeError:", e)
sys.set_int_max_str_digits(640)
print(sys.get_int_max_str_digits())
try:
    str(10**640)
except ValueError as e:
    print("ValueError:", e)
sys.set_int_max_str_digits(maxdigits=0)
print(len(str(10**5000)), int("9" * 5000) % 7)
