a = b'ab' b'cd'
b = (b'x'
     rb'\y')
