class A:
    def __init__(self):
        self.y = 1
a = A()
print(a.y)
print(a.x)
