class Node:
    def depth(self):
        return 1 + self.depth()


def main():
    n = Node()
    print("start")
    return n.depth()


main()
