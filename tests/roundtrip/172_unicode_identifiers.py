café = 1
π = 3.14
naïve = café + π
print(naïve)
