# invalid digit in an octal literal
mode = 0o789
