s = 'Hello, World'
print(s.lower().replace('o', '0').split(', ')[-1][::-1])
print('%s=%d' % ('x', 1), '{}-{}'.format(1, 2))
