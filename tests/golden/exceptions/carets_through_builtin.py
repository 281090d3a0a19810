def key(item):
    return item["rank"]


rows = [{"rank": 2}, {"rank": 1}]
print(sorted(rows, key=key))
rows.append({"name": "x"})
print(sorted(rows, key=key))
