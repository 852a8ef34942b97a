class Tree:
    def __init__(self, value, left=None, right=None):
        self.value, self.left, self.right = value, left, right
    def __iter__(self):
        if self.left:
            yield from self.left
        yield self.value
        if self.right:
            yield from self.right
    def preorder(self):
        yield self.value
        for child in (self.left, self.right):
            if child:
                yield from child.preorder()
t = Tree(4, Tree(2, Tree(1), Tree(3)), Tree(6, Tree(5), Tree(7)))
print(list(t), list(t.preorder()), sum(t), 5 in t, max(t))
def bfs(root):
    queue = [root]
    while queue:
        node = queue.pop(0)
        yield node.value
        queue.extend(c for c in (node.left, node.right) if c)
print(list(bfs(t)))
class Range2:
    def __init__(self, a, b):
        self.a, self.b = a, b
    def __iter__(self):
        i = self.a
        while i < self.b:
            yield i
            i += 1
    def __reversed__(self):
        i = self.b - 1
        while i >= self.a:
            yield i
            i -= 1
r = Range2(3, 7)
print(list(r), list(reversed(r)), list(zip(r, reversed(r))))
