# refpy: args --interrupt-after 5.5
# refpy: cpython-wrap timeout --preserve-status -s INT 5.5
# refpy: stdout-status-only
# refpy: source ../../../examples/async.py
