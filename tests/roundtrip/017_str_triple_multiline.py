a = '''line one
line two
    indented
'''
b = """
starts with newline"""
