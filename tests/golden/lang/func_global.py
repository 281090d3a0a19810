counter = 0
def inc():
    global counter
    counter += 1
    return counter
print(inc(), inc(), counter)

def make_new():
    global brand_new
    brand_new = "created"
make_new()
print(brand_new)

x = "global"
def shadow():
    x = "local"
    return x
print(shadow(), x)

def reads():
    return x
print(reads())

def unbound_local():
    try:
        print(x)
    except UnboundLocalError as e:
        print(type(e).__name__, e)
    x = 1
unbound_local()

def del_global():
    global brand_new
    del brand_new
del_global()
try:
    brand_new
except NameError as e:
    print(type(e).__name__, e)
try:
    undefined_name
except NameError as e:
    print(type(e).__name__, e)
