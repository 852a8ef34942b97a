class Field:
    def __set_name__(self, owner, name):
        self.owner = owner.__name__
        self.name = name
    def __get__(self, obj, typ=None):
        if obj is None:
            return self
        return obj.__dict__.get(self.name, "unset " + self.name)
    def __set__(self, obj, v):
        obj.__dict__[self.name] = v
class Model:
    id = Field()
    title = Field()
    def __init_subclass__(cls, **kw):
        print("__init_subclass__", cls.__name__, sorted(kw))
        cls.fields = [k for k, v in vars(cls).items() if isinstance(v, Field)]
        super().__init_subclass__()
class Article(Model, tag="x"):
    body = Field()
print(Model.id.owner, Model.id.name, Article.body.owner, Article.fields)
a = Article()
a.title = "Hello"
print(a.id, a.title, a.body)
f = Field()
Model.late = f
print(hasattr(f, "name"))
f.__set_name__(Model, "late")
print(f.name)
