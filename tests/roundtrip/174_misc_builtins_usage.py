x = dict(a=1, **{'b': 2})
y = sorted(x.items(), key=lambda kv: (-kv[1], kv[0]))
z = isinstance(x, (dict, list)) and not isinstance(x, str)
print(*y, sep='\n')
