# str workload: building with join and f-strings, split, replace, find, case methods, slicing, in
parts = []
for i in range(100000):
    parts.append(f"item{i}:{i * 3}")
text = ",".join(parts)
fields = text.split(",")
total = 0
for f in fields:
    name, value = f.split(":")
    total += int(value) + len(name)
up = text.upper()
rep = text.replace("item", "it")
count = 0
pos = text.find("item5")
while pos != -1 and count < 5000:
    count += 1
    pos = text.find("item5", pos + 1)
s = ""
for i in range(50000):
    s += "ab"
words = ("alpha beta gamma delta " * 20000).split()
caps = [w.capitalize() for w in words[:50000]]
hits = sum(1 for w in words if "mm" in w)
stripped = [("  " + w + "  ").strip() for w in words[:50000]]
print(len(text), total, len(up), len(rep), count, len(s), len(caps), hits, stripped[3], text[10:20], up.count("ITEM9"))
