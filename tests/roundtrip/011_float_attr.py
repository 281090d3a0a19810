a = 1.5.is_integer()
b = 1 .bit_length()
c = (2).real
d = 1e3.real
