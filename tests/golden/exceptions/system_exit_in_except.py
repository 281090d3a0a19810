try:
    raise ValueError("original")
except ValueError:
    print("exiting from handler")
    raise SystemExit("stopping after error")
