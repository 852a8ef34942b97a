# list.sort notices a key function or comparison that changes the list;
# a generator closing itself while running raises ValueError.


class Meddler:
    def __lt__(self, other):
        lst.append(1)
        lst.clear()
        return True


lst = [Meddler(), Meddler(), Meddler()]
try:
    lst.sort()
except ValueError as e:
    print("ValueError:", e, len(lst))

lst = [1, 2, 3]


def appending_key(x):
    lst.append(x)
    return x


try:
    lst.sort(key=appending_key)
except ValueError as e:
    print("ValueError:", e)
print(lst)

lst = [3, 1, 2]


def clearing_key(x):
    lst.clear()
    return x


lst.sort(key=clearing_key)
print(lst)
for bad in ("lst.sort(foo=1)", "lst.sort(1)", "list.sort()", "lst.sort(key=5)", "lst.sort(reverse=[])"):
    try:
        exec(bad)
        print(bad, lst)
    except TypeError as e:
        print(bad, "TypeError:", e)
lst.sort(reverse=1)
print(lst)


def closes_itself():
    it.close()
    yield 1


it = closes_itself()
try:
    next(it)
except ValueError as e:
    print("ValueError:", e)


def nexts_itself():
    yield next(it2)


it2 = nexts_itself()
try:
    next(it2)
except ValueError as e:
    print("ValueError:", e)
