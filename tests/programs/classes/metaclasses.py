class Registry(type):
    classes = []
    def __new__(mcls, name, bases, namespace, **kwargs):
        print("Registry.__new__", name, [b.__name__ for b in bases], sorted(k for k in namespace if not k.startswith("__")), sorted(kwargs.items()))
        namespace["registered_name"] = name.lower()
        cls = super().__new__(mcls, name, bases, namespace)
        mcls.classes.append(cls)
        return cls
    def __init__(cls, name, bases, namespace, **kwargs):
        print("Registry.__init__", name, kwargs.get("tag"))
        super().__init__(name, bases, namespace)
        cls.tag = kwargs.get("tag", "none")
    def __call__(cls, *args, **kwargs):
        print("Registry.__call__", cls.__name__, args)
        instance = super().__call__(*args, **kwargs)
        instance.created_by_meta = True
        return instance
    def describe(cls):
        return "%s(tag=%s)" % (cls.__name__, cls.tag)
class Base(metaclass=Registry):
    def __init__(self, value=0):
        self.value = value
class Plugin(Base, tag="plugin"):
    def run(self):
        return "running %d" % self.value
class Special(Plugin, tag="special", extra=1):
    pass
print([c.__name__ for c in Registry.classes])
p = Plugin(5)
print(p.value, p.run(), p.created_by_meta, p.registered_name, Plugin.tag, Special.tag, Base.tag)
print(type(Plugin).__name__, isinstance(Plugin, Registry), Plugin.describe(), Special.describe())
try:
    p.describe()
except AttributeError as e:
    print("AttributeError:", e)
class Singleton(type):
    _instances = {}
    def __call__(cls, *args):
        if cls not in cls._instances:
            cls._instances[cls] = super().__call__(*args)
        return cls._instances[cls]
class Config(metaclass=Singleton):
    def __init__(self, name):
        self.name = name
a = Config("first")
b = Config("second")
print(a is b, b.name)
class Ordered(type):
    @classmethod
    def __prepare__(mcls, name, bases, **kwargs):
        print("__prepare__", name)
        return {"injected": 123}
    def __new__(mcls, name, bases, ns, **kwargs):
        ns["field_order"] = [k for k in ns if not k.startswith("__")]
        return super().__new__(mcls, name, bases, ns)
class Record(metaclass=Ordered):
    zeta = 1
    alpha = 2
    def method(self):
        pass
print(Record.field_order, Record.injected)
class Auto(type):
    def __new__(mcls, name, bases, ns):
        for key, value in list(ns.items()):
            if key.startswith("get_") and callable(value):
                ns[key[4:]] = property(value)
        return super().__new__(mcls, name, bases, ns)
class Person(metaclass=Auto):
    def __init__(self, first, last):
        self.first, self.last = first, last
    def get_full(self):
        return self.first + " " + self.last
print(Person("Ada", "Lovelace").full)
class M1(type):
    pass
class M2(type):
    pass
class A1(metaclass=M1):
    pass
class B2(metaclass=M2):
    pass
try:
    class C12(A1, B2):
        pass
except TypeError as e:
    print("TypeError:", e)
class InitSub:
    def __init_subclass__(cls, flavor="plain", **kwargs):
        super().__init_subclass__(**kwargs)
        cls.flavor = flavor
class Vanilla(InitSub):
    pass
class Choc(InitSub, flavor="chocolate"):
    pass
print(Vanilla.flavor, Choc.flavor)
try:
    class Bad(InitSub, unknown=1):
        pass
except TypeError as e:
    print("TypeError:", e)
