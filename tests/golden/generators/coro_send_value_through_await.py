# values sent into a coroutine arrive at the innermost yield in the awaited chain

class Ask:
    def __init__(self, q):
        self.q = q
    def __await__(self):
        answer = yield self.q
        return answer
async def dialog():
    name = await Ask("name?")
    age = await Ask("age?")
    return f"{name} is {age}"
c = dialog()
print(c.send(None))
print(c.send("Ann"))
try:
    c.send(30)
except StopIteration as e:
    print(e.value)
