config = {"host": "localhost", "port": 8080}
print(config["host"])
items = [1, 2, 3]
print(items[2])
value = items[1] + config["missing"]
