def process(items):
    results = []
    for item in items:
        try:
            try:
                value = 100 // item
            except ZeroDivisionError:
                results.append("div0")
                continue
            except TypeError:
                raise ValueError("bad item %r" % (item,))
            else:
                results.append(value)
            finally:
                results.append("f")
        except ValueError as e:
            results.append("outer: " + str(e))
    return results
print(process([5, 0, "x", 3]))
def deep(n):
    try:
        if n == 0:
            raise LookupError("bottom")
        return deep(n - 1)
    finally:
        print("unwinding", n)
try:
    deep(3)
except LookupError as e:
    print("caught", e)
count = 0
while True:
    try:
        count += 1
        if count < 3:
            raise ValueError(count)
        break
    except ValueError as e:
        print("retry after", e)
print("count", count)
