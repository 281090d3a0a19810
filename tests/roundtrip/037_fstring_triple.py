x = 1
a = f'''multi
line {x}
'''
b = f"""{x}"""
