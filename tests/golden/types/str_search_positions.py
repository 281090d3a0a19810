# str find/rfind/index/count/len/indexing with ranges on ASCII and non-ASCII text (character positions)
for s in ("abracadabra", "äbräcädäbrä", "x€y€z€", "", "😀a😀b😀"):
    print(repr(s), len(s), len(s), s[0] if s else None, s[-1] if s else None)
    for sub in ("a", "ä", "br", "brä", "€", "", "😀b", "zz"):
        print(" ", repr(sub), s.find(sub), s.rfind(sub), s.count(sub), s.find(sub, 2), s.rfind(sub, 1, -1),
              s.count(sub, 1, 5), s.find(sub, -3), s.find(sub, 20), s.count(sub, 20), s.rfind(sub, 0, 100))
print("aaaa".count("aa"), "aaa".find("aa", 1), "abc".index("c", -1), "a€b€".rindex("€", 0, 3))
try:
    "a€b".index("x")
except ValueError as e:
    print(e)
