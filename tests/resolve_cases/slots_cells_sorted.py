def outer(p_cell, p_plain):
    z_cell = 1
    a_plain = 2
    b_cell = 3
    def inner():
        return p_cell, z_cell, b_cell
    return inner
