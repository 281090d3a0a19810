# Indexing str by position: ASCII and non-ASCII text, negative indexes, out of range, a long string.
s = "héllo wörld"
for i in range(-12, 12):
    try:
        print(i, s[i], "abc"[i % 3], "abc"[-1 - i % 3])
    except IndexError as e:
        print(i, e)
t = "x" * 200000
n = 0
for i in range(len(t)):
    if t[i] == "x":
        n += 1
print(n, t[-1], ""[0:0])
try:
    ""[0]
except IndexError as e:
    print(e)
print("€"[-1], "€a"[-2])
