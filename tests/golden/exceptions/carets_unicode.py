def greet(name):
    message = "héllo, ñandú " + name
    return message


print(greet("world"))
print("résumé:", greet(42))
