# closing parenthesis '}' does not match opening parenthesis '[' on an earlier line
data = [
    1,
    2,
}
