fs = []
for i in range(3):
    fs.append(lambda: i)
print([f() for f in fs])
fs = []
for i in range(3):
    fs.append(lambda i=i: i)
print([f() for f in fs])
def make(n):
    return lambda: n
print([make(i)() for i in range(3)])
def outer():
    x = 1
    def get():
        return x
    x = 2
    r1 = get()
    x = 3
    return r1, get()
print(outer())
gens = [(lambda: j) for j in range(3)]
print([g() for g in gens])
