class Validator:
    def __set_name__(self, owner, name):
        self.private = "_" + name
        self.public = name
    def __get__(self, obj, objtype=None):
        return getattr(obj, self.private)
    def __set__(self, obj, value):
        self.validate(value)
        setattr(obj, self.private, value)
class OneOf(Validator):
    def __init__(self, *options):
        self.options = set(options)
    def validate(self, value):
        if value not in self.options:
            raise ValueError("%r not in %s" % (value, sorted(self.options)))
class Number(Validator):
    def __init__(self, minvalue=None, maxvalue=None):
        self.minvalue, self.maxvalue = minvalue, maxvalue
    def validate(self, value):
        if not isinstance(value, (int, float)):
            raise TypeError("expected %r to be an int or float" % (value,))
        if self.minvalue is not None and value < self.minvalue:
            raise ValueError("%s: expected %r to be at least %r" % (self.public, value, self.minvalue))
        if self.maxvalue is not None and value > self.maxvalue:
            raise ValueError("%s: expected %r to be no more than %r" % (self.public, value, self.maxvalue))
class Component:
    kind = OneOf("wood", "metal", "plastic")
    quantity = Number(minvalue=0)
    price = Number(0, 1000)
    def __init__(self, kind, quantity, price):
        self.kind, self.quantity, self.price = kind, quantity, price
c = Component("wood", 5, 9.5)
print(c.kind, c.quantity, c.price)
for args in [("glass", 1, 1), ("metal", -1, 1), ("metal", 1, 5000), ("metal", "many", 1)]:
    try:
        Component(*args)
        print("ok", args)
    except (ValueError, TypeError) as e:
        print(type(e).__name__ + ":", e)
