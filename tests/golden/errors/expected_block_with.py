# expected an indented block after 'with'
class Ctx:
    def __enter__(self): return self
    def __exit__(self, *a): return False
with Ctx() as c:
print(c)
