# expected an indented block after a function definition
def greet(name):
return "hi " + name

print(greet("bob"))
