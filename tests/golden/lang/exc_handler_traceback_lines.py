def div(a, b):
    return a / b

def compute(values):
    total = 0
    for v in values:
        total += div(10, v)
    return total

try:
    compute([1, 2, 0])
except ZeroDivisionError as e:
    tb = e.__traceback__
    lines = []
    while tb is not None:
        lines.append((tb.tb_frame.f_code.co_name, tb.tb_lineno))
        tb = tb.tb_next
    print(lines)
compute([5, 0])
