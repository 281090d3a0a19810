def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

def f0():
    a = [0, 1]
    a[5:5:3] = ['a', 'b']
    return a
t(f0)
def g0():
    a = [0, 1]
    del a[5:5:3]
    return a
t(g0)
t(lambda: [0, 1][5:5:3])
t(lambda: tuple([0, 1])[5:5:3])
t(lambda: range(2)[5:5:3])
t(lambda: list(range(1, 7, 2)[5:5:3]))
def h0():
    a = [0, 1]
    a.insert(-7, 'I')
    return a, a.pop(2), a
t(h0)
t(lambda: [0, 1].index(9, 10, 1))
t(lambda: tuple([0, 1]).index(1, None))
t(lambda: [0, 1] < [])
t(lambda: [0, 1] * -2)
def f1():
    a = [0, 1, 2, 3, 4, 5]
    a[0:1:0] = (9,)
    return a
t(f1)
def g1():
    a = [0, 1, 2, 3, 4, 5]
    del a[0:1:0]
    return a
t(g1)
t(lambda: [0, 1, 2, 3, 4, 5][0:1:0])
t(lambda: tuple([0, 1, 2, 3, 4, 5])[0:1:0])
t(lambda: range(6)[0:1:0])
t(lambda: list(range(1, 11, 2)[0:1:0]))
def h1():
    a = [0, 1, 2, 3, 4, 5]
    a.insert(2, 'I')
    return a, a.pop(2), a
t(h1)
t(lambda: [0, 1, 2, 3, 4, 5].index(0, 5, 5))
t(lambda: tuple([0, 1, 2, 3, 4, 5]).index(9, None))
t(lambda: [0, 1, 2, 3, 4, 5] < [5, 7])
t(lambda: [0, 1, 2, 3, 4, 5] * 0)
def f2():
    a = [0, 1, 2, 3, 4]
    a[None:1:3] = (9,)
    return a
t(f2)
def g2():
    a = [0, 1, 2, 3, 4]
    del a[None:1:3]
    return a
t(g2)
t(lambda: [0, 1, 2, 3, 4][None:1:3])
t(lambda: tuple([0, 1, 2, 3, 4])[None:1:3])
t(lambda: range(5)[None:1:3])
t(lambda: list(range(1, 10, 2)[None:1:3]))
def h2():
    a = [0, 1, 2, 3, 4]
    a.insert(0, 'I')
    return a, a.pop(0), a
t(h2)
t(lambda: [0, 1, 2, 3, 4].index(0, -7, 1))
t(lambda: tuple([0, 1, 2, 3, 4]).index(3, 5))
t(lambda: [0, 1, 2, 3, 4] < [1, 2, 5])
t(lambda: [0, 1, 2, 3, 4] * None)
def f3():
    a = [0, 1, 2, 3, 4, 5, 6]
    a[2:0:0] = ['a']
    return a
t(f3)
def g3():
    a = [0, 1, 2, 3, 4, 5, 6]
    del a[2:0:0]
    return a
t(g3)
t(lambda: [0, 1, 2, 3, 4, 5, 6][2:0:0])
t(lambda: tuple([0, 1, 2, 3, 4, 5, 6])[2:0:0])
t(lambda: range(7)[2:0:0])
t(lambda: list(range(1, 12, 2)[2:0:0]))
def h3():
    a = [0, 1, 2, 3, 4, 5, 6]
    a.insert(2, 'I')
    return a, a.pop(True), a
t(h3)
t(lambda: [0, 1, 2, 3, 4, 5, 6].index(0, 0, 10))
t(lambda: tuple([0, 1, 2, 3, 4, 5, 6]).index(9, 10))
t(lambda: [0, 1, 2, 3, 4, 5, 6] < [1, 2, 3])
t(lambda: [0, 1, 2, 3, 4, 5, 6] * 10)
def f4():
    a = [0, 1, 2, 3, 4, 5]
    a[-1:-2:-1] = range(3)
    return a
t(f4)
def g4():
    a = [0, 1, 2, 3, 4, 5]
    del a[-1:-2:-1]
    return a
t(g4)
t(lambda: [0, 1, 2, 3, 4, 5][-1:-2:-1])
t(lambda: tuple([0, 1, 2, 3, 4, 5])[-1:-2:-1])
t(lambda: range(6)[-1:-2:-1])
t(lambda: list(range(1, 11, 2)[-1:-2:-1]))
def h4():
    a = [0, 1, 2, 3, 4, 5]
    a.insert(5, 'I')
    return a, a.pop(-2), a
t(h4)
t(lambda: [0, 1, 2, 3, 4, 5].index(9, 5, -1))
t(lambda: tuple([0, 1, 2, 3, 4, 5]).index(0, 0))
t(lambda: [0, 1, 2, 3, 4, 5] < [7])
t(lambda: [0, 1, 2, 3, 4, 5] * None)
def f5():
    a = [0, 1, 2, 3, 4, 5, 6]
    a[0:10:-2] = 5
    return a
t(f5)
def g5():
    a = [0, 1, 2, 3, 4, 5, 6]
    del a[0:10:-2]
    return a
t(g5)
t(lambda: [0, 1, 2, 3, 4, 5, 6][0:10:-2])
t(lambda: tuple([0, 1, 2, 3, 4, 5, 6])[0:10:-2])
t(lambda: range(7)[0:10:-2])
t(lambda: list(range(1, 12, 2)[0:10:-2]))
def h5():
    a = [0, 1, 2, 3, 4, 5, 6]
    a.insert(10, 'I')
    return a, a.pop(2), a
t(h5)
t(lambda: [0, 1, 2, 3, 4, 5, 6].index(3, 10, True))
t(lambda: tuple([0, 1, 2, 3, 4, 5, 6]).index(0, 1))
t(lambda: [0, 1, 2, 3, 4, 5, 6] < [5])
t(lambda: [0, 1, 2, 3, 4, 5, 6] * -2)
def f6():
    a = [0, 1, 2, 3, 4]
    a[True:-1:1] = []
    return a
t(f6)
def g6():
    a = [0, 1, 2, 3, 4]
    del a[True:-1:1]
    return a
t(g6)
t(lambda: [0, 1, 2, 3, 4][True:-1:1])
t(lambda: tuple([0, 1, 2, 3, 4])[True:-1:1])
t(lambda: range(5)[True:-1:1])
t(lambda: list(range(1, 10, 2)[True:-1:1]))
def h6():
    a = [0, 1, 2, 3, 4]
    a.insert(1, 'I')
    return a, a.pop(0), a
t(h6)
t(lambda: [0, 1, 2, 3, 4].index(1, 5, -2))
t(lambda: tuple([0, 1, 2, 3, 4]).index(1, None))
t(lambda: [0, 1, 2, 3, 4] < [1, 3, 4, 7])
t(lambda: [0, 1, 2, 3, 4] * None)
def f7():
    a = [0, 1, 2, 3, 4]
    a[-7:10:-1] = 5
    return a
t(f7)
def g7():
    a = [0, 1, 2, 3, 4]
    del a[-7:10:-1]
    return a
t(g7)
t(lambda: [0, 1, 2, 3, 4][-7:10:-1])
t(lambda: tuple([0, 1, 2, 3, 4])[-7:10:-1])
t(lambda: range(5)[-7:10:-1])
t(lambda: list(range(1, 10, 2)[-7:10:-1]))
def h7():
    a = [0, 1, 2, 3, 4]
    a.insert(2, 'I')
    return a, a.pop(2), a
t(h7)
t(lambda: [0, 1, 2, 3, 4].index(1, 10, 0))
t(lambda: tuple([0, 1, 2, 3, 4]).index(9, 5))
t(lambda: [0, 1, 2, 3, 4] < [0, 2, 6])
t(lambda: [0, 1, 2, 3, 4] * None)
def f8():
    a = [0, 1, 2, 3]
    a[-1:None:-1] = ['a']
    return a
t(f8)
def g8():
    a = [0, 1, 2, 3]
    del a[-1:None:-1]
    return a
t(g8)
t(lambda: [0, 1, 2, 3][-1:None:-1])
t(lambda: tuple([0, 1, 2, 3])[-1:None:-1])
t(lambda: range(4)[-1:None:-1])
t(lambda: list(range(1, 9, 2)[-1:None:-1]))
def h8():
    a = [0, 1, 2, 3]
    a.insert(1, 'I')
    return a, a.pop(5), a
t(h8)
t(lambda: [0, 1, 2, 3].index(0, -2, 1))
t(lambda: tuple([0, 1, 2, 3]).index(1, -7))
t(lambda: [0, 1, 2, 3] < [])
t(lambda: [0, 1, 2, 3] * -1)
def f9():
    a = [0, 1]
    a[10:-7:None] = ['a']
    return a
t(f9)
def g9():
    a = [0, 1]
    del a[10:-7:None]
    return a
t(g9)
t(lambda: [0, 1][10:-7:None])
t(lambda: tuple([0, 1])[10:-7:None])
t(lambda: range(2)[10:-7:None])
t(lambda: list(range(1, 7, 2)[10:-7:None]))
def h9():
    a = [0, 1]
    a.insert(-2, 'I')
    return a, a.pop(1), a
t(h9)
t(lambda: [0, 1].index(3, True, 5))
t(lambda: tuple([0, 1]).index(9, True))
t(lambda: [0, 1] < [1, 4, 7])
t(lambda: [0, 1] * True)
def f10():
    a = [0, 1, 2, 3]
    a[1:None:-1] = 5
    return a
t(f10)
def g10():
    a = [0, 1, 2, 3]
    del a[1:None:-1]
    return a
t(g10)
t(lambda: [0, 1, 2, 3][1:None:-1])
t(lambda: tuple([0, 1, 2, 3])[1:None:-1])
t(lambda: range(4)[1:None:-1])
t(lambda: list(range(1, 9, 2)[1:None:-1]))
def h10():
    a = [0, 1, 2, 3]
    a.insert(1, 'I')
    return a, a.pop(None), a
t(h10)
t(lambda: [0, 1, 2, 3].index(3, True, -2))
t(lambda: tuple([0, 1, 2, 3]).index(1, True))
t(lambda: [0, 1, 2, 3] < [3, 4, 5])
t(lambda: [0, 1, 2, 3] * 1)
def f11():
    a = [0, 1]
    a[1:0:-1] = []
    return a
t(f11)
def g11():
    a = [0, 1]
    del a[1:0:-1]
    return a
t(g11)
t(lambda: [0, 1][1:0:-1])
t(lambda: tuple([0, 1])[1:0:-1])
t(lambda: range(2)[1:0:-1])
t(lambda: list(range(1, 7, 2)[1:0:-1]))
def h11():
    a = [0, 1]
    a.insert(1, 'I')
    return a, a.pop(None), a
t(h11)
t(lambda: [0, 1].index(9, 1, 0))
t(lambda: tuple([0, 1]).index(0, -1))
t(lambda: [0, 1] < [4])
t(lambda: [0, 1] * 10)
def f12():
    a = [0, 1, 2, 3, 4]
    a[5:-7:1] = range(3)
    return a
t(f12)
def g12():
    a = [0, 1, 2, 3, 4]
    del a[5:-7:1]
    return a
t(g12)
t(lambda: [0, 1, 2, 3, 4][5:-7:1])
t(lambda: tuple([0, 1, 2, 3, 4])[5:-7:1])
t(lambda: range(5)[5:-7:1])
t(lambda: list(range(1, 10, 2)[5:-7:1]))
def h12():
    a = [0, 1, 2, 3, 4]
    a.insert(1, 'I')
    return a, a.pop(1), a
t(h12)
t(lambda: [0, 1, 2, 3, 4].index(1, 5, 2))
t(lambda: tuple([0, 1, 2, 3, 4]).index(0, True))
t(lambda: [0, 1, 2, 3, 4] < [0, 3, 6, 7])
t(lambda: [0, 1, 2, 3, 4] * -7)
def f13():
    a = [0]
    a[5:True:1] = (9,)
    return a
t(f13)
def g13():
    a = [0]
    del a[5:True:1]
    return a
t(g13)
t(lambda: [0][5:True:1])
t(lambda: tuple([0])[5:True:1])
t(lambda: range(1)[5:True:1])
t(lambda: list(range(1, 6, 2)[5:True:1]))
def h13():
    a = [0]
    a.insert(2, 'I')
    return a, a.pop(-1), a
t(h13)
t(lambda: [0].index(3, None, 2))
t(lambda: tuple([0]).index(9, 1))
t(lambda: [0] < [4, 6])
t(lambda: [0] * 10)
def f14():
    a = [0, 1, 2, 3, 4, 5, 6]
    a[True:0:-2] = range(3)
    return a
t(f14)
def g14():
    a = [0, 1, 2, 3, 4, 5, 6]
    del a[True:0:-2]
    return a
t(g14)
t(lambda: [0, 1, 2, 3, 4, 5, 6][True:0:-2])
t(lambda: tuple([0, 1, 2, 3, 4, 5, 6])[True:0:-2])
t(lambda: range(7)[True:0:-2])
t(lambda: list(range(1, 12, 2)[True:0:-2]))
def h14():
    a = [0, 1, 2, 3, 4, 5, 6]
    a.insert(None, 'I')
    return a, a.pop(10), a
t(h14)
t(lambda: [0, 1, 2, 3, 4, 5, 6].index(3, 10, -1))
t(lambda: tuple([0, 1, 2, 3, 4, 5, 6]).index(3, True))
t(lambda: [0, 1, 2, 3, 4, 5, 6] < [0, 2, 3, 4])
t(lambda: [0, 1, 2, 3, 4, 5, 6] * 2)
def f15():
    a = [0, 1, 2, 3, 4]
    a[0:-2:3] = 'xyz'
    return a
t(f15)
def g15():
    a = [0, 1, 2, 3, 4]
    del a[0:-2:3]
    return a
t(g15)
t(lambda: [0, 1, 2, 3, 4][0:-2:3])
t(lambda: tuple([0, 1, 2, 3, 4])[0:-2:3])
t(lambda: range(5)[0:-2:3])
t(lambda: list(range(1, 10, 2)[0:-2:3]))
def h15():
    a = [0, 1, 2, 3, 4]
    a.insert(0, 'I')
    return a, a.pop(0), a
t(h15)
t(lambda: [0, 1, 2, 3, 4].index(0, -7, 10))
t(lambda: tuple([0, 1, 2, 3, 4]).index(0, -7))
t(lambda: [0, 1, 2, 3, 4] < [0, 3, 6])
t(lambda: [0, 1, 2, 3, 4] * 2)
def f16():
    a = []
    a[None:5:None] = ['a']
    return a
t(f16)
def g16():
    a = []
    del a[None:5:None]
    return a
t(g16)
t(lambda: [][None:5:None])
t(lambda: tuple([])[None:5:None])
t(lambda: range(0)[None:5:None])
t(lambda: list(range(1, 5, 2)[None:5:None]))
def h16():
    a = []
    a.insert(-1, 'I')
    return a, a.pop(True), a
t(h16)
t(lambda: [].index(9, 5, -7))
t(lambda: tuple([]).index(1, 5))
t(lambda: [] < [1, 3, 5])
t(lambda: [] * 0)
def f17():
    a = []
    a[-7:1:-1] = ['a', 'b']
    return a
t(f17)
def g17():
    a = []
    del a[-7:1:-1]
    return a
t(g17)
t(lambda: [][-7:1:-1])
t(lambda: tuple([])[-7:1:-1])
t(lambda: range(0)[-7:1:-1])
t(lambda: list(range(1, 5, 2)[-7:1:-1]))
def h17():
    a = []
    a.insert(True, 'I')
    return a, a.pop(2), a
t(h17)
t(lambda: [].index(9, True, True))
t(lambda: tuple([]).index(3, 2))
t(lambda: [] < [2, 3, 7])
t(lambda: [] * True)
def f18():
    a = [0, 1, 2, 3, 4, 5]
    a[10:None:1] = ['a', 'b']
    return a
t(f18)
def g18():
    a = [0, 1, 2, 3, 4, 5]
    del a[10:None:1]
    return a
t(g18)
t(lambda: [0, 1, 2, 3, 4, 5][10:None:1])
t(lambda: tuple([0, 1, 2, 3, 4, 5])[10:None:1])
t(lambda: range(6)[10:None:1])
t(lambda: list(range(1, 11, 2)[10:None:1]))
def h18():
    a = [0, 1, 2, 3, 4, 5]
    a.insert(2, 'I')
    return a, a.pop(-1), a
t(h18)
t(lambda: [0, 1, 2, 3, 4, 5].index(9, 1, 0))
t(lambda: tuple([0, 1, 2, 3, 4, 5]).index(1, 0))
t(lambda: [0, 1, 2, 3, 4, 5] < [3, 4, 5, 7])
t(lambda: [0, 1, 2, 3, 4, 5] * 0)
def f19():
    a = [0, 1]
    a[5:2:3] = ['a', 'b']
    return a
t(f19)
def g19():
    a = [0, 1]
    del a[5:2:3]
    return a
t(g19)
t(lambda: [0, 1][5:2:3])
t(lambda: tuple([0, 1])[5:2:3])
t(lambda: range(2)[5:2:3])
t(lambda: list(range(1, 7, 2)[5:2:3]))
def h19():
    a = [0, 1]
    a.insert(-2, 'I')
    return a, a.pop(True), a
t(h19)
t(lambda: [0, 1].index(1, -1, 0))
t(lambda: tuple([0, 1]).index(0, -2))
t(lambda: [0, 1] < [1, 4, 6, 7])
t(lambda: [0, 1] * 2)
def f20():
    a = [0, 1, 2]
    a[True:-1:3] = 'xyz'
    return a
t(f20)
def g20():
    a = [0, 1, 2]
    del a[True:-1:3]
    return a
t(g20)
t(lambda: [0, 1, 2][True:-1:3])
t(lambda: tuple([0, 1, 2])[True:-1:3])
t(lambda: range(3)[True:-1:3])
t(lambda: list(range(1, 8, 2)[True:-1:3]))
def h20():
    a = [0, 1, 2]
    a.insert(1, 'I')
    return a, a.pop(5), a
t(h20)
t(lambda: [0, 1, 2].index(9, 5, 5))
t(lambda: tuple([0, 1, 2]).index(9, True))
t(lambda: [0, 1, 2] < [2, 5])
t(lambda: [0, 1, 2] * 5)
def f21():
    a = [0, 1, 2, 3]
    a[0:2:1] = []
    return a
t(f21)
def g21():
    a = [0, 1, 2, 3]
    del a[0:2:1]
    return a
t(g21)
t(lambda: [0, 1, 2, 3][0:2:1])
t(lambda: tuple([0, 1, 2, 3])[0:2:1])
t(lambda: range(4)[0:2:1])
t(lambda: list(range(1, 9, 2)[0:2:1]))
def h21():
    a = [0, 1, 2, 3]
    a.insert(-2, 'I')
    return a, a.pop(-2), a
t(h21)
t(lambda: [0, 1, 2, 3].index(0, 0, 10))
t(lambda: tuple([0, 1, 2, 3]).index(0, 5))
t(lambda: [0, 1, 2, 3] < [1, 3, 5, 7])
t(lambda: [0, 1, 2, 3] * None)
def f22():
    a = [0, 1]
    a[0:-1:1] = 'xyz'
    return a
t(f22)
def g22():
    a = [0, 1]
    del a[0:-1:1]
    return a
t(g22)
t(lambda: [0, 1][0:-1:1])
t(lambda: tuple([0, 1])[0:-1:1])
t(lambda: range(2)[0:-1:1])
t(lambda: list(range(1, 7, 2)[0:-1:1]))
def h22():
    a = [0, 1]
    a.insert(-2, 'I')
    return a, a.pop(None), a
t(h22)
t(lambda: [0, 1].index(3, 1, 1))
t(lambda: tuple([0, 1]).index(9, 10))
t(lambda: [0, 1] < [])
t(lambda: [0, 1] * -1)
def f23():
    a = [0, 1, 2]
    a[5:5:-2] = ['a']
    return a
t(f23)
def g23():
    a = [0, 1, 2]
    del a[5:5:-2]
    return a
t(g23)
t(lambda: [0, 1, 2][5:5:-2])
t(lambda: tuple([0, 1, 2])[5:5:-2])
t(lambda: range(3)[5:5:-2])
t(lambda: list(range(1, 8, 2)[5:5:-2]))
def h23():
    a = [0, 1, 2]
    a.insert(2, 'I')
    return a, a.pop(True), a
t(h23)
t(lambda: [0, 1, 2].index(9, None, True))
t(lambda: tuple([0, 1, 2]).index(0, 0))
t(lambda: [0, 1, 2] < [0, 1, 3])
t(lambda: [0, 1, 2] * -7)
def f24():
    a = [0, 1, 2, 3, 4, 5, 6]
    a[-7:-2:1] = ['a', 'b']
    return a
t(f24)
def g24():
    a = [0, 1, 2, 3, 4, 5, 6]
    del a[-7:-2:1]
    return a
t(g24)
t(lambda: [0, 1, 2, 3, 4, 5, 6][-7:-2:1])
t(lambda: tuple([0, 1, 2, 3, 4, 5, 6])[-7:-2:1])
t(lambda: range(7)[-7:-2:1])
t(lambda: list(range(1, 12, 2)[-7:-2:1]))
def h24():
    a = [0, 1, 2, 3, 4, 5, 6]
    a.insert(1, 'I')
    return a, a.pop(-2), a
t(h24)
t(lambda: [0, 1, 2, 3, 4, 5, 6].index(3, -1, None))
t(lambda: tuple([0, 1, 2, 3, 4, 5, 6]).index(0, 0))
t(lambda: [0, 1, 2, 3, 4, 5, 6] < [1])
t(lambda: [0, 1, 2, 3, 4, 5, 6] * 2)
def f25():
    a = [0, 1, 2, 3, 4]
    a[-1:-2:None] = ['a']
    return a
t(f25)
def g25():
    a = [0, 1, 2, 3, 4]
    del a[-1:-2:None]
    return a
t(g25)
t(lambda: [0, 1, 2, 3, 4][-1:-2:None])
t(lambda: tuple([0, 1, 2, 3, 4])[-1:-2:None])
t(lambda: range(5)[-1:-2:None])
t(lambda: list(range(1, 10, 2)[-1:-2:None]))
def h25():
    a = [0, 1, 2, 3, 4]
    a.insert(None, 'I')
    return a, a.pop(True), a
t(h25)
t(lambda: [0, 1, 2, 3, 4].index(9, -1, 5))
t(lambda: tuple([0, 1, 2, 3, 4]).index(1, None))
t(lambda: [0, 1, 2, 3, 4] < [])
t(lambda: [0, 1, 2, 3, 4] * 2)
def f26():
    a = [0, 1, 2, 3, 4]
    a[10:-1:-1] = ['a']
    return a
t(f26)
def g26():
    a = [0, 1, 2, 3, 4]
    del a[10:-1:-1]
    return a
t(g26)
t(lambda: [0, 1, 2, 3, 4][10:-1:-1])
t(lambda: tuple([0, 1, 2, 3, 4])[10:-1:-1])
t(lambda: range(5)[10:-1:-1])
t(lambda: list(range(1, 10, 2)[10:-1:-1]))
def h26():
    a = [0, 1, 2, 3, 4]
    a.insert(2, 'I')
    return a, a.pop(10), a
t(h26)
t(lambda: [0, 1, 2, 3, 4].index(9, 0, -2))
t(lambda: tuple([0, 1, 2, 3, 4]).index(1, 2))
t(lambda: [0, 1, 2, 3, 4] < [0, 2, 4, 5])
t(lambda: [0, 1, 2, 3, 4] * 10)
def f27():
    a = [0, 1]
    a[None:-2:-1] = 'xyz'
    return a
t(f27)
def g27():
    a = [0, 1]
    del a[None:-2:-1]
    return a
t(g27)
t(lambda: [0, 1][None:-2:-1])
t(lambda: tuple([0, 1])[None:-2:-1])
t(lambda: range(2)[None:-2:-1])
t(lambda: list(range(1, 7, 2)[None:-2:-1]))
def h27():
    a = [0, 1]
    a.insert(1, 'I')
    return a, a.pop(-7), a
t(h27)
t(lambda: [0, 1].index(0, -1, None))
t(lambda: tuple([0, 1]).index(1, True))
t(lambda: [0, 1] < [1, 2, 3, 7])
t(lambda: [0, 1] * -7)
def f28():
    a = [0, 1, 2, 3, 4]
    a[None:-2:1] = range(3)
    return a
t(f28)
def g28():
    a = [0, 1, 2, 3, 4]
    del a[None:-2:1]
    return a
t(g28)
t(lambda: [0, 1, 2, 3, 4][None:-2:1])
t(lambda: tuple([0, 1, 2, 3, 4])[None:-2:1])
t(lambda: range(5)[None:-2:1])
t(lambda: list(range(1, 10, 2)[None:-2:1]))
def h28():
    a = [0, 1, 2, 3, 4]
    a.insert(-1, 'I')
    return a, a.pop(True), a
t(h28)
t(lambda: [0, 1, 2, 3, 4].index(0, 5, 1))
t(lambda: tuple([0, 1, 2, 3, 4]).index(1, 10))
t(lambda: [0, 1, 2, 3, 4] < [1, 4, 6, 7])
t(lambda: [0, 1, 2, 3, 4] * 10)
def f29():
    a = [0, 1, 2, 3]
    a[-7:-2:None] = ['a']
    return a
t(f29)
def g29():
    a = [0, 1, 2, 3]
    del a[-7:-2:None]
    return a
t(g29)
t(lambda: [0, 1, 2, 3][-7:-2:None])
t(lambda: tuple([0, 1, 2, 3])[-7:-2:None])
t(lambda: range(4)[-7:-2:None])
t(lambda: list(range(1, 9, 2)[-7:-2:None]))
def h29():
    a = [0, 1, 2, 3]
    a.insert(5, 'I')
    return a, a.pop(True), a
t(h29)
t(lambda: [0, 1, 2, 3].index(1, -2, 10))
t(lambda: tuple([0, 1, 2, 3]).index(3, True))
t(lambda: [0, 1, 2, 3] < [0])
t(lambda: [0, 1, 2, 3] * 5)
def f30():
    a = []
    a[2:0:1] = range(3)
    return a
t(f30)
def g30():
    a = []
    del a[2:0:1]
    return a
t(g30)
t(lambda: [][2:0:1])
t(lambda: tuple([])[2:0:1])
t(lambda: range(0)[2:0:1])
t(lambda: list(range(1, 5, 2)[2:0:1]))
def h30():
    a = []
    a.insert(10, 'I')
    return a, a.pop(-2), a
t(h30)
t(lambda: [].index(3, 0, 1))
t(lambda: tuple([]).index(1, 5))
t(lambda: [] < [1, 3, 6, 7])
t(lambda: [] * 2)
def f31():
    a = [0, 1, 2, 3]
    a[1:5:0] = 'xyz'
    return a
t(f31)
def g31():
    a = [0, 1, 2, 3]
    del a[1:5:0]
    return a
t(g31)
t(lambda: [0, 1, 2, 3][1:5:0])
t(lambda: tuple([0, 1, 2, 3])[1:5:0])
t(lambda: range(4)[1:5:0])
t(lambda: list(range(1, 9, 2)[1:5:0]))
def h31():
    a = [0, 1, 2, 3]
    a.insert(2, 'I')
    return a, a.pop(-7), a
t(h31)
t(lambda: [0, 1, 2, 3].index(9, -1, None))
t(lambda: tuple([0, 1, 2, 3]).index(9, 2))
t(lambda: [0, 1, 2, 3] < [])
t(lambda: [0, 1, 2, 3] * -2)
def f32():
    a = [0, 1, 2, 3, 4, 5, 6]
    a[-1:1:3] = ['a']
    return a
t(f32)
def g32():
    a = [0, 1, 2, 3, 4, 5, 6]
    del a[-1:1:3]
    return a
t(g32)
t(lambda: [0, 1, 2, 3, 4, 5, 6][-1:1:3])
t(lambda: tuple([0, 1, 2, 3, 4, 5, 6])[-1:1:3])
t(lambda: range(7)[-1:1:3])
t(lambda: list(range(1, 12, 2)[-1:1:3]))
def h32():
    a = [0, 1, 2, 3, 4, 5, 6]
    a.insert(1, 'I')
    return a, a.pop(5), a
t(h32)
t(lambda: [0, 1, 2, 3, 4, 5, 6].index(1, 5, None))
t(lambda: tuple([0, 1, 2, 3, 4, 5, 6]).index(0, True))
t(lambda: [0, 1, 2, 3, 4, 5, 6] < [1, 7])
t(lambda: [0, 1, 2, 3, 4, 5, 6] * -7)
def f33():
    a = [0, 1, 2]
    a[10:-7:3] = []
    return a
t(f33)
def g33():
    a = [0, 1, 2]
    del a[10:-7:3]
    return a
t(g33)
t(lambda: [0, 1, 2][10:-7:3])
t(lambda: tuple([0, 1, 2])[10:-7:3])
t(lambda: range(3)[10:-7:3])
t(lambda: list(range(1, 8, 2)[10:-7:3]))
def h33():
    a = [0, 1, 2]
    a.insert(None, 'I')
    return a, a.pop(-2), a
t(h33)
t(lambda: [0, 1, 2].index(1, -7, -2))
t(lambda: tuple([0, 1, 2]).index(9, -2))
t(lambda: [0, 1, 2] < [4, 5, 7])
t(lambda: [0, 1, 2] * 0)
def f34():
    a = [0, 1, 2, 3]
    a[0:-2:3] = ['a', 'b']
    return a
t(f34)
def g34():
    a = [0, 1, 2, 3]
    del a[0:-2:3]
    return a
t(g34)
t(lambda: [0, 1, 2, 3][0:-2:3])
t(lambda: tuple([0, 1, 2, 3])[0:-2:3])
t(lambda: range(4)[0:-2:3])
t(lambda: list(range(1, 9, 2)[0:-2:3]))
def h34():
    a = [0, 1, 2, 3]
    a.insert(-7, 'I')
    return a, a.pop(0), a
t(h34)
t(lambda: [0, 1, 2, 3].index(1, True, -2))
t(lambda: tuple([0, 1, 2, 3]).index(0, -1))
t(lambda: [0, 1, 2, 3] < [2])
t(lambda: [0, 1, 2, 3] * 1)
def f35():
    a = [0, 1, 2, 3]
    a[0:True:2] = 5
    return a
t(f35)
def g35():
    a = [0, 1, 2, 3]
    del a[0:True:2]
    return a
t(g35)
t(lambda: [0, 1, 2, 3][0:True:2])
t(lambda: tuple([0, 1, 2, 3])[0:True:2])
t(lambda: range(4)[0:True:2])
t(lambda: list(range(1, 9, 2)[0:True:2]))
def h35():
    a = [0, 1, 2, 3]
    a.insert(2, 'I')
    return a, a.pop(10), a
t(h35)
t(lambda: [0, 1, 2, 3].index(1, 1, -7))
t(lambda: tuple([0, 1, 2, 3]).index(9, 2))
t(lambda: [0, 1, 2, 3] < [])
t(lambda: [0, 1, 2, 3] * -2)
def f36():
    a = [0, 1, 2, 3, 4]
    a[None:2:0] = ['a']
    return a
t(f36)
def g36():
    a = [0, 1, 2, 3, 4]
    del a[None:2:0]
    return a
t(g36)
t(lambda: [0, 1, 2, 3, 4][None:2:0])
t(lambda: tuple([0, 1, 2, 3, 4])[None:2:0])
t(lambda: range(5)[None:2:0])
t(lambda: list(range(1, 10, 2)[None:2:0]))
def h36():
    a = [0, 1, 2, 3, 4]
    a.insert(-1, 'I')
    return a, a.pop(None), a
t(h36)
t(lambda: [0, 1, 2, 3, 4].index(3, 5, None))
t(lambda: tuple([0, 1, 2, 3, 4]).index(0, True))
t(lambda: [0, 1, 2, 3, 4] < [0, 1, 4, 5])
t(lambda: [0, 1, 2, 3, 4] * -7)
def f37():
    a = [0, 1, 2, 3, 4, 5, 6]
    a[10:10:-2] = ['a', 'b']
    return a
t(f37)
def g37():
    a = [0, 1, 2, 3, 4, 5, 6]
    del a[10:10:-2]
    return a
t(g37)
t(lambda: [0, 1, 2, 3, 4, 5, 6][10:10:-2])
t(lambda: tuple([0, 1, 2, 3, 4, 5, 6])[10:10:-2])
t(lambda: range(7)[10:10:-2])
t(lambda: list(range(1, 12, 2)[10:10:-2]))
def h37():
    a = [0, 1, 2, 3, 4, 5, 6]
    a.insert(5, 'I')
    return a, a.pop(None), a
t(h37)
t(lambda: [0, 1, 2, 3, 4, 5, 6].index(3, 1, -2))
t(lambda: tuple([0, 1, 2, 3, 4, 5, 6]).index(9, -7))
t(lambda: [0, 1, 2, 3, 4, 5, 6] < [1, 3, 7])
t(lambda: [0, 1, 2, 3, 4, 5, 6] * None)
def f38():
    a = [0, 1, 2, 3, 4, 5, 6]
    a[2:True:-2] = 5
    return a
t(f38)
def g38():
    a = [0, 1, 2, 3, 4, 5, 6]
    del a[2:True:-2]
    return a
t(g38)
t(lambda: [0, 1, 2, 3, 4, 5, 6][2:True:-2])
t(lambda: tuple([0, 1, 2, 3, 4, 5, 6])[2:True:-2])
t(lambda: range(7)[2:True:-2])
t(lambda: list(range(1, 12, 2)[2:True:-2]))
def h38():
    a = [0, 1, 2, 3, 4, 5, 6]
    a.insert(0, 'I')
    return a, a.pop(-2), a
t(h38)
t(lambda: [0, 1, 2, 3, 4, 5, 6].index(9, 1, 1))
t(lambda: tuple([0, 1, 2, 3, 4, 5, 6]).index(0, -1))
t(lambda: [0, 1, 2, 3, 4, 5, 6] < [2, 5])
t(lambda: [0, 1, 2, 3, 4, 5, 6] * 2)
def f39():
    a = []
    a[-7:1:1] = ['a']
    return a
t(f39)
def g39():
    a = []
    del a[-7:1:1]
    return a
t(g39)
t(lambda: [][-7:1:1])
t(lambda: tuple([])[-7:1:1])
t(lambda: range(0)[-7:1:1])
t(lambda: list(range(1, 5, 2)[-7:1:1]))
def h39():
    a = []
    a.insert(None, 'I')
    return a, a.pop(True), a
t(h39)
t(lambda: [].index(1, 1, 2))
t(lambda: tuple([]).index(0, 1))
t(lambda: [] < [0, 1, 3, 5])
t(lambda: [] * 0)
def f40():
    a = [0, 1, 2]
    a[2:10:None] = []
    return a
t(f40)
def g40():
    a = [0, 1, 2]
    del a[2:10:None]
    return a
t(g40)
t(lambda: [0, 1, 2][2:10:None])
t(lambda: tuple([0, 1, 2])[2:10:None])
t(lambda: range(3)[2:10:None])
t(lambda: list(range(1, 8, 2)[2:10:None]))
def h40():
    a = [0, 1, 2]
    a.insert(2, 'I')
    return a, a.pop(2), a
t(h40)
t(lambda: [0, 1, 2].index(0, 2, 2))
t(lambda: tuple([0, 1, 2]).index(9, True))
t(lambda: [0, 1, 2] < [0, 2, 3, 5])
t(lambda: [0, 1, 2] * -2)
def f41():
    a = [0, 1, 2, 3, 4, 5]
    a[None:True:-1] = []
    return a
t(f41)
def g41():
    a = [0, 1, 2, 3, 4, 5]
    del a[None:True:-1]
    return a
t(g41)
t(lambda: [0, 1, 2, 3, 4, 5][None:True:-1])
t(lambda: tuple([0, 1, 2, 3, 4, 5])[None:True:-1])
t(lambda: range(6)[None:True:-1])
t(lambda: list(range(1, 11, 2)[None:True:-1]))
def h41():
    a = [0, 1, 2, 3, 4, 5]
    a.insert(5, 'I')
    return a, a.pop(True), a
t(h41)
t(lambda: [0, 1, 2, 3, 4, 5].index(9, 1, None))
t(lambda: tuple([0, 1, 2, 3, 4, 5]).index(0, -1))
t(lambda: [0, 1, 2, 3, 4, 5] < [1, 4, 7])
t(lambda: [0, 1, 2, 3, 4, 5] * -1)
def f42():
    a = [0, 1, 2, 3, 4]
    a[-2:-7:3] = ['a', 'b']
    return a
t(f42)
def g42():
    a = [0, 1, 2, 3, 4]
    del a[-2:-7:3]
    return a
t(g42)
t(lambda: [0, 1, 2, 3, 4][-2:-7:3])
t(lambda: tuple([0, 1, 2, 3, 4])[-2:-7:3])
t(lambda: range(5)[-2:-7:3])
t(lambda: list(range(1, 10, 2)[-2:-7:3]))
def h42():
    a = [0, 1, 2, 3, 4]
    a.insert(5, 'I')
    return a, a.pop(-1), a
t(h42)
t(lambda: [0, 1, 2, 3, 4].index(0, 0, -1))
t(lambda: tuple([0, 1, 2, 3, 4]).index(0, -7))
t(lambda: [0, 1, 2, 3, 4] < [2, 6])
t(lambda: [0, 1, 2, 3, 4] * 1)
def f43():
    a = [0, 1, 2, 3]
    a[-1:5:None] = ['a', 'b']
    return a
t(f43)
def g43():
    a = [0, 1, 2, 3]
    del a[-1:5:None]
    return a
t(g43)
t(lambda: [0, 1, 2, 3][-1:5:None])
t(lambda: tuple([0, 1, 2, 3])[-1:5:None])
t(lambda: range(4)[-1:5:None])
t(lambda: list(range(1, 9, 2)[-1:5:None]))
def h43():
    a = [0, 1, 2, 3]
    a.insert(-7, 'I')
    return a, a.pop(2), a
t(h43)
t(lambda: [0, 1, 2, 3].index(0, -2, 5))
t(lambda: tuple([0, 1, 2, 3]).index(0, -7))
t(lambda: [0, 1, 2, 3] < [5])
t(lambda: [0, 1, 2, 3] * 2)
def f44():
    a = []
    a[-7:-1:-2] = ['a', 'b']
    return a
t(f44)
def g44():
    a = []
    del a[-7:-1:-2]
    return a
t(g44)
t(lambda: [][-7:-1:-2])
t(lambda: tuple([])[-7:-1:-2])
t(lambda: range(0)[-7:-1:-2])
t(lambda: list(range(1, 5, 2)[-7:-1:-2]))
def h44():
    a = []
    a.insert(5, 'I')
    return a, a.pop(1), a
t(h44)
t(lambda: [].index(0, 5, 10))
t(lambda: tuple([]).index(1, 1))
t(lambda: [] < [])
t(lambda: [] * 2)
def f45():
    a = [0, 1, 2]
    a[1:-2:None] = 5
    return a
t(f45)
def g45():
    a = [0, 1, 2]
    del a[1:-2:None]
    return a
t(g45)
t(lambda: [0, 1, 2][1:-2:None])
t(lambda: tuple([0, 1, 2])[1:-2:None])
t(lambda: range(3)[1:-2:None])
t(lambda: list(range(1, 8, 2)[1:-2:None]))
def h45():
    a = [0, 1, 2]
    a.insert(2, 'I')
    return a, a.pop(-7), a
t(h45)
t(lambda: [0, 1, 2].index(1, -2, 10))
t(lambda: tuple([0, 1, 2]).index(9, 2))
t(lambda: [0, 1, 2] < [2, 5])
t(lambda: [0, 1, 2] * -2)
def f46():
    a = [0, 1, 2, 3, 4, 5, 6]
    a[1:-2:2] = (9,)
    return a
t(f46)
def g46():
    a = [0, 1, 2, 3, 4, 5, 6]
    del a[1:-2:2]
    return a
t(g46)
t(lambda: [0, 1, 2, 3, 4, 5, 6][1:-2:2])
t(lambda: tuple([0, 1, 2, 3, 4, 5, 6])[1:-2:2])
t(lambda: range(7)[1:-2:2])
t(lambda: list(range(1, 12, 2)[1:-2:2]))
def h46():
    a = [0, 1, 2, 3, 4, 5, 6]
    a.insert(1, 'I')
    return a, a.pop(-1), a
t(h46)
t(lambda: [0, 1, 2, 3, 4, 5, 6].index(0, None, 2))
t(lambda: tuple([0, 1, 2, 3, 4, 5, 6]).index(3, -2))
t(lambda: [0, 1, 2, 3, 4, 5, 6] < [1, 3, 6, 7])
t(lambda: [0, 1, 2, 3, 4, 5, 6] * None)
def f47():
    a = [0, 1, 2, 3]
    a[-1:2:0] = range(3)
    return a
t(f47)
def g47():
    a = [0, 1, 2, 3]
    del a[-1:2:0]
    return a
t(g47)
t(lambda: [0, 1, 2, 3][-1:2:0])
t(lambda: tuple([0, 1, 2, 3])[-1:2:0])
t(lambda: range(4)[-1:2:0])
t(lambda: list(range(1, 9, 2)[-1:2:0]))
def h47():
    a = [0, 1, 2, 3]
    a.insert(2, 'I')
    return a, a.pop(0), a
t(h47)
t(lambda: [0, 1, 2, 3].index(0, 2, 5))
t(lambda: tuple([0, 1, 2, 3]).index(1, -7))
t(lambda: [0, 1, 2, 3] < [1, 3, 5, 7])
t(lambda: [0, 1, 2, 3] * 5)
def f48():
    a = [0, 1, 2, 3]
    a[1:10:-1] = []
    return a
t(f48)
def g48():
    a = [0, 1, 2, 3]
    del a[1:10:-1]
    return a
t(g48)
t(lambda: [0, 1, 2, 3][1:10:-1])
t(lambda: tuple([0, 1, 2, 3])[1:10:-1])
t(lambda: range(4)[1:10:-1])
t(lambda: list(range(1, 9, 2)[1:10:-1]))
def h48():
    a = [0, 1, 2, 3]
    a.insert(1, 'I')
    return a, a.pop(None), a
t(h48)
t(lambda: [0, 1, 2, 3].index(0, 1, -7))
t(lambda: tuple([0, 1, 2, 3]).index(0, -7))
t(lambda: [0, 1, 2, 3] < [])
t(lambda: [0, 1, 2, 3] * 0)
def f49():
    a = [0, 1, 2, 3, 4]
    a[0:1:-2] = range(3)
    return a
t(f49)
def g49():
    a = [0, 1, 2, 3, 4]
    del a[0:1:-2]
    return a
t(g49)
t(lambda: [0, 1, 2, 3, 4][0:1:-2])
t(lambda: tuple([0, 1, 2, 3, 4])[0:1:-2])
t(lambda: range(5)[0:1:-2])
t(lambda: list(range(1, 10, 2)[0:1:-2]))
def h49():
    a = [0, 1, 2, 3, 4]
    a.insert(-1, 'I')
    return a, a.pop(-7), a
t(h49)
t(lambda: [0, 1, 2, 3, 4].index(3, 5, 5))
t(lambda: tuple([0, 1, 2, 3, 4]).index(0, -1))
t(lambda: [0, 1, 2, 3, 4] < [0, 5])
t(lambda: [0, 1, 2, 3, 4] * 5)
def f50():
    a = [0, 1, 2, 3]
    a[-7:-2:3] = ['a', 'b']
    return a
t(f50)
def g50():
    a = [0, 1, 2, 3]
    del a[-7:-2:3]
    return a
t(g50)
t(lambda: [0, 1, 2, 3][-7:-2:3])
t(lambda: tuple([0, 1, 2, 3])[-7:-2:3])
t(lambda: range(4)[-7:-2:3])
t(lambda: list(range(1, 9, 2)[-7:-2:3]))
def h50():
    a = [0, 1, 2, 3]
    a.insert(-2, 'I')
    return a, a.pop(1), a
t(h50)
t(lambda: [0, 1, 2, 3].index(3, -2, 2))
t(lambda: tuple([0, 1, 2, 3]).index(1, 0))
t(lambda: [0, 1, 2, 3] < [0, 2])
t(lambda: [0, 1, 2, 3] * -2)
def f51():
    a = []
    a[1:-2:3] = ['a']
    return a
t(f51)
def g51():
    a = []
    del a[1:-2:3]
    return a
t(g51)
t(lambda: [][1:-2:3])
t(lambda: tuple([])[1:-2:3])
t(lambda: range(0)[1:-2:3])
t(lambda: list(range(1, 5, 2)[1:-2:3]))
def h51():
    a = []
    a.insert(10, 'I')
    return a, a.pop(None), a
t(h51)
t(lambda: [].index(0, None, 1))
t(lambda: tuple([]).index(3, True))
t(lambda: [] < [1, 2, 3, 6])
t(lambda: [] * True)
def f52():
    a = [0, 1]
    a[True:2:None] = ['a']
    return a
t(f52)
def g52():
    a = [0, 1]
    del a[True:2:None]
    return a
t(g52)
t(lambda: [0, 1][True:2:None])
t(lambda: tuple([0, 1])[True:2:None])
t(lambda: range(2)[True:2:None])
t(lambda: list(range(1, 7, 2)[True:2:None]))
def h52():
    a = [0, 1]
    a.insert(-1, 'I')
    return a, a.pop(5), a
t(h52)
t(lambda: [0, 1].index(3, -2, 2))
t(lambda: tuple([0, 1]).index(9, 5))
t(lambda: [0, 1] < [0, 1])
t(lambda: [0, 1] * -1)
def f53():
    a = [0, 1, 2, 3, 4]
    a[2:-1:0] = 'xyz'
    return a
t(f53)
def g53():
    a = [0, 1, 2, 3, 4]
    del a[2:-1:0]
    return a
t(g53)
t(lambda: [0, 1, 2, 3, 4][2:-1:0])
t(lambda: tuple([0, 1, 2, 3, 4])[2:-1:0])
t(lambda: range(5)[2:-1:0])
t(lambda: list(range(1, 10, 2)[2:-1:0]))
def h53():
    a = [0, 1, 2, 3, 4]
    a.insert(2, 'I')
    return a, a.pop(0), a
t(h53)
t(lambda: [0, 1, 2, 3, 4].index(9, -7, 1))
t(lambda: tuple([0, 1, 2, 3, 4]).index(1, True))
t(lambda: [0, 1, 2, 3, 4] < [0, 3, 6])
t(lambda: [0, 1, 2, 3, 4] * 0)
def f54():
    a = [0, 1, 2, 3, 4, 5, 6]
    a[1:10:None] = range(3)
    return a
t(f54)
def g54():
    a = [0, 1, 2, 3, 4, 5, 6]
    del a[1:10:None]
    return a
t(g54)
t(lambda: [0, 1, 2, 3, 4, 5, 6][1:10:None])
t(lambda: tuple([0, 1, 2, 3, 4, 5, 6])[1:10:None])
t(lambda: range(7)[1:10:None])
t(lambda: list(range(1, 12, 2)[1:10:None]))
def h54():
    a = [0, 1, 2, 3, 4, 5, 6]
    a.insert(None, 'I')
    return a, a.pop(None), a
t(h54)
t(lambda: [0, 1, 2, 3, 4, 5, 6].index(3, 10, 1))
t(lambda: tuple([0, 1, 2, 3, 4, 5, 6]).index(0, 0))
t(lambda: [0, 1, 2, 3, 4, 5, 6] < [1, 3, 4])
t(lambda: [0, 1, 2, 3, 4, 5, 6] * -2)
def f55():
    a = [0, 1, 2, 3, 4, 5]
    a[-7:-7:3] = ['a', 'b']
    return a
t(f55)
def g55():
    a = [0, 1, 2, 3, 4, 5]
    del a[-7:-7:3]
    return a
t(g55)
t(lambda: [0, 1, 2, 3, 4, 5][-7:-7:3])
t(lambda: tuple([0, 1, 2, 3, 4, 5])[-7:-7:3])
t(lambda: range(6)[-7:-7:3])
t(lambda: list(range(1, 11, 2)[-7:-7:3]))
def h55():
    a = [0, 1, 2, 3, 4, 5]
    a.insert(1, 'I')
    return a, a.pop(True), a
t(h55)
t(lambda: [0, 1, 2, 3, 4, 5].index(3, 2, -1))
t(lambda: tuple([0, 1, 2, 3, 4, 5]).index(0, 1))
t(lambda: [0, 1, 2, 3, 4, 5] < [6])
t(lambda: [0, 1, 2, 3, 4, 5] * -2)
def f56():
    a = [0, 1, 2, 3]
    a[-2:5:-2] = 5
    return a
t(f56)
def g56():
    a = [0, 1, 2, 3]
    del a[-2:5:-2]
    return a
t(g56)
t(lambda: [0, 1, 2, 3][-2:5:-2])
t(lambda: tuple([0, 1, 2, 3])[-2:5:-2])
t(lambda: range(4)[-2:5:-2])
t(lambda: list(range(1, 9, 2)[-2:5:-2]))
def h56():
    a = [0, 1, 2, 3]
    a.insert(0, 'I')
    return a, a.pop(-2), a
t(h56)
t(lambda: [0, 1, 2, 3].index(0, 0, 2))
t(lambda: tuple([0, 1, 2, 3]).index(1, -7))
t(lambda: [0, 1, 2, 3] < [2, 7])
t(lambda: [0, 1, 2, 3] * 10)
def f57():
    a = [0, 1, 2]
    a[10:-7:2] = (9,)
    return a
t(f57)
def g57():
    a = [0, 1, 2]
    del a[10:-7:2]
    return a
t(g57)
t(lambda: [0, 1, 2][10:-7:2])
t(lambda: tuple([0, 1, 2])[10:-7:2])
t(lambda: range(3)[10:-7:2])
t(lambda: list(range(1, 8, 2)[10:-7:2]))
def h57():
    a = [0, 1, 2]
    a.insert(2, 'I')
    return a, a.pop(True), a
t(h57)
t(lambda: [0, 1, 2].index(3, -2, True))
t(lambda: tuple([0, 1, 2]).index(9, 10))
t(lambda: [0, 1, 2] < [2, 3, 5])
t(lambda: [0, 1, 2] * 2)
def f58():
    a = [0, 1]
    a[10:10:1] = []
    return a
t(f58)
def g58():
    a = [0, 1]
    del a[10:10:1]
    return a
t(g58)
t(lambda: [0, 1][10:10:1])
t(lambda: tuple([0, 1])[10:10:1])
t(lambda: range(2)[10:10:1])
t(lambda: list(range(1, 7, 2)[10:10:1]))
def h58():
    a = [0, 1]
    a.insert(1, 'I')
    return a, a.pop(-1), a
t(h58)
t(lambda: [0, 1].index(9, 5, True))
t(lambda: tuple([0, 1]).index(3, 2))
t(lambda: [0, 1] < [0, 4, 6, 7])
t(lambda: [0, 1] * -1)
def f59():
    a = [0]
    a[2:10:1] = 5
    return a
t(f59)
def g59():
    a = [0]
    del a[2:10:1]
    return a
t(g59)
t(lambda: [0][2:10:1])
t(lambda: tuple([0])[2:10:1])
t(lambda: range(1)[2:10:1])
t(lambda: list(range(1, 6, 2)[2:10:1]))
def h59():
    a = [0]
    a.insert(None, 'I')
    return a, a.pop(10), a
t(h59)
t(lambda: [0].index(1, 5, 5))
t(lambda: tuple([0]).index(9, -1))
t(lambda: [0] < [0, 1, 2, 3])
t(lambda: [0] * -1)
def f60():
    a = [0, 1, 2, 3, 4, 5]
    a[5:2:3] = 5
    return a
t(f60)
def g60():
    a = [0, 1, 2, 3, 4, 5]
    del a[5:2:3]
    return a
t(g60)
t(lambda: [0, 1, 2, 3, 4, 5][5:2:3])
t(lambda: tuple([0, 1, 2, 3, 4, 5])[5:2:3])
t(lambda: range(6)[5:2:3])
t(lambda: list(range(1, 11, 2)[5:2:3]))
def h60():
    a = [0, 1, 2, 3, 4, 5]
    a.insert(-1, 'I')
    return a, a.pop(5), a
t(h60)
t(lambda: [0, 1, 2, 3, 4, 5].index(9, -1, True))
t(lambda: tuple([0, 1, 2, 3, 4, 5]).index(1, None))
t(lambda: [0, 1, 2, 3, 4, 5] < [2, 4])
t(lambda: [0, 1, 2, 3, 4, 5] * -2)
def f61():
    a = [0, 1, 2, 3, 4, 5]
    a[10:None:2] = 5
    return a
t(f61)
def g61():
    a = [0, 1, 2, 3, 4, 5]
    del a[10:None:2]
    return a
t(g61)
t(lambda: [0, 1, 2, 3, 4, 5][10:None:2])
t(lambda: tuple([0, 1, 2, 3, 4, 5])[10:None:2])
t(lambda: range(6)[10:None:2])
t(lambda: list(range(1, 11, 2)[10:None:2]))
def h61():
    a = [0, 1, 2, 3, 4, 5]
    a.insert(1, 'I')
    return a, a.pop(2), a
t(h61)
t(lambda: [0, 1, 2, 3, 4, 5].index(1, 0, -2))
t(lambda: tuple([0, 1, 2, 3, 4, 5]).index(1, 1))
t(lambda: [0, 1, 2, 3, 4, 5] < [2, 4, 5, 7])
t(lambda: [0, 1, 2, 3, 4, 5] * True)
def f62():
    a = [0]
    a[None:None:0] = 5
    return a
t(f62)
def g62():
    a = [0]
    del a[None:None:0]
    return a
t(g62)
t(lambda: [0][None:None:0])
t(lambda: tuple([0])[None:None:0])
t(lambda: range(1)[None:None:0])
t(lambda: list(range(1, 6, 2)[None:None:0]))
def h62():
    a = [0]
    a.insert(-7, 'I')
    return a, a.pop(True), a
t(h62)
t(lambda: [0].index(1, 1, 5))
t(lambda: tuple([0]).index(9, -1))
t(lambda: [0] < [0, 1, 6])
t(lambda: [0] * 1)
def f63():
    a = [0, 1, 2, 3, 4, 5]
    a[-7:1:-1] = (9,)
    return a
t(f63)
def g63():
    a = [0, 1, 2, 3, 4, 5]
    del a[-7:1:-1]
    return a
t(g63)
t(lambda: [0, 1, 2, 3, 4, 5][-7:1:-1])
t(lambda: tuple([0, 1, 2, 3, 4, 5])[-7:1:-1])
t(lambda: range(6)[-7:1:-1])
t(lambda: list(range(1, 11, 2)[-7:1:-1]))
def h63():
    a = [0, 1, 2, 3, 4, 5]
    a.insert(5, 'I')
    return a, a.pop(-2), a
t(h63)
t(lambda: [0, 1, 2, 3, 4, 5].index(0, 2, 10))
t(lambda: tuple([0, 1, 2, 3, 4, 5]).index(1, 0))
t(lambda: [0, 1, 2, 3, 4, 5] < [])
t(lambda: [0, 1, 2, 3, 4, 5] * -2)
def f64():
    a = []
    a[0:5:0] = 5
    return a
t(f64)
def g64():
    a = []
    del a[0:5:0]
    return a
t(g64)
t(lambda: [][0:5:0])
t(lambda: tuple([])[0:5:0])
t(lambda: range(0)[0:5:0])
t(lambda: list(range(1, 5, 2)[0:5:0]))
def h64():
    a = []
    a.insert(-2, 'I')
    return a, a.pop(10), a
t(h64)
t(lambda: [].index(9, -7, -1))
t(lambda: tuple([]).index(0, 5))
t(lambda: [] < [])
t(lambda: [] * 10)
def f65():
    a = [0, 1, 2, 3]
    a[1:-2:-2] = 'xyz'
    return a
t(f65)
def g65():
    a = [0, 1, 2, 3]
    del a[1:-2:-2]
    return a
t(g65)
t(lambda: [0, 1, 2, 3][1:-2:-2])
t(lambda: tuple([0, 1, 2, 3])[1:-2:-2])
t(lambda: range(4)[1:-2:-2])
t(lambda: list(range(1, 9, 2)[1:-2:-2]))
def h65():
    a = [0, 1, 2, 3]
    a.insert(0, 'I')
    return a, a.pop(-2), a
t(h65)
t(lambda: [0, 1, 2, 3].index(0, -7, 5))
t(lambda: tuple([0, 1, 2, 3]).index(9, -7))
t(lambda: [0, 1, 2, 3] < [0, 4, 7])
t(lambda: [0, 1, 2, 3] * 5)
def f66():
    a = [0, 1, 2]
    a[None:True:2] = ['a']
    return a
t(f66)
def g66():
    a = [0, 1, 2]
    del a[None:True:2]
    return a
t(g66)
t(lambda: [0, 1, 2][None:True:2])
t(lambda: tuple([0, 1, 2])[None:True:2])
t(lambda: range(3)[None:True:2])
t(lambda: list(range(1, 8, 2)[None:True:2]))
def h66():
    a = [0, 1, 2]
    a.insert(-7, 'I')
    return a, a.pop(-1), a
t(h66)
t(lambda: [0, 1, 2].index(3, True, 10))
t(lambda: tuple([0, 1, 2]).index(9, 2))
t(lambda: [0, 1, 2] < [1, 2, 6])
t(lambda: [0, 1, 2] * -2)
def f67():
    a = [0, 1, 2, 3, 4]
    a[-1:-1:3] = 'xyz'
    return a
t(f67)
def g67():
    a = [0, 1, 2, 3, 4]
    del a[-1:-1:3]
    return a
t(g67)
t(lambda: [0, 1, 2, 3, 4][-1:-1:3])
t(lambda: tuple([0, 1, 2, 3, 4])[-1:-1:3])
t(lambda: range(5)[-1:-1:3])
t(lambda: list(range(1, 10, 2)[-1:-1:3]))
def h67():
    a = [0, 1, 2, 3, 4]
    a.insert(None, 'I')
    return a, a.pop(0), a
t(h67)
t(lambda: [0, 1, 2, 3, 4].index(3, 0, 0))
t(lambda: tuple([0, 1, 2, 3, 4]).index(9, -7))
t(lambda: [0, 1, 2, 3, 4] < [2, 6])
t(lambda: [0, 1, 2, 3, 4] * 5)
def f68():
    a = [0, 1, 2]
    a[10:-1:None] = (9,)
    return a
t(f68)
def g68():
    a = [0, 1, 2]
    del a[10:-1:None]
    return a
t(g68)
t(lambda: [0, 1, 2][10:-1:None])
t(lambda: tuple([0, 1, 2])[10:-1:None])
t(lambda: range(3)[10:-1:None])
t(lambda: list(range(1, 8, 2)[10:-1:None]))
def h68():
    a = [0, 1, 2]
    a.insert(1, 'I')
    return a, a.pop(1), a
t(h68)
t(lambda: [0, 1, 2].index(0, 2, -2))
t(lambda: tuple([0, 1, 2]).index(9, 10))
t(lambda: [0, 1, 2] < [0, 3, 4, 6])
t(lambda: [0, 1, 2] * 1)
def f69():
    a = [0]
    a[True:5:3] = 'xyz'
    return a
t(f69)
def g69():
    a = [0]
    del a[True:5:3]
    return a
t(g69)
t(lambda: [0][True:5:3])
t(lambda: tuple([0])[True:5:3])
t(lambda: range(1)[True:5:3])
t(lambda: list(range(1, 6, 2)[True:5:3]))
def h69():
    a = [0]
    a.insert(2, 'I')
    return a, a.pop(5), a
t(h69)
t(lambda: [0].index(1, 2, -1))
t(lambda: tuple([0]).index(1, None))
t(lambda: [0] < [3])
t(lambda: [0] * None)
def f70():
    a = [0, 1, 2, 3, 4]
    a[True:5:-2] = 5
    return a
t(f70)
def g70():
    a = [0, 1, 2, 3, 4]
    del a[True:5:-2]
    return a
t(g70)
t(lambda: [0, 1, 2, 3, 4][True:5:-2])
t(lambda: tuple([0, 1, 2, 3, 4])[True:5:-2])
t(lambda: range(5)[True:5:-2])
t(lambda: list(range(1, 10, 2)[True:5:-2]))
def h70():
    a = [0, 1, 2, 3, 4]
    a.insert(2, 'I')
    return a, a.pop(True), a
t(h70)
t(lambda: [0, 1, 2, 3, 4].index(0, 5, -1))
t(lambda: tuple([0, 1, 2, 3, 4]).index(0, True))
t(lambda: [0, 1, 2, 3, 4] < [0, 5])
t(lambda: [0, 1, 2, 3, 4] * 2)
def f71():
    a = [0, 1, 2, 3, 4, 5, 6]
    a[5:5:2] = []
    return a
t(f71)
def g71():
    a = [0, 1, 2, 3, 4, 5, 6]
    del a[5:5:2]
    return a
t(g71)
t(lambda: [0, 1, 2, 3, 4, 5, 6][5:5:2])
t(lambda: tuple([0, 1, 2, 3, 4, 5, 6])[5:5:2])
t(lambda: range(7)[5:5:2])
t(lambda: list(range(1, 12, 2)[5:5:2]))
def h71():
    a = [0, 1, 2, 3, 4, 5, 6]
    a.insert(-2, 'I')
    return a, a.pop(-7), a
t(h71)
t(lambda: [0, 1, 2, 3, 4, 5, 6].index(3, None, None))
t(lambda: tuple([0, 1, 2, 3, 4, 5, 6]).index(1, None))
t(lambda: [0, 1, 2, 3, 4, 5, 6] < [2, 5, 6])
t(lambda: [0, 1, 2, 3, 4, 5, 6] * -7)
def f72():
    a = [0]
    a[True:-1:0] = 5
    return a
t(f72)
def g72():
    a = [0]
    del a[True:-1:0]
    return a
t(g72)
t(lambda: [0][True:-1:0])
t(lambda: tuple([0])[True:-1:0])
t(lambda: range(1)[True:-1:0])
t(lambda: list(range(1, 6, 2)[True:-1:0]))
def h72():
    a = [0]
    a.insert(None, 'I')
    return a, a.pop(-1), a
t(h72)
t(lambda: [0].index(3, -1, 1))
t(lambda: tuple([0]).index(0, 1))
t(lambda: [0] < [0, 2, 4, 7])
t(lambda: [0] * 10)
def f73():
    a = [0, 1]
    a[5:True:-2] = ['a']
    return a
t(f73)
def g73():
    a = [0, 1]
    del a[5:True:-2]
    return a
t(g73)
t(lambda: [0, 1][5:True:-2])
t(lambda: tuple([0, 1])[5:True:-2])
t(lambda: range(2)[5:True:-2])
t(lambda: list(range(1, 7, 2)[5:True:-2]))
def h73():
    a = [0, 1]
    a.insert(None, 'I')
    return a, a.pop(0), a
t(h73)
t(lambda: [0, 1].index(3, 5, 0))
t(lambda: tuple([0, 1]).index(3, 5))
t(lambda: [0, 1] < [2, 6, 7])
t(lambda: [0, 1] * 0)
def f74():
    a = [0, 1, 2, 3, 4, 5, 6]
    a[-2:2:-2] = 5
    return a
t(f74)
def g74():
    a = [0, 1, 2, 3, 4, 5, 6]
    del a[-2:2:-2]
    return a
t(g74)
t(lambda: [0, 1, 2, 3, 4, 5, 6][-2:2:-2])
t(lambda: tuple([0, 1, 2, 3, 4, 5, 6])[-2:2:-2])
t(lambda: range(7)[-2:2:-2])
t(lambda: list(range(1, 12, 2)[-2:2:-2]))
def h74():
    a = [0, 1, 2, 3, 4, 5, 6]
    a.insert(-2, 'I')
    return a, a.pop(2), a
t(h74)
t(lambda: [0, 1, 2, 3, 4, 5, 6].index(0, 1, -7))
t(lambda: tuple([0, 1, 2, 3, 4, 5, 6]).index(9, True))
t(lambda: [0, 1, 2, 3, 4, 5, 6] < [0])
t(lambda: [0, 1, 2, 3, 4, 5, 6] * 10)
def f75():
    a = []
    a[-7:-1:None] = ['a']
    return a
t(f75)
def g75():
    a = []
    del a[-7:-1:None]
    return a
t(g75)
t(lambda: [][-7:-1:None])
t(lambda: tuple([])[-7:-1:None])
t(lambda: range(0)[-7:-1:None])
t(lambda: list(range(1, 5, 2)[-7:-1:None]))
def h75():
    a = []
    a.insert(1, 'I')
    return a, a.pop(-1), a
t(h75)
t(lambda: [].index(0, 1, True))
t(lambda: tuple([]).index(1, -7))
t(lambda: [] < [3])
t(lambda: [] * -2)
def f76():
    a = [0, 1, 2, 3, 4, 5, 6]
    a[-2:None:0] = ['a']
    return a
t(f76)
def g76():
    a = [0, 1, 2, 3, 4, 5, 6]
    del a[-2:None:0]
    return a
t(g76)
t(lambda: [0, 1, 2, 3, 4, 5, 6][-2:None:0])
t(lambda: tuple([0, 1, 2, 3, 4, 5, 6])[-2:None:0])
t(lambda: range(7)[-2:None:0])
t(lambda: list(range(1, 12, 2)[-2:None:0]))
def h76():
    a = [0, 1, 2, 3, 4, 5, 6]
    a.insert(1, 'I')
    return a, a.pop(-2), a
t(h76)
t(lambda: [0, 1, 2, 3, 4, 5, 6].index(3, 5, -1))
t(lambda: tuple([0, 1, 2, 3, 4, 5, 6]).index(3, -2))
t(lambda: [0, 1, 2, 3, 4, 5, 6] < [1, 4, 5])
t(lambda: [0, 1, 2, 3, 4, 5, 6] * 1)
def f77():
    a = [0, 1, 2, 3, 4]
    a[10:None:0] = ['a', 'b']
    return a
t(f77)
def g77():
    a = [0, 1, 2, 3, 4]
    del a[10:None:0]
    return a
t(g77)
t(lambda: [0, 1, 2, 3, 4][10:None:0])
t(lambda: tuple([0, 1, 2, 3, 4])[10:None:0])
t(lambda: range(5)[10:None:0])
t(lambda: list(range(1, 10, 2)[10:None:0]))
def h77():
    a = [0, 1, 2, 3, 4]
    a.insert(2, 'I')
    return a, a.pop(10), a
t(h77)
t(lambda: [0, 1, 2, 3, 4].index(3, 10, True))
t(lambda: tuple([0, 1, 2, 3, 4]).index(9, 2))
t(lambda: [0, 1, 2, 3, 4] < [1, 2, 4, 5])
t(lambda: [0, 1, 2, 3, 4] * None)
def f78():
    a = []
    a[True:None:0] = 'xyz'
    return a
t(f78)
def g78():
    a = []
    del a[True:None:0]
    return a
t(g78)
t(lambda: [][True:None:0])
t(lambda: tuple([])[True:None:0])
t(lambda: range(0)[True:None:0])
t(lambda: list(range(1, 5, 2)[True:None:0]))
def h78():
    a = []
    a.insert(1, 'I')
    return a, a.pop(-7), a
t(h78)
t(lambda: [].index(9, -7, 10))
t(lambda: tuple([]).index(1, 10))
t(lambda: [] < [5, 6, 7])
t(lambda: [] * 2)
def f79():
    a = [0, 1]
    a[10:10:-2] = []
    return a
t(f79)
def g79():
    a = [0, 1]
    del a[10:10:-2]
    return a
t(g79)
t(lambda: [0, 1][10:10:-2])
t(lambda: tuple([0, 1])[10:10:-2])
t(lambda: range(2)[10:10:-2])
t(lambda: list(range(1, 7, 2)[10:10:-2]))
def h79():
    a = [0, 1]
    a.insert(-2, 'I')
    return a, a.pop(-7), a
t(h79)
t(lambda: [0, 1].index(0, 10, 10))
t(lambda: tuple([0, 1]).index(9, -2))
t(lambda: [0, 1] < [0, 6])
t(lambda: [0, 1] * -1)
def f80():
    a = []
    a[-1:2:2] = 'xyz'
    return a
t(f80)
def g80():
    a = []
    del a[-1:2:2]
    return a
t(g80)
t(lambda: [][-1:2:2])
t(lambda: tuple([])[-1:2:2])
t(lambda: range(0)[-1:2:2])
t(lambda: list(range(1, 5, 2)[-1:2:2]))
def h80():
    a = []
    a.insert(1, 'I')
    return a, a.pop(0), a
t(h80)
t(lambda: [].index(3, -2, -7))
t(lambda: tuple([]).index(3, -7))
t(lambda: [] < [6])
t(lambda: [] * -2)
def f81():
    a = [0, 1, 2, 3, 4, 5, 6]
    a[2:10:1] = range(3)
    return a
t(f81)
def g81():
    a = [0, 1, 2, 3, 4, 5, 6]
    del a[2:10:1]
    return a
t(g81)
t(lambda: [0, 1, 2, 3, 4, 5, 6][2:10:1])
t(lambda: tuple([0, 1, 2, 3, 4, 5, 6])[2:10:1])
t(lambda: range(7)[2:10:1])
t(lambda: list(range(1, 12, 2)[2:10:1]))
def h81():
    a = [0, 1, 2, 3, 4, 5, 6]
    a.insert(2, 'I')
    return a, a.pop(True), a
t(h81)
t(lambda: [0, 1, 2, 3, 4, 5, 6].index(9, True, 0))
t(lambda: tuple([0, 1, 2, 3, 4, 5, 6]).index(9, 1))
t(lambda: [0, 1, 2, 3, 4, 5, 6] < [])
t(lambda: [0, 1, 2, 3, 4, 5, 6] * -2)
def f82():
    a = [0, 1]
    a[-7:True:0] = ['a', 'b']
    return a
t(f82)
def g82():
    a = [0, 1]
    del a[-7:True:0]
    return a
t(g82)
t(lambda: [0, 1][-7:True:0])
t(lambda: tuple([0, 1])[-7:True:0])
t(lambda: range(2)[-7:True:0])
t(lambda: list(range(1, 7, 2)[-7:True:0]))
def h82():
    a = [0, 1]
    a.insert(10, 'I')
    return a, a.pop(-7), a
t(h82)
t(lambda: [0, 1].index(9, -2, 0))
t(lambda: tuple([0, 1]).index(1, 5))
t(lambda: [0, 1] < [3, 4])
t(lambda: [0, 1] * None)
def f83():
    a = [0, 1, 2, 3, 4]
    a[-2:-1:3] = range(3)
    return a
t(f83)
def g83():
    a = [0, 1, 2, 3, 4]
    del a[-2:-1:3]
    return a
t(g83)
t(lambda: [0, 1, 2, 3, 4][-2:-1:3])
t(lambda: tuple([0, 1, 2, 3, 4])[-2:-1:3])
t(lambda: range(5)[-2:-1:3])
t(lambda: list(range(1, 10, 2)[-2:-1:3]))
def h83():
    a = [0, 1, 2, 3, 4]
    a.insert(-2, 'I')
    return a, a.pop(True), a
t(h83)
t(lambda: [0, 1, 2, 3, 4].index(0, 1, None))
t(lambda: tuple([0, 1, 2, 3, 4]).index(9, -1))
t(lambda: [0, 1, 2, 3, 4] < [1, 6, 7])
t(lambda: [0, 1, 2, 3, 4] * 0)
def f84():
    a = []
    a[2:2:3] = 5
    return a
t(f84)
def g84():
    a = []
    del a[2:2:3]
    return a
t(g84)
t(lambda: [][2:2:3])
t(lambda: tuple([])[2:2:3])
t(lambda: range(0)[2:2:3])
t(lambda: list(range(1, 5, 2)[2:2:3]))
def h84():
    a = []
    a.insert(5, 'I')
    return a, a.pop(0), a
t(h84)
t(lambda: [].index(9, 1, True))
t(lambda: tuple([]).index(1, 0))
t(lambda: [] < [0, 4, 7])
t(lambda: [] * -7)
def f85():
    a = [0, 1, 2, 3, 4, 5]
    a[True:None:1] = 'xyz'
    return a
t(f85)
def g85():
    a = [0, 1, 2, 3, 4, 5]
    del a[True:None:1]
    return a
t(g85)
t(lambda: [0, 1, 2, 3, 4, 5][True:None:1])
t(lambda: tuple([0, 1, 2, 3, 4, 5])[True:None:1])
t(lambda: range(6)[True:None:1])
t(lambda: list(range(1, 11, 2)[True:None:1]))
def h85():
    a = [0, 1, 2, 3, 4, 5]
    a.insert(5, 'I')
    return a, a.pop(True), a
t(h85)
t(lambda: [0, 1, 2, 3, 4, 5].index(1, 1, None))
t(lambda: tuple([0, 1, 2, 3, 4, 5]).index(0, True))
t(lambda: [0, 1, 2, 3, 4, 5] < [2, 6])
t(lambda: [0, 1, 2, 3, 4, 5] * 2)
def f86():
    a = [0, 1, 2, 3]
    a[True:10:None] = ['a', 'b']
    return a
t(f86)
def g86():
    a = [0, 1, 2, 3]
    del a[True:10:None]
    return a
t(g86)
t(lambda: [0, 1, 2, 3][True:10:None])
t(lambda: tuple([0, 1, 2, 3])[True:10:None])
t(lambda: range(4)[True:10:None])
t(lambda: list(range(1, 9, 2)[True:10:None]))
def h86():
    a = [0, 1, 2, 3]
    a.insert(1, 'I')
    return a, a.pop(5), a
t(h86)
t(lambda: [0, 1, 2, 3].index(3, 5, 0))
t(lambda: tuple([0, 1, 2, 3]).index(3, 10))
t(lambda: [0, 1, 2, 3] < [0, 2, 3, 7])
t(lambda: [0, 1, 2, 3] * 5)
def f87():
    a = [0, 1, 2]
    a[None:1:2] = 'xyz'
    return a
t(f87)
def g87():
    a = [0, 1, 2]
    del a[None:1:2]
    return a
t(g87)
t(lambda: [0, 1, 2][None:1:2])
t(lambda: tuple([0, 1, 2])[None:1:2])
t(lambda: range(3)[None:1:2])
t(lambda: list(range(1, 8, 2)[None:1:2]))
def h87():
    a = [0, 1, 2]
    a.insert(-7, 'I')
    return a, a.pop(0), a
t(h87)
t(lambda: [0, 1, 2].index(3, 10, -2))
t(lambda: tuple([0, 1, 2]).index(9, 10))
t(lambda: [0, 1, 2] < [])
t(lambda: [0, 1, 2] * True)
def f88():
    a = []
    a[-1:2:-1] = ['a', 'b']
    return a
t(f88)
def g88():
    a = []
    del a[-1:2:-1]
    return a
t(g88)
t(lambda: [][-1:2:-1])
t(lambda: tuple([])[-1:2:-1])
t(lambda: range(0)[-1:2:-1])
t(lambda: list(range(1, 5, 2)[-1:2:-1]))
def h88():
    a = []
    a.insert(5, 'I')
    return a, a.pop(0), a
t(h88)
t(lambda: [].index(3, None, 1))
t(lambda: tuple([]).index(3, 10))
t(lambda: [] < [0, 5, 6])
t(lambda: [] * 1)
def f89():
    a = [0, 1, 2, 3]
    a[-2:0:-1] = 'xyz'
    return a
t(f89)
def g89():
    a = [0, 1, 2, 3]
    del a[-2:0:-1]
    return a
t(g89)
t(lambda: [0, 1, 2, 3][-2:0:-1])
t(lambda: tuple([0, 1, 2, 3])[-2:0:-1])
t(lambda: range(4)[-2:0:-1])
t(lambda: list(range(1, 9, 2)[-2:0:-1]))
def h89():
    a = [0, 1, 2, 3]
    a.insert(0, 'I')
    return a, a.pop(1), a
t(h89)
t(lambda: [0, 1, 2, 3].index(3, None, 2))
t(lambda: tuple([0, 1, 2, 3]).index(1, 1))
t(lambda: [0, 1, 2, 3] < [7])
t(lambda: [0, 1, 2, 3] * True)
def f90():
    a = [0, 1, 2, 3, 4, 5, 6]
    a[10:0:2] = 'xyz'
    return a
t(f90)
def g90():
    a = [0, 1, 2, 3, 4, 5, 6]
    del a[10:0:2]
    return a
t(g90)
t(lambda: [0, 1, 2, 3, 4, 5, 6][10:0:2])
t(lambda: tuple([0, 1, 2, 3, 4, 5, 6])[10:0:2])
t(lambda: range(7)[10:0:2])
t(lambda: list(range(1, 12, 2)[10:0:2]))
def h90():
    a = [0, 1, 2, 3, 4, 5, 6]
    a.insert(True, 'I')
    return a, a.pop(True), a
t(h90)
t(lambda: [0, 1, 2, 3, 4, 5, 6].index(1, 1, None))
t(lambda: tuple([0, 1, 2, 3, 4, 5, 6]).index(3, 0))
t(lambda: [0, 1, 2, 3, 4, 5, 6] < [1, 2, 6])
t(lambda: [0, 1, 2, 3, 4, 5, 6] * -1)
def f91():
    a = [0]
    a[2:-2:1] = range(3)
    return a
t(f91)
def g91():
    a = [0]
    del a[2:-2:1]
    return a
t(g91)
t(lambda: [0][2:-2:1])
t(lambda: tuple([0])[2:-2:1])
t(lambda: range(1)[2:-2:1])
t(lambda: list(range(1, 6, 2)[2:-2:1]))
def h91():
    a = [0]
    a.insert(10, 'I')
    return a, a.pop(-7), a
t(h91)
t(lambda: [0].index(3, 1, -7))
t(lambda: tuple([0]).index(3, 0))
t(lambda: [0] < [2, 3])
t(lambda: [0] * 1)
def f92():
    a = [0, 1, 2, 3, 4, 5]
    a[True:5:None] = 5
    return a
t(f92)
def g92():
    a = [0, 1, 2, 3, 4, 5]
    del a[True:5:None]
    return a
t(g92)
t(lambda: [0, 1, 2, 3, 4, 5][True:5:None])
t(lambda: tuple([0, 1, 2, 3, 4, 5])[True:5:None])
t(lambda: range(6)[True:5:None])
t(lambda: list(range(1, 11, 2)[True:5:None]))
def h92():
    a = [0, 1, 2, 3, 4, 5]
    a.insert(-1, 'I')
    return a, a.pop(10), a
t(h92)
t(lambda: [0, 1, 2, 3, 4, 5].index(3, 2, 5))
t(lambda: tuple([0, 1, 2, 3, 4, 5]).index(9, 10))
t(lambda: [0, 1, 2, 3, 4, 5] < [2, 5, 6])
t(lambda: [0, 1, 2, 3, 4, 5] * 2)
def f93():
    a = [0]
    a[-7:-7:2] = 5
    return a
t(f93)
def g93():
    a = [0]
    del a[-7:-7:2]
    return a
t(g93)
t(lambda: [0][-7:-7:2])
t(lambda: tuple([0])[-7:-7:2])
t(lambda: range(1)[-7:-7:2])
t(lambda: list(range(1, 6, 2)[-7:-7:2]))
def h93():
    a = [0]
    a.insert(-7, 'I')
    return a, a.pop(0), a
t(h93)
t(lambda: [0].index(3, True, 0))
t(lambda: tuple([0]).index(3, 2))
t(lambda: [0] < [1])
t(lambda: [0] * 0)
def f94():
    a = [0, 1, 2]
    a[None:True:2] = []
    return a
t(f94)
def g94():
    a = [0, 1, 2]
    del a[None:True:2]
    return a
t(g94)
t(lambda: [0, 1, 2][None:True:2])
t(lambda: tuple([0, 1, 2])[None:True:2])
t(lambda: range(3)[None:True:2])
t(lambda: list(range(1, 8, 2)[None:True:2]))
def h94():
    a = [0, 1, 2]
    a.insert(-7, 'I')
    return a, a.pop(0), a
t(h94)
t(lambda: [0, 1, 2].index(3, 10, 10))
t(lambda: tuple([0, 1, 2]).index(0, 2))
t(lambda: [0, 1, 2] < [0, 7])
t(lambda: [0, 1, 2] * -2)
def f95():
    a = [0, 1, 2, 3, 4, 5, 6]
    a[1:5:None] = (9,)
    return a
t(f95)
def g95():
    a = [0, 1, 2, 3, 4, 5, 6]
    del a[1:5:None]
    return a
t(g95)
t(lambda: [0, 1, 2, 3, 4, 5, 6][1:5:None])
t(lambda: tuple([0, 1, 2, 3, 4, 5, 6])[1:5:None])
t(lambda: range(7)[1:5:None])
t(lambda: list(range(1, 12, 2)[1:5:None]))
def h95():
    a = [0, 1, 2, 3, 4, 5, 6]
    a.insert(2, 'I')
    return a, a.pop(10), a
t(h95)
t(lambda: [0, 1, 2, 3, 4, 5, 6].index(9, 2, -7))
t(lambda: tuple([0, 1, 2, 3, 4, 5, 6]).index(1, -1))
t(lambda: [0, 1, 2, 3, 4, 5, 6] < [2])
t(lambda: [0, 1, 2, 3, 4, 5, 6] * 2)
def f96():
    a = [0, 1]
    a[1:-1:2] = (9,)
    return a
t(f96)
def g96():
    a = [0, 1]
    del a[1:-1:2]
    return a
t(g96)
t(lambda: [0, 1][1:-1:2])
t(lambda: tuple([0, 1])[1:-1:2])
t(lambda: range(2)[1:-1:2])
t(lambda: list(range(1, 7, 2)[1:-1:2]))
def h96():
    a = [0, 1]
    a.insert(1, 'I')
    return a, a.pop(True), a
t(h96)
t(lambda: [0, 1].index(9, 10, -7))
t(lambda: tuple([0, 1]).index(0, 10))
t(lambda: [0, 1] < [])
t(lambda: [0, 1] * 2)
def f97():
    a = [0, 1, 2, 3, 4, 5]
    a[True:0:-1] = []
    return a
t(f97)
def g97():
    a = [0, 1, 2, 3, 4, 5]
    del a[True:0:-1]
    return a
t(g97)
t(lambda: [0, 1, 2, 3, 4, 5][True:0:-1])
t(lambda: tuple([0, 1, 2, 3, 4, 5])[True:0:-1])
t(lambda: range(6)[True:0:-1])
t(lambda: list(range(1, 11, 2)[True:0:-1]))
def h97():
    a = [0, 1, 2, 3, 4, 5]
    a.insert(-2, 'I')
    return a, a.pop(1), a
t(h97)
t(lambda: [0, 1, 2, 3, 4, 5].index(3, -7, 2))
t(lambda: tuple([0, 1, 2, 3, 4, 5]).index(9, 1))
t(lambda: [0, 1, 2, 3, 4, 5] < [])
t(lambda: [0, 1, 2, 3, 4, 5] * -2)
def f98():
    a = []
    a[True:None:-1] = 5
    return a
t(f98)
def g98():
    a = []
    del a[True:None:-1]
    return a
t(g98)
t(lambda: [][True:None:-1])
t(lambda: tuple([])[True:None:-1])
t(lambda: range(0)[True:None:-1])
t(lambda: list(range(1, 5, 2)[True:None:-1]))
def h98():
    a = []
    a.insert(None, 'I')
    return a, a.pop(10), a
t(h98)
t(lambda: [].index(1, None, 1))
t(lambda: tuple([]).index(3, -1))
t(lambda: [] < [4, 5])
t(lambda: [] * 10)
def f99():
    a = [0, 1]
    a[2:10:2] = ['a', 'b']
    return a
t(f99)
def g99():
    a = [0, 1]
    del a[2:10:2]
    return a
t(g99)
t(lambda: [0, 1][2:10:2])
t(lambda: tuple([0, 1])[2:10:2])
t(lambda: range(2)[2:10:2])
t(lambda: list(range(1, 7, 2)[2:10:2]))
def h99():
    a = [0, 1]
    a.insert(5, 'I')
    return a, a.pop(10), a
t(h99)
t(lambda: [0, 1].index(0, -2, None))
t(lambda: tuple([0, 1]).index(9, -7))
t(lambda: [0, 1] < [1, 4])
t(lambda: [0, 1] * 10)
def f100():
    a = [0, 1, 2, 3]
    a[0:-2:2] = []
    return a
t(f100)
def g100():
    a = [0, 1, 2, 3]
    del a[0:-2:2]
    return a
t(g100)
t(lambda: [0, 1, 2, 3][0:-2:2])
t(lambda: tuple([0, 1, 2, 3])[0:-2:2])
t(lambda: range(4)[0:-2:2])
t(lambda: list(range(1, 9, 2)[0:-2:2]))
def h100():
    a = [0, 1, 2, 3]
    a.insert(10, 'I')
    return a, a.pop(-7), a
t(h100)
t(lambda: [0, 1, 2, 3].index(9, -1, 5))
t(lambda: tuple([0, 1, 2, 3]).index(1, 0))
t(lambda: [0, 1, 2, 3] < [])
t(lambda: [0, 1, 2, 3] * 2)
def f101():
    a = []
    a[None:1:0] = []
    return a
t(f101)
def g101():
    a = []
    del a[None:1:0]
    return a
t(g101)
t(lambda: [][None:1:0])
t(lambda: tuple([])[None:1:0])
t(lambda: range(0)[None:1:0])
t(lambda: list(range(1, 5, 2)[None:1:0]))
def h101():
    a = []
    a.insert(None, 'I')
    return a, a.pop(-7), a
t(h101)
t(lambda: [].index(9, True, -1))
t(lambda: tuple([]).index(9, 5))
t(lambda: [] < [1, 5, 6])
t(lambda: [] * 1)
def f102():
    a = [0]
    a[True:2:-2] = range(3)
    return a
t(f102)
def g102():
    a = [0]
    del a[True:2:-2]
    return a
t(g102)
t(lambda: [0][True:2:-2])
t(lambda: tuple([0])[True:2:-2])
t(lambda: range(1)[True:2:-2])
t(lambda: list(range(1, 6, 2)[True:2:-2]))
def h102():
    a = [0]
    a.insert(0, 'I')
    return a, a.pop(True), a
t(h102)
t(lambda: [0].index(1, -7, -2))
t(lambda: tuple([0]).index(1, 2))
t(lambda: [0] < [])
t(lambda: [0] * None)
def f103():
    a = [0]
    a[5:2:3] = 'xyz'
    return a
t(f103)
def g103():
    a = [0]
    del a[5:2:3]
    return a
t(g103)
t(lambda: [0][5:2:3])
t(lambda: tuple([0])[5:2:3])
t(lambda: range(1)[5:2:3])
t(lambda: list(range(1, 6, 2)[5:2:3]))
def h103():
    a = [0]
    a.insert(5, 'I')
    return a, a.pop(None), a
t(h103)
t(lambda: [0].index(1, -2, 10))
t(lambda: tuple([0]).index(9, 1))
t(lambda: [0] < [1])
t(lambda: [0] * -7)
def f104():
    a = [0, 1, 2, 3, 4, 5]
    a[True:2:None] = range(3)
    return a
t(f104)
def g104():
    a = [0, 1, 2, 3, 4, 5]
    del a[True:2:None]
    return a
t(g104)
t(lambda: [0, 1, 2, 3, 4, 5][True:2:None])
t(lambda: tuple([0, 1, 2, 3, 4, 5])[True:2:None])
t(lambda: range(6)[True:2:None])
t(lambda: list(range(1, 11, 2)[True:2:None]))
def h104():
    a = [0, 1, 2, 3, 4, 5]
    a.insert(1, 'I')
    return a, a.pop(0), a
t(h104)
t(lambda: [0, 1, 2, 3, 4, 5].index(0, -7, -7))
t(lambda: tuple([0, 1, 2, 3, 4, 5]).index(0, 0))
t(lambda: [0, 1, 2, 3, 4, 5] < [0, 3, 6, 7])
t(lambda: [0, 1, 2, 3, 4, 5] * -1)
def f105():
    a = [0, 1]
    a[0:2:-2] = 5
    return a
t(f105)
def g105():
    a = [0, 1]
    del a[0:2:-2]
    return a
t(g105)
t(lambda: [0, 1][0:2:-2])
t(lambda: tuple([0, 1])[0:2:-2])
t(lambda: range(2)[0:2:-2])
t(lambda: list(range(1, 7, 2)[0:2:-2]))
def h105():
    a = [0, 1]
    a.insert(1, 'I')
    return a, a.pop(0), a
t(h105)
t(lambda: [0, 1].index(3, -1, 10))
t(lambda: tuple([0, 1]).index(9, 2))
t(lambda: [0, 1] < [1])
t(lambda: [0, 1] * None)
def f106():
    a = [0, 1, 2, 3, 4, 5]
    a[-1:-7:3] = range(3)
    return a
t(f106)
def g106():
    a = [0, 1, 2, 3, 4, 5]
    del a[-1:-7:3]
    return a
t(g106)
t(lambda: [0, 1, 2, 3, 4, 5][-1:-7:3])
t(lambda: tuple([0, 1, 2, 3, 4, 5])[-1:-7:3])
t(lambda: range(6)[-1:-7:3])
t(lambda: list(range(1, 11, 2)[-1:-7:3]))
def h106():
    a = [0, 1, 2, 3, 4, 5]
    a.insert(-7, 'I')
    return a, a.pop(-7), a
t(h106)
t(lambda: [0, 1, 2, 3, 4, 5].index(1, True, True))
t(lambda: tuple([0, 1, 2, 3, 4, 5]).index(3, -2))
t(lambda: [0, 1, 2, 3, 4, 5] < [2, 7])
t(lambda: [0, 1, 2, 3, 4, 5] * True)
def f107():
    a = [0, 1, 2, 3, 4, 5, 6]
    a[None:1:1] = range(3)
    return a
t(f107)
def g107():
    a = [0, 1, 2, 3, 4, 5, 6]
    del a[None:1:1]
    return a
t(g107)
t(lambda: [0, 1, 2, 3, 4, 5, 6][None:1:1])
t(lambda: tuple([0, 1, 2, 3, 4, 5, 6])[None:1:1])
t(lambda: range(7)[None:1:1])
t(lambda: list(range(1, 12, 2)[None:1:1]))
def h107():
    a = [0, 1, 2, 3, 4, 5, 6]
    a.insert(-2, 'I')
    return a, a.pop(10), a
t(h107)
t(lambda: [0, 1, 2, 3, 4, 5, 6].index(0, -2, -1))
t(lambda: tuple([0, 1, 2, 3, 4, 5, 6]).index(1, 5))
t(lambda: [0, 1, 2, 3, 4, 5, 6] < [0, 1])
t(lambda: [0, 1, 2, 3, 4, 5, 6] * 10)
def f108():
    a = [0, 1, 2, 3, 4, 5]
    a[2:-1:-1] = 'xyz'
    return a
t(f108)
def g108():
    a = [0, 1, 2, 3, 4, 5]
    del a[2:-1:-1]
    return a
t(g108)
t(lambda: [0, 1, 2, 3, 4, 5][2:-1:-1])
t(lambda: tuple([0, 1, 2, 3, 4, 5])[2:-1:-1])
t(lambda: range(6)[2:-1:-1])
t(lambda: list(range(1, 11, 2)[2:-1:-1]))
def h108():
    a = [0, 1, 2, 3, 4, 5]
    a.insert(-2, 'I')
    return a, a.pop(True), a
t(h108)
t(lambda: [0, 1, 2, 3, 4, 5].index(0, 1, 0))
t(lambda: tuple([0, 1, 2, 3, 4, 5]).index(1, 5))
t(lambda: [0, 1, 2, 3, 4, 5] < [])
t(lambda: [0, 1, 2, 3, 4, 5] * 5)
def f109():
    a = [0, 1]
    a[0:-7:2] = range(3)
    return a
t(f109)
def g109():
    a = [0, 1]
    del a[0:-7:2]
    return a
t(g109)
t(lambda: [0, 1][0:-7:2])
t(lambda: tuple([0, 1])[0:-7:2])
t(lambda: range(2)[0:-7:2])
t(lambda: list(range(1, 7, 2)[0:-7:2]))
def h109():
    a = [0, 1]
    a.insert(5, 'I')
    return a, a.pop(True), a
t(h109)
t(lambda: [0, 1].index(9, 1, -7))
t(lambda: tuple([0, 1]).index(0, 0))
t(lambda: [0, 1] < [0, 4])
t(lambda: [0, 1] * 5)
def f110():
    a = [0, 1, 2]
    a[-2:-2:0] = []
    return a
t(f110)
def g110():
    a = [0, 1, 2]
    del a[-2:-2:0]
    return a
t(g110)
t(lambda: [0, 1, 2][-2:-2:0])
t(lambda: tuple([0, 1, 2])[-2:-2:0])
t(lambda: range(3)[-2:-2:0])
t(lambda: list(range(1, 8, 2)[-2:-2:0]))
def h110():
    a = [0, 1, 2]
    a.insert(2, 'I')
    return a, a.pop(None), a
t(h110)
t(lambda: [0, 1, 2].index(1, None, None))
t(lambda: tuple([0, 1, 2]).index(1, -7))
t(lambda: [0, 1, 2] < [0, 2, 5, 6])
t(lambda: [0, 1, 2] * -1)
def f111():
    a = [0, 1, 2, 3, 4]
    a[0:1:-1] = 5
    return a
t(f111)
def g111():
    a = [0, 1, 2, 3, 4]
    del a[0:1:-1]
    return a
t(g111)
t(lambda: [0, 1, 2, 3, 4][0:1:-1])
t(lambda: tuple([0, 1, 2, 3, 4])[0:1:-1])
t(lambda: range(5)[0:1:-1])
t(lambda: list(range(1, 10, 2)[0:1:-1]))
def h111():
    a = [0, 1, 2, 3, 4]
    a.insert(1, 'I')
    return a, a.pop(10), a
t(h111)
t(lambda: [0, 1, 2, 3, 4].index(0, -1, 5))
t(lambda: tuple([0, 1, 2, 3, 4]).index(1, -2))
t(lambda: [0, 1, 2, 3, 4] < [])
t(lambda: [0, 1, 2, 3, 4] * 1)
def f112():
    a = [0, 1, 2, 3, 4, 5, 6]
    a[None:-7:None] = ['a']
    return a
t(f112)
def g112():
    a = [0, 1, 2, 3, 4, 5, 6]
    del a[None:-7:None]
    return a
t(g112)
t(lambda: [0, 1, 2, 3, 4, 5, 6][None:-7:None])
t(lambda: tuple([0, 1, 2, 3, 4, 5, 6])[None:-7:None])
t(lambda: range(7)[None:-7:None])
t(lambda: list(range(1, 12, 2)[None:-7:None]))
def h112():
    a = [0, 1, 2, 3, 4, 5, 6]
    a.insert(10, 'I')
    return a, a.pop(0), a
t(h112)
t(lambda: [0, 1, 2, 3, 4, 5, 6].index(3, 0, None))
t(lambda: tuple([0, 1, 2, 3, 4, 5, 6]).index(9, 2))
t(lambda: [0, 1, 2, 3, 4, 5, 6] < [])
t(lambda: [0, 1, 2, 3, 4, 5, 6] * -7)
def f113():
    a = [0, 1]
    a[2:5:-2] = (9,)
    return a
t(f113)
def g113():
    a = [0, 1]
    del a[2:5:-2]
    return a
t(g113)
t(lambda: [0, 1][2:5:-2])
t(lambda: tuple([0, 1])[2:5:-2])
t(lambda: range(2)[2:5:-2])
t(lambda: list(range(1, 7, 2)[2:5:-2]))
def h113():
    a = [0, 1]
    a.insert(True, 'I')
    return a, a.pop(2), a
t(h113)
t(lambda: [0, 1].index(3, 10, 5))
t(lambda: tuple([0, 1]).index(3, None))
t(lambda: [0, 1] < [])
t(lambda: [0, 1] * 0)
def f114():
    a = []
    a[None:5:2] = 'xyz'
    return a
t(f114)
def g114():
    a = []
    del a[None:5:2]
    return a
t(g114)
t(lambda: [][None:5:2])
t(lambda: tuple([])[None:5:2])
t(lambda: range(0)[None:5:2])
t(lambda: list(range(1, 5, 2)[None:5:2]))
def h114():
    a = []
    a.insert(10, 'I')
    return a, a.pop(1), a
t(h114)
t(lambda: [].index(9, True, 1))
t(lambda: tuple([]).index(0, -7))
t(lambda: [] < [7])
t(lambda: [] * 1)
def f115():
    a = [0, 1, 2, 3, 4]
    a[10:-7:2] = (9,)
    return a
t(f115)
def g115():
    a = [0, 1, 2, 3, 4]
    del a[10:-7:2]
    return a
t(g115)
t(lambda: [0, 1, 2, 3, 4][10:-7:2])
t(lambda: tuple([0, 1, 2, 3, 4])[10:-7:2])
t(lambda: range(5)[10:-7:2])
t(lambda: list(range(1, 10, 2)[10:-7:2]))
def h115():
    a = [0, 1, 2, 3, 4]
    a.insert(0, 'I')
    return a, a.pop(1), a
t(h115)
t(lambda: [0, 1, 2, 3, 4].index(9, True, 5))
t(lambda: tuple([0, 1, 2, 3, 4]).index(0, None))
t(lambda: [0, 1, 2, 3, 4] < [])
t(lambda: [0, 1, 2, 3, 4] * 2)
def f116():
    a = [0, 1, 2, 3]
    a[0:True:2] = ['a']
    return a
t(f116)
def g116():
    a = [0, 1, 2, 3]
    del a[0:True:2]
    return a
t(g116)
t(lambda: [0, 1, 2, 3][0:True:2])
t(lambda: tuple([0, 1, 2, 3])[0:True:2])
t(lambda: range(4)[0:True:2])
t(lambda: list(range(1, 9, 2)[0:True:2]))
def h116():
    a = [0, 1, 2, 3]
    a.insert(None, 'I')
    return a, a.pop(10), a
t(h116)
t(lambda: [0, 1, 2, 3].index(3, 5, 0))
t(lambda: tuple([0, 1, 2, 3]).index(0, 1))
t(lambda: [0, 1, 2, 3] < [5])
t(lambda: [0, 1, 2, 3] * 1)
def f117():
    a = [0, 1]
    a[-2:0:-2] = []
    return a
t(f117)
def g117():
    a = [0, 1]
    del a[-2:0:-2]
    return a
t(g117)
t(lambda: [0, 1][-2:0:-2])
t(lambda: tuple([0, 1])[-2:0:-2])
t(lambda: range(2)[-2:0:-2])
t(lambda: list(range(1, 7, 2)[-2:0:-2]))
def h117():
    a = [0, 1]
    a.insert(1, 'I')
    return a, a.pop(True), a
t(h117)
t(lambda: [0, 1].index(3, None, True))
t(lambda: tuple([0, 1]).index(1, None))
t(lambda: [0, 1] < [])
t(lambda: [0, 1] * -2)
def f118():
    a = [0, 1, 2, 3, 4]
    a[0:5:-1] = (9,)
    return a
t(f118)
def g118():
    a = [0, 1, 2, 3, 4]
    del a[0:5:-1]
    return a
t(g118)
t(lambda: [0, 1, 2, 3, 4][0:5:-1])
t(lambda: tuple([0, 1, 2, 3, 4])[0:5:-1])
t(lambda: range(5)[0:5:-1])
t(lambda: list(range(1, 10, 2)[0:5:-1]))
def h118():
    a = [0, 1, 2, 3, 4]
    a.insert(10, 'I')
    return a, a.pop(-1), a
t(h118)
t(lambda: [0, 1, 2, 3, 4].index(0, 2, -1))
t(lambda: tuple([0, 1, 2, 3, 4]).index(0, 2))
t(lambda: [0, 1, 2, 3, 4] < [])
t(lambda: [0, 1, 2, 3, 4] * 1)
def f119():
    a = [0, 1]
    a[-2:5:0] = ['a']
    return a
t(f119)
def g119():
    a = [0, 1]
    del a[-2:5:0]
    return a
t(g119)
t(lambda: [0, 1][-2:5:0])
t(lambda: tuple([0, 1])[-2:5:0])
t(lambda: range(2)[-2:5:0])
t(lambda: list(range(1, 7, 2)[-2:5:0]))
def h119():
    a = [0, 1]
    a.insert(-7, 'I')
    return a, a.pop(1), a
t(h119)
t(lambda: [0, 1].index(3, 2, 5))
t(lambda: tuple([0, 1]).index(9, -1))
t(lambda: [0, 1] < [1, 4, 5])
t(lambda: [0, 1] * 5)
def f120():
    a = [0, 1]
    a[-2:True:None] = ['a', 'b']
    return a
t(f120)
def g120():
    a = [0, 1]
    del a[-2:True:None]
    return a
t(g120)
t(lambda: [0, 1][-2:True:None])
t(lambda: tuple([0, 1])[-2:True:None])
t(lambda: range(2)[-2:True:None])
t(lambda: list(range(1, 7, 2)[-2:True:None]))
def h120():
    a = [0, 1]
    a.insert(-2, 'I')
    return a, a.pop(-7), a
t(h120)
t(lambda: [0, 1].index(9, True, -7))
t(lambda: tuple([0, 1]).index(3, 1))
t(lambda: [0, 1] < [3])
t(lambda: [0, 1] * 0)
def f121():
    a = [0, 1, 2, 3, 4]
    a[2:0:0] = 'xyz'
    return a
t(f121)
def g121():
    a = [0, 1, 2, 3, 4]
    del a[2:0:0]
    return a
t(g121)
t(lambda: [0, 1, 2, 3, 4][2:0:0])
t(lambda: tuple([0, 1, 2, 3, 4])[2:0:0])
t(lambda: range(5)[2:0:0])
t(lambda: list(range(1, 10, 2)[2:0:0]))
def h121():
    a = [0, 1, 2, 3, 4]
    a.insert(-7, 'I')
    return a, a.pop(2), a
t(h121)
t(lambda: [0, 1, 2, 3, 4].index(1, 2, -7))
t(lambda: tuple([0, 1, 2, 3, 4]).index(0, True))
t(lambda: [0, 1, 2, 3, 4] < [0, 1, 3, 7])
t(lambda: [0, 1, 2, 3, 4] * 1)
def f122():
    a = [0, 1]
    a[2:5:0] = 'xyz'
    return a
t(f122)
def g122():
    a = [0, 1]
    del a[2:5:0]
    return a
t(g122)
t(lambda: [0, 1][2:5:0])
t(lambda: tuple([0, 1])[2:5:0])
t(lambda: range(2)[2:5:0])
t(lambda: list(range(1, 7, 2)[2:5:0]))
def h122():
    a = [0, 1]
    a.insert(2, 'I')
    return a, a.pop(-2), a
t(h122)
t(lambda: [0, 1].index(9, None, 2))
t(lambda: tuple([0, 1]).index(0, -2))
t(lambda: [0, 1] < [2, 4, 7])
t(lambda: [0, 1] * True)
def f123():
    a = [0, 1, 2]
    a[-1:1:-2] = 'xyz'
    return a
t(f123)
def g123():
    a = [0, 1, 2]
    del a[-1:1:-2]
    return a
t(g123)
t(lambda: [0, 1, 2][-1:1:-2])
t(lambda: tuple([0, 1, 2])[-1:1:-2])
t(lambda: range(3)[-1:1:-2])
t(lambda: list(range(1, 8, 2)[-1:1:-2]))
def h123():
    a = [0, 1, 2]
    a.insert(0, 'I')
    return a, a.pop(0), a
t(h123)
t(lambda: [0, 1, 2].index(3, 1, -7))
t(lambda: tuple([0, 1, 2]).index(9, 0))
t(lambda: [0, 1, 2] < [])
t(lambda: [0, 1, 2] * 10)
def f124():
    a = [0, 1, 2]
    a[10:-1:3] = 5
    return a
t(f124)
def g124():
    a = [0, 1, 2]
    del a[10:-1:3]
    return a
t(g124)
t(lambda: [0, 1, 2][10:-1:3])
t(lambda: tuple([0, 1, 2])[10:-1:3])
t(lambda: range(3)[10:-1:3])
t(lambda: list(range(1, 8, 2)[10:-1:3]))
def h124():
    a = [0, 1, 2]
    a.insert(1, 'I')
    return a, a.pop(-7), a
t(h124)
t(lambda: [0, 1, 2].index(9, True, -1))
t(lambda: tuple([0, 1, 2]).index(0, 10))
t(lambda: [0, 1, 2] < [3, 7])
t(lambda: [0, 1, 2] * 10)
def f125():
    a = []
    a[2:True:0] = ['a', 'b']
    return a
t(f125)
def g125():
    a = []
    del a[2:True:0]
    return a
t(g125)
t(lambda: [][2:True:0])
t(lambda: tuple([])[2:True:0])
t(lambda: range(0)[2:True:0])
t(lambda: list(range(1, 5, 2)[2:True:0]))
def h125():
    a = []
    a.insert(-1, 'I')
    return a, a.pop(None), a
t(h125)
t(lambda: [].index(9, -7, None))
t(lambda: tuple([]).index(1, None))
t(lambda: [] < [])
t(lambda: [] * -7)
def f126():
    a = []
    a[5:1:2] = 'xyz'
    return a
t(f126)
def g126():
    a = []
    del a[5:1:2]
    return a
t(g126)
t(lambda: [][5:1:2])
t(lambda: tuple([])[5:1:2])
t(lambda: range(0)[5:1:2])
t(lambda: list(range(1, 5, 2)[5:1:2]))
def h126():
    a = []
    a.insert(-1, 'I')
    return a, a.pop(None), a
t(h126)
t(lambda: [].index(3, 10, 10))
t(lambda: tuple([]).index(1, 1))
t(lambda: [] < [1])
t(lambda: [] * -7)
def f127():
    a = [0, 1, 2, 3, 4, 5, 6]
    a[5:True:-2] = ['a', 'b']
    return a
t(f127)
def g127():
    a = [0, 1, 2, 3, 4, 5, 6]
    del a[5:True:-2]
    return a
t(g127)
t(lambda: [0, 1, 2, 3, 4, 5, 6][5:True:-2])
t(lambda: tuple([0, 1, 2, 3, 4, 5, 6])[5:True:-2])
t(lambda: range(7)[5:True:-2])
t(lambda: list(range(1, 12, 2)[5:True:-2]))
def h127():
    a = [0, 1, 2, 3, 4, 5, 6]
    a.insert(None, 'I')
    return a, a.pop(0), a
t(h127)
t(lambda: [0, 1, 2, 3, 4, 5, 6].index(1, None, -1))
t(lambda: tuple([0, 1, 2, 3, 4, 5, 6]).index(1, -2))
t(lambda: [0, 1, 2, 3, 4, 5, 6] < [5])
t(lambda: [0, 1, 2, 3, 4, 5, 6] * -7)
def f128():
    a = [0, 1, 2, 3]
    a[-2:1:0] = 5
    return a
t(f128)
def g128():
    a = [0, 1, 2, 3]
    del a[-2:1:0]
    return a
t(g128)
t(lambda: [0, 1, 2, 3][-2:1:0])
t(lambda: tuple([0, 1, 2, 3])[-2:1:0])
t(lambda: range(4)[-2:1:0])
t(lambda: list(range(1, 9, 2)[-2:1:0]))
def h128():
    a = [0, 1, 2, 3]
    a.insert(5, 'I')
    return a, a.pop(True), a
t(h128)
t(lambda: [0, 1, 2, 3].index(1, -1, 0))
t(lambda: tuple([0, 1, 2, 3]).index(9, 10))
t(lambda: [0, 1, 2, 3] < [2])
t(lambda: [0, 1, 2, 3] * -2)
def f129():
    a = [0, 1, 2]
    a[-1:True:None] = (9,)
    return a
t(f129)
def g129():
    a = [0, 1, 2]
    del a[-1:True:None]
    return a
t(g129)
t(lambda: [0, 1, 2][-1:True:None])
t(lambda: tuple([0, 1, 2])[-1:True:None])
t(lambda: range(3)[-1:True:None])
t(lambda: list(range(1, 8, 2)[-1:True:None]))
def h129():
    a = [0, 1, 2]
    a.insert(-7, 'I')
    return a, a.pop(-2), a
t(h129)
t(lambda: [0, 1, 2].index(3, None, -2))
t(lambda: tuple([0, 1, 2]).index(3, 5))
t(lambda: [0, 1, 2] < [1, 2, 6])
t(lambda: [0, 1, 2] * -1)
def f130():
    a = [0, 1, 2, 3]
    a[-7:0:0] = ['a']
    return a
t(f130)
def g130():
    a = [0, 1, 2, 3]
    del a[-7:0:0]
    return a
t(g130)
t(lambda: [0, 1, 2, 3][-7:0:0])
t(lambda: tuple([0, 1, 2, 3])[-7:0:0])
t(lambda: range(4)[-7:0:0])
t(lambda: list(range(1, 9, 2)[-7:0:0]))
def h130():
    a = [0, 1, 2, 3]
    a.insert(10, 'I')
    return a, a.pop(10), a
t(h130)
t(lambda: [0, 1, 2, 3].index(1, 2, -1))
t(lambda: tuple([0, 1, 2, 3]).index(1, None))
t(lambda: [0, 1, 2, 3] < [])
t(lambda: [0, 1, 2, 3] * -7)
def f131():
    a = [0, 1, 2, 3]
    a[True:2:3] = []
    return a
t(f131)
def g131():
    a = [0, 1, 2, 3]
    del a[True:2:3]
    return a
t(g131)
t(lambda: [0, 1, 2, 3][True:2:3])
t(lambda: tuple([0, 1, 2, 3])[True:2:3])
t(lambda: range(4)[True:2:3])
t(lambda: list(range(1, 9, 2)[True:2:3]))
def h131():
    a = [0, 1, 2, 3]
    a.insert(-7, 'I')
    return a, a.pop(10), a
t(h131)
t(lambda: [0, 1, 2, 3].index(1, 10, -1))
t(lambda: tuple([0, 1, 2, 3]).index(1, 10))
t(lambda: [0, 1, 2, 3] < [1])
t(lambda: [0, 1, 2, 3] * 0)
def f132():
    a = [0, 1, 2, 3, 4]
    a[1:-1:3] = 'xyz'
    return a
t(f132)
def g132():
    a = [0, 1, 2, 3, 4]
    del a[1:-1:3]
    return a
t(g132)
t(lambda: [0, 1, 2, 3, 4][1:-1:3])
t(lambda: tuple([0, 1, 2, 3, 4])[1:-1:3])
t(lambda: range(5)[1:-1:3])
t(lambda: list(range(1, 10, 2)[1:-1:3]))
def h132():
    a = [0, 1, 2, 3, 4]
    a.insert(5, 'I')
    return a, a.pop(1), a
t(h132)
t(lambda: [0, 1, 2, 3, 4].index(1, 1, True))
t(lambda: tuple([0, 1, 2, 3, 4]).index(0, -7))
t(lambda: [0, 1, 2, 3, 4] < [3])
t(lambda: [0, 1, 2, 3, 4] * 5)
def f133():
    a = [0, 1, 2, 3, 4, 5]
    a[1:-2:-2] = []
    return a
t(f133)
def g133():
    a = [0, 1, 2, 3, 4, 5]
    del a[1:-2:-2]
    return a
t(g133)
t(lambda: [0, 1, 2, 3, 4, 5][1:-2:-2])
t(lambda: tuple([0, 1, 2, 3, 4, 5])[1:-2:-2])
t(lambda: range(6)[1:-2:-2])
t(lambda: list(range(1, 11, 2)[1:-2:-2]))
def h133():
    a = [0, 1, 2, 3, 4, 5]
    a.insert(-2, 'I')
    return a, a.pop(0), a
t(h133)
t(lambda: [0, 1, 2, 3, 4, 5].index(1, 1, -7))
t(lambda: tuple([0, 1, 2, 3, 4, 5]).index(3, None))
t(lambda: [0, 1, 2, 3, 4, 5] < [5, 6])
t(lambda: [0, 1, 2, 3, 4, 5] * -2)
def f134():
    a = []
    a[None:-2:-2] = ['a']
    return a
t(f134)
def g134():
    a = []
    del a[None:-2:-2]
    return a
t(g134)
t(lambda: [][None:-2:-2])
t(lambda: tuple([])[None:-2:-2])
t(lambda: range(0)[None:-2:-2])
t(lambda: list(range(1, 5, 2)[None:-2:-2]))
def h134():
    a = []
    a.insert(-7, 'I')
    return a, a.pop(True), a
t(h134)
t(lambda: [].index(9, 2, 1))
t(lambda: tuple([]).index(9, -1))
t(lambda: [] < [2, 3])
t(lambda: [] * -2)
def f135():
    a = [0, 1]
    a[1:-7:None] = 'xyz'
    return a
t(f135)
def g135():
    a = [0, 1]
    del a[1:-7:None]
    return a
t(g135)
t(lambda: [0, 1][1:-7:None])
t(lambda: tuple([0, 1])[1:-7:None])
t(lambda: range(2)[1:-7:None])
t(lambda: list(range(1, 7, 2)[1:-7:None]))
def h135():
    a = [0, 1]
    a.insert(0, 'I')
    return a, a.pop(5), a
t(h135)
t(lambda: [0, 1].index(0, 5, 2))
t(lambda: tuple([0, 1]).index(9, 0))
t(lambda: [0, 1] < [])
t(lambda: [0, 1] * -1)
def f136():
    a = [0]
    a[-1:0:2] = ['a', 'b']
    return a
t(f136)
def g136():
    a = [0]
    del a[-1:0:2]
    return a
t(g136)
t(lambda: [0][-1:0:2])
t(lambda: tuple([0])[-1:0:2])
t(lambda: range(1)[-1:0:2])
t(lambda: list(range(1, 6, 2)[-1:0:2]))
def h136():
    a = [0]
    a.insert(True, 'I')
    return a, a.pop(-2), a
t(h136)
t(lambda: [0].index(3, None, None))
t(lambda: tuple([0]).index(0, -1))
t(lambda: [0] < [0, 1])
t(lambda: [0] * -7)
def f137():
    a = [0, 1, 2, 3]
    a[2:2:-2] = range(3)
    return a
t(f137)
def g137():
    a = [0, 1, 2, 3]
    del a[2:2:-2]
    return a
t(g137)
t(lambda: [0, 1, 2, 3][2:2:-2])
t(lambda: tuple([0, 1, 2, 3])[2:2:-2])
t(lambda: range(4)[2:2:-2])
t(lambda: list(range(1, 9, 2)[2:2:-2]))
def h137():
    a = [0, 1, 2, 3]
    a.insert(None, 'I')
    return a, a.pop(10), a
t(h137)
t(lambda: [0, 1, 2, 3].index(0, 10, True))
t(lambda: tuple([0, 1, 2, 3]).index(1, 2))
t(lambda: [0, 1, 2, 3] < [0, 2, 4])
t(lambda: [0, 1, 2, 3] * 2)
def f138():
    a = [0, 1, 2, 3, 4, 5, 6]
    a[-2:2:3] = ['a']
    return a
t(f138)
def g138():
    a = [0, 1, 2, 3, 4, 5, 6]
    del a[-2:2:3]
    return a
t(g138)
t(lambda: [0, 1, 2, 3, 4, 5, 6][-2:2:3])
t(lambda: tuple([0, 1, 2, 3, 4, 5, 6])[-2:2:3])
t(lambda: range(7)[-2:2:3])
t(lambda: list(range(1, 12, 2)[-2:2:3]))
def h138():
    a = [0, 1, 2, 3, 4, 5, 6]
    a.insert(-1, 'I')
    return a, a.pop(-2), a
t(h138)
t(lambda: [0, 1, 2, 3, 4, 5, 6].index(3, 0, 10))
t(lambda: tuple([0, 1, 2, 3, 4, 5, 6]).index(3, -2))
t(lambda: [0, 1, 2, 3, 4, 5, 6] < [2, 4])
t(lambda: [0, 1, 2, 3, 4, 5, 6] * 0)
def f139():
    a = [0, 1, 2, 3]
    a[5:5:None] = 'xyz'
    return a
t(f139)
def g139():
    a = [0, 1, 2, 3]
    del a[5:5:None]
    return a
t(g139)
t(lambda: [0, 1, 2, 3][5:5:None])
t(lambda: tuple([0, 1, 2, 3])[5:5:None])
t(lambda: range(4)[5:5:None])
t(lambda: list(range(1, 9, 2)[5:5:None]))
def h139():
    a = [0, 1, 2, 3]
    a.insert(1, 'I')
    return a, a.pop(0), a
t(h139)
t(lambda: [0, 1, 2, 3].index(3, -1, -7))
t(lambda: tuple([0, 1, 2, 3]).index(9, True))
t(lambda: [0, 1, 2, 3] < [])
t(lambda: [0, 1, 2, 3] * 5)
def f140():
    a = [0, 1, 2, 3, 4, 5]
    a[True:-2:2] = 5
    return a
t(f140)
def g140():
    a = [0, 1, 2, 3, 4, 5]
    del a[True:-2:2]
    return a
t(g140)
t(lambda: [0, 1, 2, 3, 4, 5][True:-2:2])
t(lambda: tuple([0, 1, 2, 3, 4, 5])[True:-2:2])
t(lambda: range(6)[True:-2:2])
t(lambda: list(range(1, 11, 2)[True:-2:2]))
def h140():
    a = [0, 1, 2, 3, 4, 5]
    a.insert(-7, 'I')
    return a, a.pop(10), a
t(h140)
t(lambda: [0, 1, 2, 3, 4, 5].index(9, -2, 1))
t(lambda: tuple([0, 1, 2, 3, 4, 5]).index(0, 10))
t(lambda: [0, 1, 2, 3, 4, 5] < [])
t(lambda: [0, 1, 2, 3, 4, 5] * True)
def f141():
    a = [0, 1, 2]
    a[0:5:-1] = 5
    return a
t(f141)
def g141():
    a = [0, 1, 2]
    del a[0:5:-1]
    return a
t(g141)
t(lambda: [0, 1, 2][0:5:-1])
t(lambda: tuple([0, 1, 2])[0:5:-1])
t(lambda: range(3)[0:5:-1])
t(lambda: list(range(1, 8, 2)[0:5:-1]))
def h141():
    a = [0, 1, 2]
    a.insert(None, 'I')
    return a, a.pop(0), a
t(h141)
t(lambda: [0, 1, 2].index(1, 2, -1))
t(lambda: tuple([0, 1, 2]).index(1, 0))
t(lambda: [0, 1, 2] < [1, 6])
t(lambda: [0, 1, 2] * -2)
def f142():
    a = [0, 1, 2, 3]
    a[True:None:2] = 5
    return a
t(f142)
def g142():
    a = [0, 1, 2, 3]
    del a[True:None:2]
    return a
t(g142)
t(lambda: [0, 1, 2, 3][True:None:2])
t(lambda: tuple([0, 1, 2, 3])[True:None:2])
t(lambda: range(4)[True:None:2])
t(lambda: list(range(1, 9, 2)[True:None:2]))
def h142():
    a = [0, 1, 2, 3]
    a.insert(10, 'I')
    return a, a.pop(-7), a
t(h142)
t(lambda: [0, 1, 2, 3].index(1, True, -7))
t(lambda: tuple([0, 1, 2, 3]).index(9, 0))
t(lambda: [0, 1, 2, 3] < [1, 2, 4, 7])
t(lambda: [0, 1, 2, 3] * -7)
def f143():
    a = [0]
    a[None:5:1] = []
    return a
t(f143)
def g143():
    a = [0]
    del a[None:5:1]
    return a
t(g143)
t(lambda: [0][None:5:1])
t(lambda: tuple([0])[None:5:1])
t(lambda: range(1)[None:5:1])
t(lambda: list(range(1, 6, 2)[None:5:1]))
def h143():
    a = [0]
    a.insert(5, 'I')
    return a, a.pop(None), a
t(h143)
t(lambda: [0].index(9, 10, True))
t(lambda: tuple([0]).index(9, 0))
t(lambda: [0] < [4])
t(lambda: [0] * 0)
def f144():
    a = [0]
    a[-1:5:None] = 5
    return a
t(f144)
def g144():
    a = [0]
    del a[-1:5:None]
    return a
t(g144)
t(lambda: [0][-1:5:None])
t(lambda: tuple([0])[-1:5:None])
t(lambda: range(1)[-1:5:None])
t(lambda: list(range(1, 6, 2)[-1:5:None]))
def h144():
    a = [0]
    a.insert(-7, 'I')
    return a, a.pop(True), a
t(h144)
t(lambda: [0].index(1, -1, 1))
t(lambda: tuple([0]).index(0, -7))
t(lambda: [0] < [])
t(lambda: [0] * 0)
def f145():
    a = [0, 1, 2, 3, 4, 5, 6]
    a[-1:2:2] = []
    return a
t(f145)
def g145():
    a = [0, 1, 2, 3, 4, 5, 6]
    del a[-1:2:2]
    return a
t(g145)
t(lambda: [0, 1, 2, 3, 4, 5, 6][-1:2:2])
t(lambda: tuple([0, 1, 2, 3, 4, 5, 6])[-1:2:2])
t(lambda: range(7)[-1:2:2])
t(lambda: list(range(1, 12, 2)[-1:2:2]))
def h145():
    a = [0, 1, 2, 3, 4, 5, 6]
    a.insert(2, 'I')
    return a, a.pop(0), a
t(h145)
t(lambda: [0, 1, 2, 3, 4, 5, 6].index(0, None, -7))
t(lambda: tuple([0, 1, 2, 3, 4, 5, 6]).index(0, None))
t(lambda: [0, 1, 2, 3, 4, 5, 6] < [2, 3, 5, 6])
t(lambda: [0, 1, 2, 3, 4, 5, 6] * 2)
def f146():
    a = [0, 1, 2, 3, 4]
    a[-2:0:0] = (9,)
    return a
t(f146)
def g146():
    a = [0, 1, 2, 3, 4]
    del a[-2:0:0]
    return a
t(g146)
t(lambda: [0, 1, 2, 3, 4][-2:0:0])
t(lambda: tuple([0, 1, 2, 3, 4])[-2:0:0])
t(lambda: range(5)[-2:0:0])
t(lambda: list(range(1, 10, 2)[-2:0:0]))
def h146():
    a = [0, 1, 2, 3, 4]
    a.insert(True, 'I')
    return a, a.pop(10), a
t(h146)
t(lambda: [0, 1, 2, 3, 4].index(3, 5, True))
t(lambda: tuple([0, 1, 2, 3, 4]).index(1, 10))
t(lambda: [0, 1, 2, 3, 4] < [0, 3, 7])
t(lambda: [0, 1, 2, 3, 4] * 1)
def f147():
    a = [0, 1]
    a[0:-1:-2] = ['a', 'b']
    return a
t(f147)
def g147():
    a = [0, 1]
    del a[0:-1:-2]
    return a
t(g147)
t(lambda: [0, 1][0:-1:-2])
t(lambda: tuple([0, 1])[0:-1:-2])
t(lambda: range(2)[0:-1:-2])
t(lambda: list(range(1, 7, 2)[0:-1:-2]))
def h147():
    a = [0, 1]
    a.insert(2, 'I')
    return a, a.pop(-7), a
t(h147)
t(lambda: [0, 1].index(9, 10, 1))
t(lambda: tuple([0, 1]).index(0, 10))
t(lambda: [0, 1] < [0, 1, 2, 3])
t(lambda: [0, 1] * 10)
def f148():
    a = [0, 1, 2, 3, 4, 5, 6]
    a[None:2:None] = (9,)
    return a
t(f148)
def g148():
    a = [0, 1, 2, 3, 4, 5, 6]
    del a[None:2:None]
    return a
t(g148)
t(lambda: [0, 1, 2, 3, 4, 5, 6][None:2:None])
t(lambda: tuple([0, 1, 2, 3, 4, 5, 6])[None:2:None])
t(lambda: range(7)[None:2:None])
t(lambda: list(range(1, 12, 2)[None:2:None]))
def h148():
    a = [0, 1, 2, 3, 4, 5, 6]
    a.insert(10, 'I')
    return a, a.pop(10), a
t(h148)
t(lambda: [0, 1, 2, 3, 4, 5, 6].index(1, -1, True))
t(lambda: tuple([0, 1, 2, 3, 4, 5, 6]).index(1, True))
t(lambda: [0, 1, 2, 3, 4, 5, 6] < [0, 1, 5, 7])
t(lambda: [0, 1, 2, 3, 4, 5, 6] * None)
def f149():
    a = [0, 1, 2, 3, 4]
    a[5:10:-1] = range(3)
    return a
t(f149)
def g149():
    a = [0, 1, 2, 3, 4]
    del a[5:10:-1]
    return a
t(g149)
t(lambda: [0, 1, 2, 3, 4][5:10:-1])
t(lambda: tuple([0, 1, 2, 3, 4])[5:10:-1])
t(lambda: range(5)[5:10:-1])
t(lambda: list(range(1, 10, 2)[5:10:-1]))
def h149():
    a = [0, 1, 2, 3, 4]
    a.insert(None, 'I')
    return a, a.pop(10), a
t(h149)
t(lambda: [0, 1, 2, 3, 4].index(9, 1, -7))
t(lambda: tuple([0, 1, 2, 3, 4]).index(3, 0))
t(lambda: [0, 1, 2, 3, 4] < [0, 3, 5, 6])
t(lambda: [0, 1, 2, 3, 4] * 2)
def d0():
    d = {'c': 3, 'b': 1}
    d.update({'b': 7, 'a': 4})
    r = [d.pop('a', None), d.setdefault('z', 0), d.get('b'), 'c' in d]
    d['q'] = d.popitem() if d else None
    return d, r, list(d.items()), d == {'b': 7, 'a': 4}
t(d0)
def d1():
    d = {'f': 3, 'd': 3}
    d.update({'a': 7})
    r = [d.pop('a', None), d.setdefault('z', 0), d.get('b'), 'c' in d]
    d['q'] = d.popitem() if d else None
    return d, r, list(d.items()), d == {'a': 7}
t(d1)
def d2():
    d = {'c': 3}
    d.update({'b': 2, 'd': 4, 'f': 3})
    r = [d.pop('a', None), d.setdefault('z', 0), d.get('b'), 'c' in d]
    d['q'] = d.popitem() if d else None
    return d, r, list(d.items()), d == {'b': 2, 'd': 4, 'f': 3}
t(d2)
def d3():
    d = {'a': 3}
    d.update({'f': 7, 'e': 0})
    r = [d.pop('a', None), d.setdefault('z', 0), d.get('b'), 'c' in d]
    d['q'] = d.popitem() if d else None
    return d, r, list(d.items()), d == {'f': 7, 'e': 0}
t(d3)
def d4():
    d = {'c': 1, 'b': 3, 'f': 0}
    d.update({'e': 3, 'd': 5, 'f': 2})
    r = [d.pop('a', None), d.setdefault('z', 0), d.get('b'), 'c' in d]
    d['q'] = d.popitem() if d else None
    return d, r, list(d.items()), d == {'e': 3, 'd': 5, 'f': 2}
t(d4)
def d5():
    d = {'e': 8, 'd': 0, 'a': 7}
    d.update({'d': 4, 'a': 4})
    r = [d.pop('a', None), d.setdefault('z', 0), d.get('b'), 'c' in d]
    d['q'] = d.popitem() if d else None
    return d, r, list(d.items()), d == {'d': 4, 'a': 4}
t(d5)
def d6():
    d = {'c': 6, 'e': 8}
    d.update({'b': 7, 'a': 4})
    r = [d.pop('a', None), d.setdefault('z', 0), d.get('b'), 'c' in d]
    d['q'] = d.popitem() if d else None
    return d, r, list(d.items()), d == {'b': 7, 'a': 4}
t(d6)
def d7():
    d = {'c': 3, 'a': 4, 'f': 7}
    d.update({'c': 5, 'a': 8})
    r = [d.pop('a', None), d.setdefault('z', 0), d.get('b'), 'c' in d]
    d['q'] = d.popitem() if d else None
    return d, r, list(d.items()), d == {'c': 5, 'a': 8}
t(d7)
def d8():
    d = {'a': 2, 'b': 7}
    d.update({'e': 5, 'd': 4})
    r = [d.pop('a', None), d.setdefault('z', 0), d.get('b'), 'c' in d]
    d['q'] = d.popitem() if d else None
    return d, r, list(d.items()), d == {'e': 5, 'd': 4}
t(d8)
def d9():
    d = {'b': 3, 'd': 0}
    d.update({'f': 6})
    r = [d.pop('a', None), d.setdefault('z', 0), d.get('b'), 'c' in d]
    d['q'] = d.popitem() if d else None
    return d, r, list(d.items()), d == {'f': 6}
t(d9)
def d10():
    d = {'e': 8, 'd': 9}
    d.update({'c': 7, 'a': 8})
    r = [d.pop('a', None), d.setdefault('z', 0), d.get('b'), 'c' in d]
    d['q'] = d.popitem() if d else None
    return d, r, list(d.items()), d == {'c': 7, 'a': 8}
t(d10)
def d11():
    d = {}
    d.update({})
    r = [d.pop('a', None), d.setdefault('z', 0), d.get('b'), 'c' in d]
    d['q'] = d.popitem() if d else None
    return d, r, list(d.items()), d == {}
t(d11)
def d12():
    d = {'f': 5, 'e': 1, 'b': 1}
    d.update({'d': 8, 'e': 8})
    r = [d.pop('a', None), d.setdefault('z', 0), d.get('b'), 'c' in d]
    d['q'] = d.popitem() if d else None
    return d, r, list(d.items()), d == {'d': 8, 'e': 8}
t(d12)
def d13():
    d = {'a': 4, 'f': 5, 'd': 2}
    d.update({})
    r = [d.pop('a', None), d.setdefault('z', 0), d.get('b'), 'c' in d]
    d['q'] = d.popitem() if d else None
    return d, r, list(d.items()), d == {}
t(d13)
def d14():
    d = {'a': 1, 'c': 3}
    d.update({})
    r = [d.pop('a', None), d.setdefault('z', 0), d.get('b'), 'c' in d]
    d['q'] = d.popitem() if d else None
    return d, r, list(d.items()), d == {}
t(d14)
def d15():
    d = {'e': 5, 'f': 7}
    d.update({})
    r = [d.pop('a', None), d.setdefault('z', 0), d.get('b'), 'c' in d]
    d['q'] = d.popitem() if d else None
    return d, r, list(d.items()), d == {}
t(d15)
def d16():
    d = {'f': 4, 'b': 2}
    d.update({'e': 5})
    r = [d.pop('a', None), d.setdefault('z', 0), d.get('b'), 'c' in d]
    d['q'] = d.popitem() if d else None
    return d, r, list(d.items()), d == {'e': 5}
t(d16)
def d17():
    d = {}
    d.update({'f': 4, 'a': 3})
    r = [d.pop('a', None), d.setdefault('z', 0), d.get('b'), 'c' in d]
    d['q'] = d.popitem() if d else None
    return d, r, list(d.items()), d == {'f': 4, 'a': 3}
t(d17)
def d18():
    d = {}
    d.update({})
    r = [d.pop('a', None), d.setdefault('z', 0), d.get('b'), 'c' in d]
    d['q'] = d.popitem() if d else None
    return d, r, list(d.items()), d == {}
t(d18)
def d19():
    d = {'b': 3}
    d.update({'b': 2})
    r = [d.pop('a', None), d.setdefault('z', 0), d.get('b'), 'c' in d]
    d['q'] = d.popitem() if d else None
    return d, r, list(d.items()), d == {'b': 2}
t(d19)
def d20():
    d = {'f': 1}
    d.update({'a': 2, 'd': 3, 'b': 4})
    r = [d.pop('a', None), d.setdefault('z', 0), d.get('b'), 'c' in d]
    d['q'] = d.popitem() if d else None
    return d, r, list(d.items()), d == {'a': 2, 'd': 3, 'b': 4}
t(d20)
def d21():
    d = {'a': 4, 'c': 6}
    d.update({'c': 8, 'f': 0})
    r = [d.pop('a', None), d.setdefault('z', 0), d.get('b'), 'c' in d]
    d['q'] = d.popitem() if d else None
    return d, r, list(d.items()), d == {'c': 8, 'f': 0}
t(d21)
def d22():
    d = {'c': 3, 'd': 0}
    d.update({})
    r = [d.pop('a', None), d.setdefault('z', 0), d.get('b'), 'c' in d]
    d['q'] = d.popitem() if d else None
    return d, r, list(d.items()), d == {}
t(d22)
def d23():
    d = {'c': 0}
    d.update({'f': 0, 'd': 3, 'e': 1})
    r = [d.pop('a', None), d.setdefault('z', 0), d.get('b'), 'c' in d]
    d['q'] = d.popitem() if d else None
    return d, r, list(d.items()), d == {'f': 0, 'd': 3, 'e': 1}
t(d23)
def d24():
    d = {'d': 2, 'c': 2, 'f': 1}
    d.update({'a': 8, 'd': 1, 'c': 1})
    r = [d.pop('a', None), d.setdefault('z', 0), d.get('b'), 'c' in d]
    d['q'] = d.popitem() if d else None
    return d, r, list(d.items()), d == {'a': 8, 'd': 1, 'c': 1}
t(d24)
def d25():
    d = {'b': 9, 'f': 0}
    d.update({'d': 8, 'b': 2})
    r = [d.pop('a', None), d.setdefault('z', 0), d.get('b'), 'c' in d]
    d['q'] = d.popitem() if d else None
    return d, r, list(d.items()), d == {'d': 8, 'b': 2}
t(d25)
def d26():
    d = {'c': 6, 'a': 5}
    d.update({'a': 8, 'e': 5})
    r = [d.pop('a', None), d.setdefault('z', 0), d.get('b'), 'c' in d]
    d['q'] = d.popitem() if d else None
    return d, r, list(d.items()), d == {'a': 8, 'e': 5}
t(d26)
def d27():
    d = {'e': 2, 'c': 3, 'f': 4, 'a': 1}
    d.update({})
    r = [d.pop('a', None), d.setdefault('z', 0), d.get('b'), 'c' in d]
    d['q'] = d.popitem() if d else None
    return d, r, list(d.items()), d == {}
t(d27)
def d28():
    d = {'b': 5, 'd': 2, 'c': 3}
    d.update({'d': 6, 'e': 4})
    r = [d.pop('a', None), d.setdefault('z', 0), d.get('b'), 'c' in d]
    d['q'] = d.popitem() if d else None
    return d, r, list(d.items()), d == {'d': 6, 'e': 4}
t(d28)
def d29():
    d = {'a': 4, 'e': 2}
    d.update({})
    r = [d.pop('a', None), d.setdefault('z', 0), d.get('b'), 'c' in d]
    d['q'] = d.popitem() if d else None
    return d, r, list(d.items()), d == {}
t(d29)
def d30():
    d = {}
    d.update({'f': 7, 'e': 8, 'b': 9})
    r = [d.pop('a', None), d.setdefault('z', 0), d.get('b'), 'c' in d]
    d['q'] = d.popitem() if d else None
    return d, r, list(d.items()), d == {'f': 7, 'e': 8, 'b': 9}
t(d30)
def d31():
    d = {'a': 6, 'f': 3, 'e': 8}
    d.update({})
    r = [d.pop('a', None), d.setdefault('z', 0), d.get('b'), 'c' in d]
    d['q'] = d.popitem() if d else None
    return d, r, list(d.items()), d == {}
t(d31)
def d32():
    d = {'b': 0, 'a': 0, 'd': 0, 'c': 9}
    d.update({})
    r = [d.pop('a', None), d.setdefault('z', 0), d.get('b'), 'c' in d]
    d['q'] = d.popitem() if d else None
    return d, r, list(d.items()), d == {}
t(d32)
def d33():
    d = {}
    d.update({})
    r = [d.pop('a', None), d.setdefault('z', 0), d.get('b'), 'c' in d]
    d['q'] = d.popitem() if d else None
    return d, r, list(d.items()), d == {}
t(d33)
def d34():
    d = {'e': 5, 'd': 0, 'b': 1}
    d.update({'b': 1})
    r = [d.pop('a', None), d.setdefault('z', 0), d.get('b'), 'c' in d]
    d['q'] = d.popitem() if d else None
    return d, r, list(d.items()), d == {'b': 1}
t(d34)
def d35():
    d = {}
    d.update({'b': 7, 'f': 8})
    r = [d.pop('a', None), d.setdefault('z', 0), d.get('b'), 'c' in d]
    d['q'] = d.popitem() if d else None
    return d, r, list(d.items()), d == {'b': 7, 'f': 8}
t(d35)
def d36():
    d = {'e': 4, 'f': 8, 'd': 0, 'c': 8, 'a': 5}
    d.update({'e': 0, 'f': 2})
    r = [d.pop('a', None), d.setdefault('z', 0), d.get('b'), 'c' in d]
    d['q'] = d.popitem() if d else None
    return d, r, list(d.items()), d == {'e': 0, 'f': 2}
t(d36)
def d37():
    d = {'f': 9}
    d.update({'f': 7, 'b': 4})
    r = [d.pop('a', None), d.setdefault('z', 0), d.get('b'), 'c' in d]
    d['q'] = d.popitem() if d else None
    return d, r, list(d.items()), d == {'f': 7, 'b': 4}
t(d37)
def d38():
    d = {'c': 7}
    d.update({'c': 2, 'a': 3})
    r = [d.pop('a', None), d.setdefault('z', 0), d.get('b'), 'c' in d]
    d['q'] = d.popitem() if d else None
    return d, r, list(d.items()), d == {'c': 2, 'a': 3}
t(d38)
def d39():
    d = {'f': 0}
    d.update({'d': 2})
    r = [d.pop('a', None), d.setdefault('z', 0), d.get('b'), 'c' in d]
    d['q'] = d.popitem() if d else None
    return d, r, list(d.items()), d == {'d': 2}
t(d39)
def d40():
    d = {'f': 0, 'e': 7}
    d.update({})
    r = [d.pop('a', None), d.setdefault('z', 0), d.get('b'), 'c' in d]
    d['q'] = d.popitem() if d else None
    return d, r, list(d.items()), d == {}
t(d40)
def d41():
    d = {'d': 0, 'e': 0, 'b': 0}
    d.update({'d': 9})
    r = [d.pop('a', None), d.setdefault('z', 0), d.get('b'), 'c' in d]
    d['q'] = d.popitem() if d else None
    return d, r, list(d.items()), d == {'d': 9}
t(d41)
def d42():
    d = {}
    d.update({})
    r = [d.pop('a', None), d.setdefault('z', 0), d.get('b'), 'c' in d]
    d['q'] = d.popitem() if d else None
    return d, r, list(d.items()), d == {}
t(d42)
def d43():
    d = {'d': 7, 'e': 6}
    d.update({'b': 8, 'e': 9, 'f': 7})
    r = [d.pop('a', None), d.setdefault('z', 0), d.get('b'), 'c' in d]
    d['q'] = d.popitem() if d else None
    return d, r, list(d.items()), d == {'b': 8, 'e': 9, 'f': 7}
t(d43)
def d44():
    d = {'d': 8}
    d.update({})
    r = [d.pop('a', None), d.setdefault('z', 0), d.get('b'), 'c' in d]
    d['q'] = d.popitem() if d else None
    return d, r, list(d.items()), d == {}
t(d44)
def d45():
    d = {'d': 7, 'c': 0, 'f': 4}
    d.update({})
    r = [d.pop('a', None), d.setdefault('z', 0), d.get('b'), 'c' in d]
    d['q'] = d.popitem() if d else None
    return d, r, list(d.items()), d == {}
t(d45)
def d46():
    d = {'e': 7, 'c': 0}
    d.update({'f': 7, 'c': 3})
    r = [d.pop('a', None), d.setdefault('z', 0), d.get('b'), 'c' in d]
    d['q'] = d.popitem() if d else None
    return d, r, list(d.items()), d == {'f': 7, 'c': 3}
t(d46)
def d47():
    d = {}
    d.update({'e': 6})
    r = [d.pop('a', None), d.setdefault('z', 0), d.get('b'), 'c' in d]
    d['q'] = d.popitem() if d else None
    return d, r, list(d.items()), d == {'e': 6}
t(d47)
def d48():
    d = {'f': 9}
    d.update({'f': 1})
    r = [d.pop('a', None), d.setdefault('z', 0), d.get('b'), 'c' in d]
    d['q'] = d.popitem() if d else None
    return d, r, list(d.items()), d == {'f': 1}
t(d48)
def d49():
    d = {'f': 6}
    d.update({})
    r = [d.pop('a', None), d.setdefault('z', 0), d.get('b'), 'c' in d]
    d['q'] = d.popitem() if d else None
    return d, r, list(d.items()), d == {}
t(d49)
def d50():
    d = {'d': 8}
    d.update({'f': 3})
    r = [d.pop('a', None), d.setdefault('z', 0), d.get('b'), 'c' in d]
    d['q'] = d.popitem() if d else None
    return d, r, list(d.items()), d == {'f': 3}
t(d50)
def d51():
    d = {'a': 4, 'c': 6, 'd': 2}
    d.update({'f': 3, 'c': 1})
    r = [d.pop('a', None), d.setdefault('z', 0), d.get('b'), 'c' in d]
    d['q'] = d.popitem() if d else None
    return d, r, list(d.items()), d == {'f': 3, 'c': 1}
t(d51)
def d52():
    d = {'f': 8}
    d.update({})
    r = [d.pop('a', None), d.setdefault('z', 0), d.get('b'), 'c' in d]
    d['q'] = d.popitem() if d else None
    return d, r, list(d.items()), d == {}
t(d52)
def d53():
    d = {}
    d.update({'a': 7, 'c': 3})
    r = [d.pop('a', None), d.setdefault('z', 0), d.get('b'), 'c' in d]
    d['q'] = d.popitem() if d else None
    return d, r, list(d.items()), d == {'a': 7, 'c': 3}
t(d53)
def d54():
    d = {'b': 4, 'f': 6, 'a': 0}
    d.update({'f': 9, 'b': 2})
    r = [d.pop('a', None), d.setdefault('z', 0), d.get('b'), 'c' in d]
    d['q'] = d.popitem() if d else None
    return d, r, list(d.items()), d == {'f': 9, 'b': 2}
t(d54)
def d55():
    d = {'c': 7, 'e': 5}
    d.update({'d': 2})
    r = [d.pop('a', None), d.setdefault('z', 0), d.get('b'), 'c' in d]
    d['q'] = d.popitem() if d else None
    return d, r, list(d.items()), d == {'d': 2}
t(d55)
def d56():
    d = {'d': 4, 'c': 4}
    d.update({})
    r = [d.pop('a', None), d.setdefault('z', 0), d.get('b'), 'c' in d]
    d['q'] = d.popitem() if d else None
    return d, r, list(d.items()), d == {}
t(d56)
def d57():
    d = {'a': 2, 'b': 5, 'e': 4}
    d.update({'b': 7})
    r = [d.pop('a', None), d.setdefault('z', 0), d.get('b'), 'c' in d]
    d['q'] = d.popitem() if d else None
    return d, r, list(d.items()), d == {'b': 7}
t(d57)
def d58():
    d = {'f': 6, 'c': 3, 'a': 6, 'd': 9}
    d.update({'f': 6, 'e': 9})
    r = [d.pop('a', None), d.setdefault('z', 0), d.get('b'), 'c' in d]
    d['q'] = d.popitem() if d else None
    return d, r, list(d.items()), d == {'f': 6, 'e': 9}
t(d58)
def d59():
    d = {'d': 3, 'a': 5}
    d.update({})
    r = [d.pop('a', None), d.setdefault('z', 0), d.get('b'), 'c' in d]
    d['q'] = d.popitem() if d else None
    return d, r, list(d.items()), d == {}
t(d59)
