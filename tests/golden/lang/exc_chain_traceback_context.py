# refpy: xfail an exception raised by the runtime (here NameError) inside a handler gets no __context__, so the 'During handling of the above exception' report is missing; caret markers are missing too
def handler():
    try:
        1 / 0
    except ZeroDivisionError:
        undefined_function()

print("before")
handler()
