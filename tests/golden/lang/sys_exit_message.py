# refpy: xfail sys.exit is missing (a string argument should go to stderr with status 1)
import sys
print("stdout first")
sys.exit("fatal: message goes to stderr")
