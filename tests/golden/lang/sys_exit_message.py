import sys
print("stdout first")
sys.exit("fatal: message goes to stderr")
