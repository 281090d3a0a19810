# invalid character: typographic quote
print(“hello”)
