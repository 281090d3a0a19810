try:
    undefined_thing
except NameError as e:
    print("caught:", e)
print(completely_unknown_name_here)
