class Outer:
    class Inner:
        class Deepest:
            level = 3
        level = 2
    level = 1
    def make(self):
        return self.Inner()
print(Outer.level, Outer.Inner.level, Outer.Inner.Deepest.level)
print(Outer.Inner.__qualname__, Outer.Inner.Deepest.__qualname__)
print(type(Outer().make()).__name__)
class Tree:
    class Node:
        def __init__(self, v, kids=()):
            self.v = v
            self.kids = list(kids)
        def total(self):
            return self.v + sum(k.total() for k in self.kids)
    def __init__(self):
        N = Tree.Node
        self.root = N(1, [N(2, [N(4)]), N(3)])
print(Tree().root.total())
