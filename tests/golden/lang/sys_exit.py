import sys
print("before exit")
try:
    sys.exit(3)
except SystemExit as e:
    print("caught SystemExit", e.code, e.args)
try:
    sys.exit()
except SystemExit as e:
    print("no arg", e.code)
try:
    sys.exit("message")
except SystemExit as e:
    print("str arg", e.code)
def cleanup():
    try:
        sys.exit(4)
    finally:
        print("finally runs on exit")
cleanup()
print("not reached")
