# refpy: args --virtual-time --interrupt-after 6.5
# refpy: cpython-wrap timeout --preserve-status -s INT 6.5
# refpy: stdout-status-only
# refpy: source ../../../examples/async.py
