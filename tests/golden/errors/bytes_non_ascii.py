# bytes can only contain ASCII literal characters
data = b"café"
