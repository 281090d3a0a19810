# await at module level is a syntax error
print("never")
await something()
