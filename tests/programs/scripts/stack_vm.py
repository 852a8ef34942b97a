"""A compiler from a tiny expression/statement language to a stack bytecode, and its VM."""

class VMError(Exception):
    pass

def tokenize(src):
    toks = []
    i = 0
    while i < len(src):
        c = src[i]
        if c in " \t\n":
            i += 1
        elif c.isdigit():
            j = i
            while j < len(src) and src[j].isdigit():
                j += 1
            toks.append(("num", int(src[i:j])))
            i = j
        elif c.isalpha():
            j = i
            while j < len(src) and (src[j].isalnum() or src[j] == "_"):
                j += 1
            word = src[i:j]
            toks.append(("kw" if word in ("while", "if", "else", "print", "end") else "id", word))
            i = j
        elif src[i:i + 2] in ("==", "!=", "<=", ">="):
            toks.append(("op", src[i:i + 2]))
            i += 2
        else:
            toks.append(("op", c))
            i += 1
    toks.append(("eof", None))
    return toks

BINOPS = {"+": "ADD", "-": "SUB", "*": "MUL", "/": "DIV", "%": "MOD", "<": "LT", ">": "GT", "==": "EQ", "!=": "NE", "<=": "LE", ">=": "GE"}
PREC = {"==": 1, "!=": 1, "<": 2, ">": 2, "<=": 2, ">=": 2, "+": 3, "-": 3, "*": 4, "/": 4, "%": 4}

class Compiler:
    def __init__(self, toks):
        self.toks = toks
        self.i = 0
        self.code = []
    def peek(self):
        return self.toks[self.i]
    def next(self):
        t = self.toks[self.i]
        self.i += 1
        return t
    def expect(self, kind, value):
        t = self.next()
        if t != (kind, value):
            raise VMError("expected %r, got %r" % (value, t[1]))
    def emit(self, *ins):
        self.code.append(list(ins))
        return len(self.code) - 1
    def program(self):
        while self.peek()[0] != "eof":
            self.statement()
        self.emit("HALT")
        return self.code
    def block(self):
        while self.peek() not in (("kw", "end"), ("kw", "else")):
            if self.peek()[0] == "eof":
                raise VMError("unexpected end of input in block")
            self.statement()
    def statement(self):
        t = self.peek()
        if t == ("kw", "print"):
            self.next()
            self.expr(0)
            self.emit("PRINT")
        elif t == ("kw", "while"):
            self.next()
            top = len(self.code)
            self.expr(0)
            jf = self.emit("JUMP_IF_FALSE", None)
            self.block()
            self.expect("kw", "end")
            self.emit("JUMP", top)
            self.code[jf][1] = len(self.code)
        elif t == ("kw", "if"):
            self.next()
            self.expr(0)
            jf = self.emit("JUMP_IF_FALSE", None)
            self.block()
            if self.peek() == ("kw", "else"):
                self.next()
                j = self.emit("JUMP", None)
                self.code[jf][1] = len(self.code)
                self.block()
                self.code[j][1] = len(self.code)
            else:
                self.code[jf][1] = len(self.code)
            self.expect("kw", "end")
        elif t[0] == "id":
            name = self.next()[1]
            self.expect("op", "=")
            self.expr(0)
            self.emit("STORE", name)
        else:
            raise VMError("unexpected token %r" % (t[1],))
    def expr(self, min_prec):
        self.atom()
        while self.peek()[0] == "op" and self.peek()[1] in PREC and PREC[self.peek()[1]] > min_prec:
            op = self.next()[1]
            self.expr(PREC[op])
            self.emit(BINOPS[op])
    def atom(self):
        t = self.next()
        if t[0] == "num":
            self.emit("CONST", t[1])
        elif t[0] == "id":
            self.emit("LOAD", t[1])
        elif t == ("op", "("):
            self.expr(0)
            self.expect("op", ")")
        elif t == ("op", "-"):
            self.atom()
            self.emit("NEG")
        else:
            raise VMError("bad atom %r" % (t[1],))

def run(code, max_steps=100000):
    stack, env, out = [], {}, []
    pc = steps = 0
    ops = {
        "ADD": lambda a, b: a + b, "SUB": lambda a, b: a - b, "MUL": lambda a, b: a * b,
        "LT": lambda a, b: int(a < b), "GT": lambda a, b: int(a > b), "EQ": lambda a, b: int(a == b),
        "NE": lambda a, b: int(a != b), "LE": lambda a, b: int(a <= b), "GE": lambda a, b: int(a >= b),
    }
    while True:
        steps += 1
        if steps > max_steps:
            raise VMError("step limit")
        ins = code[pc]
        op = ins[0]
        pc += 1
        if op == "CONST":
            stack.append(ins[1])
        elif op == "LOAD":
            if ins[1] not in env:
                raise VMError("undefined variable %s" % ins[1])
            stack.append(env[ins[1]])
        elif op == "STORE":
            env[ins[1]] = stack.pop()
        elif op == "PRINT":
            out.append(stack.pop())
        elif op == "NEG":
            stack.append(-stack.pop())
        elif op in ("DIV", "MOD"):
            b, a = stack.pop(), stack.pop()
            if b == 0:
                raise VMError("division by zero at pc %d" % (pc - 1))
            stack.append(a // b if op == "DIV" else a % b)
        elif op in ops:
            b, a = stack.pop(), stack.pop()
            stack.append(ops[op](a, b))
        elif op == "JUMP":
            pc = ins[1]
        elif op == "JUMP_IF_FALSE":
            if not stack.pop():
                pc = ins[1]
        elif op == "HALT":
            return out, env, steps

PROGRAMS = {
    "arith": "print 1 + 2 * 3 print (1 + 2) * 3 print 17 / 5 print 17 % 5 print -4 + 10",
    "fib": "a = 0 b = 1 n = 0 while n < 15 print a t = a + b a = b b = t n = n + 1 end",
    "primes": """
        n = 2
        while n < 40
            d = 2 p = 1
            while d * d <= n
                if n % d == 0 p = 0 end
                d = d + 1
            end
            if p print n end
            n = n + 1
        end""",
    "collatz": "n = 27 steps = 0 while n != 1 if n % 2 == 0 n = n / 2 else n = 3 * n + 1 end steps = steps + 1 end print steps",
    "undefined": "print x + 1",
    "divzero": "a = 5 print a / (a - 5)",
    "syntax": "print (1 + ",
    "loop": "while 1 end",
}
for name, src in PROGRAMS.items():
    try:
        code = Compiler(tokenize(src)).program()
        out, env, steps = run(code)
        print("%-9s out=%s steps=%d vars=%s" % (name, out, steps, sorted(env)))
    except VMError as e:
        print("%-9s VMError: %s" % (name, e))
code = Compiler(tokenize("x = 3 if x > 2 print x else print 0 end")).program()
for i, ins in enumerate(code):
    print("%3d %s" % (i, " ".join(str(p) for p in ins)))
