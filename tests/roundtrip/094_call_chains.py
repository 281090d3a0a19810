s = ' a b '
x = s.strip().split(' ')[0].upper()
y = (s + 'x').strip()
z = str(1).zfill(3)[::-1]
