import _helpers
def main():
    print("main() running, __name__ =", __name__)
    return 0
print("module level, __name__ =", __name__)
print("helper __name__ =", _helpers.__name__)
if __name__ == "__main__":
    main()
else:
    print("imported, not running main")
import sys
print(sys.modules["__main__"].__name__, sys.modules[__name__] is sys.modules["__main__"])
print(sys.modules["__main__"].main is main)
