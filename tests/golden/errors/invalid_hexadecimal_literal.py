# invalid hexadecimal literal
mask = 0xfg
