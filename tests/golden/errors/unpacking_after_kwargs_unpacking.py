# iterable argument unpacking follows keyword argument unpacking
args = [1]
kwargs = {}
print(**kwargs, *args)
