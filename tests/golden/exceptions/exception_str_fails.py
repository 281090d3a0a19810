class Weird(Exception):
    def __str__(self):
        raise RuntimeError("no str")


raise Weird("x")
