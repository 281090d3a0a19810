# refpy: xfail refpy reports generic aliases of built-in classes as not supported
print(list[int], dict[str, int], tuple[int, ...])
