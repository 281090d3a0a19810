def area(width, height):
    return width * height


print(area(2, 3))
try:
    area(2)
except TypeError as e:
    print("caught:", e)
total = area(2, height=3, depth=4)
