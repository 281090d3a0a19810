# refpy: args --interrupt-after 3.5
# refpy: cpython-wrap timeout --preserve-status -s INT 3.5
# refpy: stdout-status-only
# refpy: source ../../../examples/minimal.py
