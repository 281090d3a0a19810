# f-string: empty expression not allowed
s = f"value {}"
