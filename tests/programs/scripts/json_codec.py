"""A small JSON encoder and recursive-descent decoder (no json module)."""

class JSONError(ValueError):
    pass

ESCAPES = {'"': '\\"', "\\": "\\\\", "\n": "\\n", "\t": "\\t", "\r": "\\r", "\b": "\\b", "\f": "\\f"}

def encode_str(s):
    out = ['"']
    for ch in s:
        if ch in ESCAPES:
            out.append(ESCAPES[ch])
        elif ord(ch) < 0x20 or ord(ch) > 0x7e:
            code = ord(ch)
            if code > 0xFFFF:
                code -= 0x10000
                out.append("\\u%04x\\u%04x" % (0xD800 + (code >> 10), 0xDC00 + (code & 0x3FF)))
            else:
                out.append("\\u%04x" % code)
        else:
            out.append(ch)
    out.append('"')
    return "".join(out)

def encode(obj, indent=None, level=0):
    if obj is None:
        return "null"
    if obj is True:
        return "true"
    if obj is False:
        return "false"
    if isinstance(obj, int):
        return str(obj)
    if isinstance(obj, float):
        if obj != obj or obj in (float("inf"), float("-inf")):
            raise JSONError("cannot encode %r" % obj)
        return repr(obj)
    if isinstance(obj, str):
        return encode_str(obj)
    if isinstance(obj, (list, tuple)):
        if not obj:
            return "[]"
        items = [encode(v, indent, level + 1) for v in obj]
        return _wrap("[", "]", items, indent, level)
    if isinstance(obj, dict):
        if not obj:
            return "{}"
        items = []
        for k, v in obj.items():
            if not isinstance(k, str):
                raise JSONError("keys must be str, not %s" % type(k).__name__)
            items.append(encode_str(k) + ": " + encode(v, indent, level + 1))
        return _wrap("{", "}", items, indent, level)
    raise JSONError("cannot encode object of type %s" % type(obj).__name__)

def _wrap(open_, close, items, indent, level):
    if indent is None:
        return open_ + ", ".join(items) + close
    pad = " " * (indent * (level + 1))
    return open_ + "\n" + ",\n".join(pad + i for i in items) + "\n" + " " * (indent * level) + close

class Decoder:
    def __init__(self, text):
        self.s = text
        self.i = 0
    def error(self, msg):
        raise JSONError("%s at position %d" % (msg, self.i))
    def ws(self):
        while self.i < len(self.s) and self.s[self.i] in " \t\n\r":
            self.i += 1
    def decode(self):
        self.ws()
        v = self.value()
        self.ws()
        if self.i != len(self.s):
            self.error("extra data")
        return v
    def value(self):
        self.ws()
        if self.i >= len(self.s):
            self.error("unexpected end")
        c = self.s[self.i]
        if c == "{":
            return self.obj()
        if c == "[":
            return self.arr()
        if c == '"':
            return self.string()
        for lit, val in (("true", True), ("false", False), ("null", None)):
            if self.s.startswith(lit, self.i):
                self.i += len(lit)
                return val
        if c == "-" or c.isdigit():
            return self.number()
        self.error("unexpected character %r" % c)
    def obj(self):
        self.i += 1
        result = {}
        self.ws()
        if self.s[self.i:self.i + 1] == "}":
            self.i += 1
            return result
        while True:
            self.ws()
            if self.s[self.i:self.i + 1] != '"':
                self.error("expected string key")
            key = self.string()
            self.ws()
            if self.s[self.i:self.i + 1] != ":":
                self.error("expected ':'")
            self.i += 1
            result[key] = self.value()
            self.ws()
            c = self.s[self.i:self.i + 1]
            self.i += 1
            if c == "}":
                return result
            if c != ",":
                self.i -= 1
                self.error("expected ',' or '}'")
    def arr(self):
        self.i += 1
        result = []
        self.ws()
        if self.s[self.i:self.i + 1] == "]":
            self.i += 1
            return result
        while True:
            result.append(self.value())
            self.ws()
            c = self.s[self.i:self.i + 1]
            self.i += 1
            if c == "]":
                return result
            if c != ",":
                self.i -= 1
                self.error("expected ',' or ']'")
    def string(self):
        self.i += 1
        out = []
        while True:
            if self.i >= len(self.s):
                self.error("unterminated string")
            c = self.s[self.i]
            if c == '"':
                self.i += 1
                return "".join(out)
            if c == "\\":
                nxt = self.s[self.i + 1]
                if nxt == "u":
                    code = int(self.s[self.i + 2:self.i + 6], 16)
                    self.i += 6
                    if 0xD800 <= code < 0xDC00 and self.s.startswith("\\u", self.i):
                        low = int(self.s[self.i + 2:self.i + 6], 16)
                        code = 0x10000 + ((code - 0xD800) << 10) + (low - 0xDC00)
                        self.i += 6
                    out.append(chr(code))
                    continue
                out.append({"n": "\n", "t": "\t", "r": "\r", "b": "\b", "f": "\f", "/": "/"}.get(nxt, nxt))
                self.i += 2
            else:
                out.append(c)
                self.i += 1
    def number(self):
        start = self.i
        if self.s[self.i] == "-":
            self.i += 1
        while self.i < len(self.s) and (self.s[self.i].isdigit() or self.s[self.i] in ".eE+-"):
            self.i += 1
        text = self.s[start:self.i]
        try:
            return float(text) if any(c in text for c in ".eE") else int(text)
        except ValueError:
            self.error("bad number %r" % text)

def decode(text):
    return Decoder(text).decode()

doc = {"name": "Strata", "version": [0, 1, 0], "tiers": {"tier1": True, "tier2": False, "jit": None},
       "ratio": 0.75, "big": 2 ** 70, "neg": -12.5e-3, "text": 'quote " backslash \\ newline \n tab \t',
       "unicode": "caf\u00e9 \u2603 \U0001F600", "empty": {}, "list": [], "nested": [[1, [2, [3]]], {"a": [{}]}]}
compact = encode(doc)
print(compact)
print(encode({"a": [1, 2, {"b": None}], "c": "d"}, indent=2))
back = decode(compact)
print(back == doc, back["unicode"] == doc["unicode"], back["big"])
for text in ['{"a": 1, "b": [true, false, null]}', "  [1, -2, 3.5, 1e3, -0.25E-1]  ", '"\\u0041\\n"', "[]", "{}",
             '{"a": }', "[1, 2", '{"a" 1}', "[1 2]", "tru", '"abc', "01x", "[1,]", '{"k": "v"} extra']:
    try:
        print(repr(text), "->", repr(decode(text)))
    except JSONError as e:
        print(repr(text), "-> JSONError:", e)
for bad in [{1: 2}, float("nan"), object, {"s": {1, 2}}]:
    try:
        encode(bad)
    except JSONError as e:
        print("JSONError:", e)
print(isinstance(JSONError("x"), ValueError))
