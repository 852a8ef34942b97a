class Config:
    debug = False
    def __init__(self):
        self.name = "app"
c = Config()
print(hasattr(c, "name"), hasattr(c, "debug"), hasattr(c, "nope"), hasattr(Config, "name"))
print(getattr(c, "name"), getattr(c, "nope", None), getattr(Config, "debug"))
setattr(c, "version", 2)
setattr(Config, "shared", "yes")
print(c.version, c.shared, vars(c))
delattr(c, "version")
print(vars(c), hasattr(c, "version"))
try:
    delattr(c, "version")
except AttributeError as e:
    print("AttributeError:", e)
print(sorted(k for k in vars(Config) if not k.startswith("__")))
print([n for n in dir(c) if not n.startswith("__")])
print([n for n in dir(Config) if not n.startswith("__")])
try:
    vars(5)
except TypeError as e:
    print("TypeError:", e)
def f():
    local_a = 1
    local_b = "two"
    return sorted(locals().items())
print(f())
print("c" in globals(), "Config" in globals(), globals()["Config"] is Config, type(globals()).__name__)
print(sorted(k for k in dir() if not k.startswith("__")))
print(__name__, type(__builtins__).__name__ in ("module", "dict"))
