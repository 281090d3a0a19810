a = 1; b = 2; c = a + b
if a: b = 3; c = 4
for i in range(2): pass; a += i
x = 1;
