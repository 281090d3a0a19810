kw = {'sep': '-'}
print(1, 2, **kw)
print(**kw)
print(1, **kw, end='')
print(*[1], **{'end': '\n'})
