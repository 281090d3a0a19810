def bad():
    raise "just a string"


try:
    bad()
except TypeError as e:
    print("caught:", e)
raise 42
