# expected ':' after a class header
class Point(object)
    pass
