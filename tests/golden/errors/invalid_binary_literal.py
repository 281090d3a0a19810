# invalid digit in a binary literal
bits = 0b102
