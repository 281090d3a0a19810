def parse(text):
    try:
        return int(text)
    except ValueError:
        raise RuntimeError("could not parse " + text)


print(parse("12"))
print(parse("abc"))
