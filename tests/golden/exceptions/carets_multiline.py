def build(a, b):
    return [a,
            b]


values = build(1, 2)
print(values)
result = values[0] + build(3,
                           4)[7]
