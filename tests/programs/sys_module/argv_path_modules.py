import sys
print(type(sys.argv).__name__, len(sys.argv))
base = sys.argv[0].replace("\\", "/").split("/")[-1]
print(base)
print(type(sys.path).__name__, all(isinstance(p, str) for p in sys.path))
print("sys" in sys.modules, "builtins" in sys.modules, "__main__" in sys.modules, sys.modules["sys"] is sys)
print(sys.maxsize > 2 ** 30, type(sys.maxsize).__name__)
print(sys.version_info[:2] >= (3, 8), sys.version_info.major == sys.version_info[0], type(sys.version).__name__)
print(type(sys.implementation.name).__name__, len(sys.implementation.name) > 0)
print(sys.byteorder in ("little", "big"), type(sys.platform).__name__)
print(sys.getrecursionlimit())
print(callable(sys.exit), callable(sys.getrecursionlimit), hasattr(sys, "stdout"), hasattr(sys, "stderr"))
