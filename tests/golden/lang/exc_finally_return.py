def f():
    try:
        return "try"
    finally:
        print("finally runs before return")

def g():
    try:
        return "try"
    finally:
        return "finally wins"

def h():
    try:
        raise ValueError("lost")
    finally:
        return "swallowed"

def k():
    for i in range(3):
        try:
            if i == 1:
                break
        finally:
            print("finally", i)
    return i

def m():
    for i in range(3):
        try:
            continue
        finally:
            print("cont finally", i)

def n():
    x = 1
    try:
        return x
    finally:
        x = 2
print(f())
print(g())
print(h())
print(k())
m()
print(n())
def nested():
    try:
        try:
            return "inner"
        finally:
            print("inner finally")
    finally:
        print("outer finally")
print(nested())
