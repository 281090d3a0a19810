# sorted() of 1 000 000 ints in a scrambled order, then sort() with reverse and with a key
data = [(i * 7919 + 13) % 1000003 for i in range(1000000)]
s = sorted(data)
print(s[0], s[500000], s[-1])
data.sort(reverse=True)
print(data[0], data[-1])
small = data[:100000]
small.sort(key=lambda x: x % 1000)
print(small[0], small[-1])
