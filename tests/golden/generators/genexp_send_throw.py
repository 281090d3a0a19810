# generator expressions support send(None), throw and close like generators
gen = (i for i in range(5))
print(gen.send(None))
print(next(gen))
try:
    gen.throw(ValueError("into genexp"))
except ValueError as e:
    print("ValueError", e)
print(list(gen))
gen = (i for i in range(5))
next(gen)
gen.close()
print(list(gen))
