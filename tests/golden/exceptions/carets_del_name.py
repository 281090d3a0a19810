def drop():
    item = 1
    del item
    del item


drop()
