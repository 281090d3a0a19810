# leading comment
x = 1  # trailing comment

# between statements
def f(a,  # param comment
      b):
    # inside body
    return a + b  # end
    # after return


lst = [
    1,  # first
    # standalone in brackets
    2,
]
# final comment
