# nonlocal declaration not allowed at module level
print("start")
nonlocal x
