class A:
    pass
A.c = set()
for i in range(3):
    A.c
    A.c = set()
print("ok")
