"""A tokenizer for a Python-like language with INDENT/DEDENT tracking, plus simple statistics."""

SOURCE = '''
def greet(name, times=2):
    """Say hello."""
    for i in range(times):
        if i % 2 == 0:
            print("hello, " + name)   # even
        else:
            print('hi ' * i)
    return None

class Counter:
    total = 0
    def bump(self, by=1.5e3):
        self.total += by
        return self.total >= 10 and self.total != 0x1F
'''

KEYWORDS = {"def", "class", "for", "in", "if", "else", "elif", "return", "None", "and", "or", "not", "while"}
OPERATORS = ["**=", "//=", ">>=", "<<=", "==", "!=", "<=", ">=", "+=", "-=", "*=", "/=", "**", "//", "->",
             "+", "-", "*", "/", "%", "=", "<", ">", "(", ")", "[", "]", "{", "}", ",", ":", ".", "@"]

class TokenizeError(Exception):
    pass

def tokenize(src):
    tokens = []
    indents = [0]
    for lineno, line in enumerate(src.splitlines(), 1):
        stripped = line.lstrip(" ")
        if not stripped or stripped.startswith("#"):
            continue
        width = len(line) - len(stripped)
        if width > indents[-1]:
            indents.append(width)
            tokens.append(("INDENT", "", lineno))
        while width < indents[-1]:
            indents.pop()
            tokens.append(("DEDENT", "", lineno))
        if width != indents[-1]:
            raise TokenizeError("inconsistent dedent at line %d" % lineno)
        i = width
        while i < len(line):
            c = line[i]
            if c == " ":
                i += 1
            elif c == "#":
                tokens.append(("COMMENT", line[i:], lineno))
                break
            elif c.isalpha() or c == "_":
                j = i
                while j < len(line) and (line[j].isalnum() or line[j] == "_"):
                    j += 1
                word = line[i:j]
                tokens.append(("KEYWORD" if word in KEYWORDS else "NAME", word, lineno))
                i = j
            elif c.isdigit():
                j = i
                if line.startswith(("0x", "0X"), i):
                    j = i + 2
                    while j < len(line) and line[j] in "0123456789abcdefABCDEF":
                        j += 1
                else:
                    while j < len(line) and (line[j].isdigit() or line[j] in ".eE" or (line[j] in "+-" and line[j - 1] in "eE")):
                        j += 1
                tokens.append(("NUMBER", line[i:j], lineno))
                i = j
            elif c in "\"'":
                quote = line[i:i + 3] if line[i:i + 3] in ('"""', "'''") else c
                j = line.find(quote, i + len(quote))
                if j == -1:
                    raise TokenizeError("unterminated string at line %d" % lineno)
                tokens.append(("STRING", line[i:j + len(quote)], lineno))
                i = j + len(quote)
            else:
                for op in OPERATORS:
                    if line.startswith(op, i):
                        tokens.append(("OP", op, lineno))
                        i += len(op)
                        break
                else:
                    raise TokenizeError("bad character %r at line %d" % (c, lineno))
        tokens.append(("NEWLINE", "", lineno))
    while len(indents) > 1:
        indents.pop()
        tokens.append(("DEDENT", "", lineno))
    tokens.append(("ENDMARKER", "", lineno))
    return tokens

def literal_value(tok):
    kind, text, _ = tok
    if kind == "NUMBER":
        if text.lower().startswith("0x"):
            return int(text, 16)
        return float(text) if any(c in text for c in ".eE") else int(text)
    if kind == "STRING":
        q = 3 if text[:3] in ('"""', "'''") else 1
        return text[q:-q]
    return None

toks = tokenize(SOURCE)
for kind, text, line in toks[:30]:
    print("%3d %-8s %r" % (line, kind, text))
counts = {}
for kind, _, _ in toks:
    counts[kind] = counts.get(kind, 0) + 1
print(sorted(counts.items()))
print("names:", sorted({t[1] for t in toks if t[0] == "NAME"}))
print("literals:", [literal_value(t) for t in toks if t[0] in ("NUMBER", "STRING")])
depth = max_depth = 0
for kind, _, _ in toks:
    depth += {"INDENT": 1, "DEDENT": -1}.get(kind, 0)
    max_depth = max(max_depth, depth)
print("max nesting:", max_depth, "balanced:", depth == 0)
for bad in ["x = 'open", "if x:\n    y\n  z", "a = $"]:
    try:
        tokenize(bad)
    except TokenizeError as e:
        print("TokenizeError:", e)
