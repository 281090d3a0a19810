def risky():
    raise ValueError("original problem")


try:
    risky()
except UndefinedErrorType:
    print("never")
