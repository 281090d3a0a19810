# refpy: args --virtual-time --until-idle
# refpy: cpython-wrap timeout --preserve-status -s INT 4
# refpy: stdout-only
# refpy: source ../../../examples/minimal.py
