# bytes slicing with steps, negative bounds, slice objects and huge bounds
b = bytes(range(10))
for s in (slice(None, None, -1), slice(8, 2, -2), slice(-3, None), slice(None, -7), slice(1, 100, 3),
          slice(-100, 3), slice(5, 5), slice(9, 0, -3), slice(None, None, 4), slice(2**70, None), slice(-2**70, 2)):
    print(s, b[s])
print(b[len(b) - 1], b[-len(b)], b[3:][::-1][1:])
for bad in (slice(None, None, 0), slice("a", None)):
    try:
        b[bad]
    except (ValueError, TypeError) as e:
        print(type(e).__name__ + ":", e)
try:
    b[2**70]
except IndexError as e:
    print("IndexError:", e)
