# refpy: args --pretty-errors
# refpy: stdout-status-only
# The pretty renderer differs from CPython on stderr, so only stdout and the status count.
x = 1 +
