a = 0xff
b = 0XDEAD_BEEF
c = 0x0
print(a, b, c)
