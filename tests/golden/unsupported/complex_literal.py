# refpy: xfail refpy reports this construct as not supported
z = 1 + 2j
print(z)
print(z.real, z.imag)
print(z * 1j)
