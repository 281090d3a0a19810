assert True
assert 1 == 1, "never shown"
try:
    assert False
except AssertionError as e:
    print(type(e).__name__, repr(e), e.args)
try:
    assert 1 > 2, "one is not greater"
except AssertionError as e:
    print(type(e).__name__, e, e.args)
try:
    assert [], ["a", "list", "message"]
except AssertionError as e:
    print(e.args)
calls = []
def msg():
    calls.append("msg evaluated")
    return "m"
assert True, msg()
print(calls)
try:
    assert 0, msg()
except AssertionError as e:
    print(e, calls)
x = 5
try:
    assert x < 0, f"x={x} must be negative"
except AssertionError as e:
    print(e)
