record = {"id": 1}
print(record)
del recrod
