"""A tiny Scheme-like interpreter: reader, environments, closures, tail calls via a loop."""

class LispError(Exception):
    pass

class Symbol(str):
    pass

def tokenize(src):
    return src.replace("(", " ( ").replace(")", " ) ").replace("'", " ' ").split()

def read(tokens):
    if not tokens:
        raise LispError("unexpected EOF")
    tok = tokens.pop(0)
    if tok == "(":
        lst = []
        while tokens and tokens[0] != ")":
            lst.append(read(tokens))
        if not tokens:
            raise LispError("missing )")
        tokens.pop(0)
        return lst
    if tok == ")":
        raise LispError("unexpected )")
    if tok == "'":
        return [Symbol("quote"), read(tokens)]
    for conv in (int, float):
        try:
            return conv(tok)
        except ValueError:
            pass
    return Symbol(tok)

class Env(dict):
    def __init__(self, params=(), args=(), outer=None):
        super().__init__(zip(params, args))
        self.outer = outer
    def find(self, name):
        env = self
        while env is not None:
            if name in env:
                return env
            env = env.outer
        raise LispError("unbound symbol: %s" % name)

class Lambda:
    def __init__(self, params, body, env):
        self.params, self.body, self.env = params, body, env
    def __repr__(self):
        return "<lambda (%s)>" % " ".join(self.params)

def standard_env():
    env = Env()
    env.update({
        "+": lambda *a: sum(a), "-": lambda a, *b: a - sum(b) if b else -a,
        "*": lambda *a: _product(a), "/": lambda a, b: a // b if isinstance(a, int) and isinstance(b, int) else a / b,
        "<": lambda a, b: a < b, ">": lambda a, b: a > b, "=": lambda a, b: a == b, "<=": lambda a, b: a <= b,
        "car": lambda x: x[0], "cdr": lambda x: x[1:], "cons": lambda a, b: [a] + b, "list": lambda *a: list(a),
        "null?": lambda x: x == [], "length": len, "not": lambda x: x is False, "display": _display,
        "apply": lambda f, args: f(*args), "modulo": lambda a, b: a % b,
    })
    return env

def _product(xs):
    r = 1
    for x in xs:
        r *= x
    return r

OUTPUT = []
def _display(x):
    OUTPUT.append(to_str(x))
    return None

def to_str(x):
    if x is True:
        return "#t"
    if x is False:
        return "#f"
    if isinstance(x, list):
        return "(" + " ".join(to_str(v) for v in x) + ")"
    return str(x)

def evaluate(x, env):
    while True:
        if isinstance(x, Symbol):
            return env.find(x)[x]
        if not isinstance(x, list):
            return x
        if not x:
            return []
        op = x[0]
        if op == "quote":
            return x[1]
        if op == "if":
            _, test, conseq, alt = x
            x = conseq if evaluate(test, env) is not False else alt
            continue
        if op == "define":
            if isinstance(x[1], list):
                name, params = x[1][0], x[1][1:]
                env[name] = Lambda(params, x[2], env)
            else:
                env[x[1]] = evaluate(x[2], env)
            return None
        if op == "set!":
            env.find(x[1])[x[1]] = evaluate(x[2], env)
            return None
        if op == "lambda":
            return Lambda(x[1], x[2], env)
        if op == "begin":
            for e in x[1:-1]:
                evaluate(e, env)
            x = x[-1]
            continue
        if op == "let":
            names = [b[0] for b in x[1]]
            vals = [evaluate(b[1], env) for b in x[1]]
            env = Env(names, vals, env)
            x = x[2]
            continue
        proc = evaluate(op, env)
        args = [evaluate(a, env) for a in x[1:]]
        if isinstance(proc, Lambda):
            if len(args) != len(proc.params):
                raise LispError("arity mismatch: expected %d, got %d" % (len(proc.params), len(args)))
            env = Env(proc.params, args, proc.env)
            x = proc.body
            continue
        if not callable(proc):
            raise LispError("not a procedure: %s" % to_str(proc))
        return proc(*args)

def run(src, env):
    tokens = tokenize(src)
    result = None
    while tokens:
        result = evaluate(read(tokens), env)
    return result

env = standard_env()
PROGRAM = """
(define (fact n) (if (<= n 1) 1 (* n (fact (- n 1)))))
(define (fib n) (if (< n 2) n (+ (fib (- n 1)) (fib (- n 2)))))
(define (map f xs) (if (null? xs) '() (cons (f (car xs)) (map f (cdr xs)))))
(define (filter p xs) (if (null? xs) '() (if (p (car xs)) (cons (car xs) (filter p (cdr xs))) (filter p (cdr xs)))))
(define (range a b) (if (>= a b) '() (cons a (range (+ a 1) b))))
(define (>= a b) (not (< a b)))
(define (count-down n acc) (if (= n 0) acc (count-down (- n 1) (+ acc 1))))
(define make-counter (lambda () (let ((n 0)) (lambda () (begin (set! n (+ n 1)) n)))))
(define c (make-counter))
"""
run(PROGRAM, env)
tests = [
    "(fact 20)", "(fib 15)", "(map (lambda (x) (* x x)) (range 0 10))",
    "(filter (lambda (x) (= (modulo x 3) 0)) (range 1 20))", "(count-down 5000 0)",
    "(begin (c) (c) (c))", "(let ((a 2) (b 3)) (* a b))", "(apply + (list 1 2 3 4))",
    "(quote (a b (c d)))", "(car '(1 2 3))", "(cdr '(1 2 3))", "(length (range 0 7))",
    "(/ 7 2)", "(/ 7.0 2)", "(if (< 1 2) 'yes 'no)", "(display (list 1 (list 2 3)))",
    "undefined-thing", "(fact 1 2)", "(5 3)", "(+ 1 (* 2", ")",
]
for t in tests:
    try:
        print("%-55s => %s" % (t, to_str(run(t, env))))
    except LispError as e:
        print("%-55s !! %s" % (t, e))
print("displayed:", OUTPUT)
