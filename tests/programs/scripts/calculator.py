"""Tokenizer + recursive-descent parser + evaluator for arithmetic with variables."""

class CalcError(Exception):
    pass

class Token:
    __slots__ = ("kind", "value", "pos")
    def __init__(self, kind, value, pos):
        self.kind, self.value, self.pos = kind, value, pos
    def __repr__(self):
        return "%s(%r)" % (self.kind, self.value)

def tokenize(src):
    tokens = []
    i = 0
    while i < len(src):
        ch = src[i]
        if ch.isspace():
            i += 1
        elif ch.isdigit() or ch == ".":
            j = i
            while j < len(src) and (src[j].isdigit() or src[j] == "."):
                j += 1
            text = src[i:j]
            tokens.append(Token("num", float(text) if "." in text else int(text), i))
            i = j
        elif ch.isalpha() or ch == "_":
            j = i
            while j < len(src) and (src[j].isalnum() or src[j] == "_"):
                j += 1
            tokens.append(Token("name", src[i:j], i))
            i = j
        elif src.startswith("**", i):
            tokens.append(Token("op", "**", i))
            i += 2
        elif ch in "+-*/%()=,":
            tokens.append(Token("op", ch, i))
            i += 1
        else:
            raise CalcError("unexpected character %r at %d" % (ch, i))
    tokens.append(Token("end", None, len(src)))
    return tokens

FUNCS = {
    "max": max,
    "min": min,
    "abs": abs,
    "sqrt": lambda x: x ** 0.5,
}

class Parser:
    def __init__(self, tokens, env):
        self.tokens = tokens
        self.i = 0
        self.env = env
    def peek(self):
        return self.tokens[self.i]
    def take(self, value=None):
        tok = self.tokens[self.i]
        if value is not None and tok.value != value:
            raise CalcError("expected %r at %d, got %r" % (value, tok.pos, tok.value))
        self.i += 1
        return tok
    def statement(self):
        if self.peek().kind == "name" and self.tokens[self.i + 1].value == "=":
            name = self.take().value
            self.take("=")
            value = self.expr()
            self.env[name] = value
            result = value
        else:
            result = self.expr()
        if self.peek().kind != "end":
            raise CalcError("trailing input at %d" % self.peek().pos)
        return result
    def expr(self):
        value = self.term()
        while self.peek().value in ("+", "-"):
            op = self.take().value
            rhs = self.term()
            value = value + rhs if op == "+" else value - rhs
        return value
    def term(self):
        value = self.unary()
        while self.peek().value in ("*", "/", "%"):
            op = self.take().value
            rhs = self.unary()
            if op != "*" and rhs == 0:
                raise CalcError("division by zero")
            if op == "*":
                value = value * rhs
            elif op == "/":
                value = value / rhs
            else:
                value = value % rhs
        return value
    def unary(self):
        if self.peek().value == "-":
            self.take()
            return -self.unary()
        if self.peek().value == "+":
            self.take()
            return self.unary()
        return self.power()
    def power(self):
        base = self.atom()
        if self.peek().value == "**":
            self.take()
            return base ** self.unary()
        return base
    def atom(self):
        tok = self.take()
        if tok.kind == "num":
            return tok.value
        if tok.kind == "name":
            if self.peek().value == "(":
                self.take("(")
                args = [self.expr()]
                while self.peek().value == ",":
                    self.take()
                    args.append(self.expr())
                self.take(")")
                if tok.value not in FUNCS:
                    raise CalcError("unknown function %s" % tok.value)
                return FUNCS[tok.value](*args)
            if tok.value not in self.env:
                raise CalcError("undefined variable %s" % tok.value)
            return self.env[tok.value]
        if tok.value == "(":
            value = self.expr()
            self.take(")")
            return value
        raise CalcError("unexpected token %r at %d" % (tok.value, tok.pos))

def run(lines):
    env = {"pi": 3.14159}
    for line in lines:
        try:
            result = Parser(tokenize(line), env).statement()
            print("%-28s => %r" % (line, result))
        except CalcError as e:
            print("%-28s !! %s" % (line, e))
    return env

env = run([
    "1 + 2 * 3",
    "(1 + 2) * 3",
    "2 ** 3 ** 2",
    "-2 ** 2",
    "10 / 4",
    "10 % 4 + 7 % 3",
    "x = 5",
    "y = x * 2 + 1",
    "max(x, y, 3) - min(1, 2)",
    "sqrt(16) + abs(-3)",
    "r = 2",
    "pi * r ** 2",
    "1 / (x - 5)",
    "z + 1",
    "3 $ 4",
    "(1 + 2",
    "foo(1)",
    "1 2",
    "2 ** 100",
])
print(sorted(env.items()))
print(tokenize("a=1+2.5"))
