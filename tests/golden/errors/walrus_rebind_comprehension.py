# assignment expression cannot rebind comprehension iteration variable
xs = [i := 0 for i in range(3)]
