# str subclass: methods return plain str, the value works wherever a str does
class Name(str):
    def initials(self):
        return "".join(w[0] for w in self.split())
n = Name("ada lovelace")
print(n, repr(n), n.initials(), n.upper(), type(n.upper()).__name__, n.title())
print(len(n), n[0], n[-3:], "love" in n, n.startswith("ada"), n + "!", "> " + n, n * 2)
print(n == "ada lovelace", {"ada lovelace": 1}[n], {n: 2}["ada lovelace"], hash(n) == hash("ada lovelace"))
print("-".join([n, Name("x")]), f"[{n}]", f"{n:>15}", "%s!" % n, str(n), type(str(n)).__name__)
print(sorted([Name("b"), Name("a")]), Name("3").isdigit(), int(Name("42")), getattr(str, Name("upper"))("q"))
print(isinstance(n, str), type(n).__name__, Name(), repr(Name()), Name(5), Name([1, 2]))
