words = ["hello world", "HELLO", "Hello World", "hELLO wORLD", "they're bill's", "", "123abc", "a1b2", "ß", "ǅx", "ŉ"]
for w in words:
    print(repr(w), repr(w.upper()), repr(w.lower()), repr(w.title()), repr(w.capitalize()), repr(w.swapcase()))
    print(" ", w.isupper(), w.islower(), w.istitle(), w.isalpha(), w.isdigit(), w.isalnum(), w.isspace(), w.isdecimal(), w.isnumeric(), w.isidentifier())
for w in [" ", "\t\n", "", "½", "²", "٣", "abc_1", "1abc", "_", "x y"]:
    print(repr(w), w.isspace(), w.isdigit(), w.isdecimal(), w.isnumeric(), w.isalnum(), w.isidentifier(), w.isprintable())
print("abc".casefold(), "ẞ".casefold())
