# unmatched '}'
d = {"a": 1}
e = d}
