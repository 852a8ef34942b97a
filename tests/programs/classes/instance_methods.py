class Stack:
    def __init__(self):
        self.items = []
    def push(self, x):
        self.items.append(x)
        return self
    def pop(self):
        return self.items.pop()
    def peek(self):
        return self.items[-1]
    def __len__(self):
        return len(self.items)
s = Stack()
s.push(1).push(2).push(3)
print(len(s), s.peek(), s.pop(), s.pop(), len(s))
push = s.push
push(10)
print(s.items)
unbound = Stack.push
unbound(s, 20)
print(s.items)
class Calc:
    def __init__(self, v=0):
        self.v = v
    def add(self, n):
        return Calc(self.v + n)
    def mul(self, n):
        return Calc(self.v * n)
print(Calc(2).add(3).mul(4).add(1).v)
def free_function(self):
    return "free " + str(self.v)
Calc.free = free_function
print(Calc(7).free())
c = Calc(1)
c.inst_fn = lambda: "instance attr function (no self)"
print(c.inst_fn())
