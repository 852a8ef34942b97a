# A small expression evaluator written with match: tuples as AST nodes,
# classes with __match_args__, mappings for environments.
class Num:
    __match_args__ = ("value",)
    def __init__(self, value):
        self.value = value

class BinOp:
    __match_args__ = ("op", "left", "right")
    def __init__(self, op, left, right):
        self.op = op
        self.left = left
        self.right = right

class Var:
    __match_args__ = ("name",)
    def __init__(self, name):
        self.name = name

class Let:
    __match_args__ = ("name", "value", "body")
    def __init__(self, name, value, body):
        self.name = name
        self.value = value
        self.body = body

def evaluate(node, env):
    match node:
        case Num(int() | float() as v):
            return v
        case Var(name):
            match env:
                case {"vars": {**bindings}} if name in bindings:
                    return bindings[name]
                case _:
                    raise NameError("unbound " + name)
        case BinOp("+", l, r):
            return evaluate(l, env) + evaluate(r, env)
        case BinOp("*", Num(0), _) | BinOp("*", _, Num(0)):
            return 0
        case BinOp("*", l, r):
            return evaluate(l, env) * evaluate(r, env)
        case BinOp("-", l, Num(0)):
            return evaluate(l, env)
        case BinOp("-", l, r):
            return evaluate(l, env) - evaluate(r, env)
        case BinOp(op, _, _):
            raise ValueError("unknown operator " + op)
        case Let(name, value, body):
            v = evaluate(value, env)
            new_vars = dict(env.get("vars", {}))
            new_vars[name] = v
            return evaluate(body, {**env, "vars": new_vars})
        case _:
            raise TypeError("bad node " + type(node).__name__)

def simplify(expr):
    match expr:
        case ("add", 0, x) | ("add", x, 0):
            return simplify(x)
        case ("mul", 1, x) | ("mul", x, 1):
            return simplify(x)
        case ("mul", 0, _) | ("mul", _, 0):
            return 0
        case (op, a, b):
            return (op, simplify(a), simplify(b))
        case _:
            return expr

program = Let("x", Num(6), BinOp("+", BinOp("*", Var("x"), Num(7)), BinOp("-", Num(1), Num(0))))
print(evaluate(program, {}))
print(evaluate(BinOp("*", Var("undefined"), Num(0)), {}))
for bad in [BinOp("/", Num(1), Num(2)), Var("y"), "text"]:
    try:
        evaluate(bad, {"vars": {}})
    except (ValueError, NameError, TypeError) as e:
        print(type(e).__name__, e)

print(simplify(("add", ("mul", 1, "x"), ("add", 0, ("mul", "y", 0)))))
print(simplify(("sub", ("mul", "a", 1), ("add", "b", 0))))

# A command dispatcher.
def command(line):
    match line.split():
        case []:
            return "empty"
        case ["go", ("north" | "south" | "east" | "west") as direction]:
            return "going " + direction
        case ["go", *_]:
            return "unknown direction"
        case ["take", item, *more] if not more:
            return "taking " + item
        case ["take", *items]:
            return "taking %d items" % len(items)
        case ["quit" | "exit"]:
            return "bye"
        case [verb, *_]:
            return "unknown verb " + verb

for line in ["", "go north", "go up", "take lamp", "take a b c", "exit", "dance now"]:
    print(repr(line), "->", command(line))
