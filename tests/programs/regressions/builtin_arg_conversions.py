# format() with a non-str spec, chr() of huge ints, three-argument pow()
# with non-int operands, and huge left shifts raise CPython's exceptions.


class RaiseIndex:
    def __index__(self):
        raise ValueError("index")


class BigIndex:
    def __index__(self):
        return 2**100


class MyInt(int):
    pass


for e in [
    "format(0, 2**64)",
    "format(0, BigIndex())",
    "format(1.5, '')",
    "chr(2**64)",
    "chr(BigIndex())",
    "chr(-2**100)",
    "chr(-1)",
    "chr(True)",
    "pow(0, (1+2j), 7)",
    "pow(0, 7, (1+2j))",
    "pow(0, RaiseIndex(), 7)",
    "pow(2, 7, RaiseIndex())",
    "pow(2, 3, 1.5)",
    "pow(True, 2, 5)",
    "pow(MyInt(3), MyInt(2), 5)",
    "pow(3, -1, 7)",
    "1 << 2**40",
    "1 << 2**64",
    "-1 << 2**70",
    "0 << 2**100",
]:
    try:
        print(e, "->", eval(e))
    except Exception as ex:
        print(e, type(ex).__name__, ex)
