"""JSON decoding: JSONDecoder, JSONDecodeError and scanstring.

The scanner is a hand-written recursive-descent parser over a str. It
finds string ends with str.find and only falls back to character-level
work for escapes, so plain documents parse with few interpreter steps.
Error messages and positions follow CPython's C scanner.
"""

__all__ = ['JSONDecoder', 'JSONDecodeError']

NaN = float('nan')
PosInf = float('inf')
NegInf = float('-inf')


class JSONDecodeError(ValueError):
    """ValueError subclass carrying the position of a JSON syntax error.

    Attributes: msg (the bare message), doc (the document), pos (the
    index in doc), lineno and colno (1-based line and column of pos).
    """

    def __init__(self, msg, doc, pos):
        lineno = doc.count('\n', 0, pos) + 1
        colno = pos - doc.rfind('\n', 0, pos)
        ValueError.__init__(
            self, '%s: line %d column %d (char %d)' % (msg, lineno, colno, pos))
        self.msg = msg
        self.doc = doc
        self.pos = pos
        self.lineno = lineno
        self.colno = colno

    def __reduce__(self):
        return self.__class__, (self.msg, self.doc, self.pos)


_CONSTANTS = {'-Infinity': NegInf, 'Infinity': PosInf, 'NaN': NaN}

_WS = frozenset(' \t\n\r')
_DIGITS = frozenset('0123456789')
_HEX = frozenset('0123456789abcdefABCDEF')
_SIMPLE_ESC = {'"': '"', '\\': '\\', '/': '/', 'b': '\b', 'f': '\f',
               'n': '\n', 'r': '\r', 't': '\t'}


class _NoValue(Exception):
    """Internal: no JSON value starts at index .pos (becomes StopIteration
    for scan_once callers and "Expecting value" for decode)."""

    def __init__(self, pos):
        self.pos = pos


def _check_controls(s, start, stop, begin):
    """Raise for the first control character in s[start:stop]."""
    for k in range(start, stop):
        if s[k] < ' ':
            raise JSONDecodeError('Invalid control character at', s, k)


def _hex4(s, k):
    """The value of the four hex digits at s[k:k+4], or None."""
    h = s[k:k + 4]
    if len(h) != 4:
        return None
    for ch in h:
        if ch not in _HEX:
            return None
    return int(h, 16)


def _scanstring_slow(s, i, strict):
    """Decode the string body starting at s[i] (just after the opening
    quote); return (text, index after the closing quote)."""
    begin = i - 1
    n = len(s)
    parts = []
    append = parts.append
    lone = None
    while True:
        q = s.find('"', i)
        b = s.find('\\', i, q if q >= 0 else n)
        stop = b if b >= 0 else q
        if stop < 0:
            if strict:
                _check_controls(s, i, n, begin)
            raise JSONDecodeError('Unterminated string starting at', s, begin)
        if strict and not s[i:stop].isprintable():
            _check_controls(s, i, stop, begin)
        if stop > i:
            append(s[i:stop])
        if b < 0:
            if lone is not None:
                # Strata's str cannot hold a lone surrogate: fail the way
                # chr() does, once the whole string has been checked.
                chr(lone)
            return ''.join(parts), q + 1
        # An escape sequence at b.
        k = b + 1
        if k >= n:
            raise JSONDecodeError('Unterminated string starting at', s, begin)
        c = s[k]
        if c != 'u':
            r = _SIMPLE_ESC.get(c)
            if r is None:
                raise JSONDecodeError('Invalid \\escape', s, b)
            append(r)
            i = k + 1
            continue
        k += 1
        if k + 4 >= n:
            raise JSONDecodeError('Invalid \\uXXXX escape', s, k - 1)
        uni = _hex4(s, k)
        if uni is None:
            raise JSONDecodeError('Invalid \\uXXXX escape', s, k - 1)
        k += 4
        if 0xd800 <= uni <= 0xdbff and k + 6 < n and s[k] == '\\' \
                and s[k + 1] == 'u':
            uni2 = _hex4(s, k + 2)
            if uni2 is None:
                raise JSONDecodeError('Invalid \\uXXXX escape', s, k + 1)
            if 0xdc00 <= uni2 <= 0xdfff:
                uni = 0x10000 + (((uni - 0xd800) << 10) | (uni2 - 0xdc00))
                k += 6
        if 0xd800 <= uni <= 0xdfff:
            if lone is None:
                lone = uni
            append('?')
        else:
            append(chr(uni))
        i = k


def scanstring(s, end, strict=True):
    """Decode the JSON string whose body starts at s[end] (just after the
    opening quote). Return (decoded str, index after the closing quote)."""
    q = s.find('"', end)
    if q >= 0:
        chunk = s[end:q]
        if '\\' not in chunk and (not strict or chunk.isprintable()):
            return chunk, q + 1
    return _scanstring_slow(s, end, strict)


def _make_scanner(ctx):
    """Build the scan function for decoder `ctx`: scan(s, i) returns
    (value, end) or raises _NoValue(i)."""
    object_hook = ctx.object_hook
    object_pairs_hook = ctx.object_pairs_hook
    parse_float = ctx.parse_float
    parse_int = ctx.parse_int
    parse_constant = ctx.parse_constant
    strict = ctx.strict
    memo = ctx.memo
    float_fast = parse_float is float
    int_fast = parse_int is int
    WS = _WS
    DIGITS = _DIGITS
    slow_string = _scanstring_slow

    def string(s, i):
        q = s.find('"', i)
        if q >= 0:
            chunk = s[i:q]
            if '\\' not in chunk and (not strict or chunk.isprintable()):
                return chunk, q + 1
        return slow_string(s, i, strict)

    def number_slow(s, i):
        j = i
        if s[j] == '-':
            j += 1
        c = s[j:j + 1]
        if c == '0':
            j += 1
        elif c in DIGITS and c:
            j += 1
            while s[j:j + 1] in DIGITS:
                j += 1
        else:
            raise _NoValue(i)
        is_float = False
        if s[j:j + 1] == '.' and s[j + 1:j + 2] in DIGITS:
            is_float = True
            j += 2
            while s[j:j + 1] in DIGITS:
                j += 1
        c = s[j:j + 1]
        if c == 'e' or c == 'E':
            k = j + 1
            c = s[k:k + 1]
            if c == '-' or c == '+':
                k += 1
            if s[k:k + 1] in DIGITS:
                k += 1
                while s[k:k + 1] in DIGITS:
                    k += 1
                is_float = True
                j = k
        return s[i:j], is_float, j

    def number(s, i):
        # Scan a window with str.lstrip (native) instead of a loop per
        # digit; numbers that may run past the window take the slow path.
        w = s[i:i + 64]
        k = 1 if w[:1] == '-' else 0
        t = w[k:]
        rest = t.lstrip('0123456789')
        nd = len(t) - len(rest)
        if nd == 0:
            raise _NoValue(i)
        if t[0] == '0':
            nd = 1
            rest = t[1:]
        k += nd
        is_float = False
        if rest[:1] == '.':
            r2 = rest[1:].lstrip('0123456789')
            fd = len(rest) - 1 - len(r2)
            if fd:
                is_float = True
                k += 1 + fd
                rest = r2
        c = rest[:1]
        if c == 'e' or c == 'E':
            r = rest[1:]
            sign = 1 if r[:1] in ('+', '-') and r[:1] else 0
            r3 = r[sign:].lstrip('0123456789')
            ed = len(r) - sign - len(r3)
            if ed:
                is_float = True
                k += 1 + sign + ed
        if len(w) == 64 and k > 40:
            text, is_float, j = number_slow(s, i)
        else:
            text = w[:k]
            j = i + k
        if is_float:
            return (float(text) if float_fast else parse_float(text)), j
        return (int(text) if int_fast else parse_int(text)), j

    def value(s, i):
        c = s[i:i + 1]
        if c == '"':
            return string(s, i + 1)
        if c == '{':
            return obj(s, i + 1)
        if c == '[':
            return array(s, i + 1)
        if c == 'n':
            if s.startswith('null', i):
                return None, i + 4
        elif c == 't':
            if s.startswith('true', i):
                return True, i + 4
        elif c == 'f':
            if s.startswith('false', i):
                return False, i + 5
        elif c == 'N':
            if s.startswith('NaN', i):
                return parse_constant('NaN'), i + 3
        elif c == 'I':
            if s.startswith('Infinity', i):
                return parse_constant('Infinity'), i + 8
        elif c == '-':
            if s.startswith('-Infinity', i):
                return parse_constant('-Infinity'), i + 9
            return number(s, i)
        elif c in DIGITS and c:
            return number(s, i)
        raise _NoValue(i)

    def obj(s, i):
        c = s[i:i + 1]
        if c in WS and c:
            i += 1
            while s[i:i + 1] in WS and s[i:i + 1]:
                i += 1
            c = s[i:i + 1]
        pairs = [] if object_pairs_hook is not None else None
        d = {}
        if c != '}':
            while True:
                if c != '"':
                    raise JSONDecodeError(
                        'Expecting property name enclosed in double quotes', s, i)
                key, i = string(s, i + 1)
                key = memo.setdefault(key, key)
                c = s[i:i + 1]
                if c != ':':
                    while c in WS and c:
                        i += 1
                        c = s[i:i + 1]
                    if c != ':':
                        raise JSONDecodeError("Expecting ':' delimiter", s, i)
                i += 1
                c = s[i:i + 1]
                if c in WS and c:
                    i += 1
                    while s[i:i + 1] in WS and s[i:i + 1]:
                        i += 1
                val, i = value(s, i)
                if pairs is None:
                    d[key] = val
                else:
                    pairs.append((key, val))
                c = s[i:i + 1]
                if c in WS and c:
                    i += 1
                    c = s[i:i + 1]
                    while c in WS and c:
                        i += 1
                        c = s[i:i + 1]
                if c == '}':
                    break
                if c != ',':
                    raise JSONDecodeError("Expecting ',' delimiter", s, i)
                i += 1
                c = s[i:i + 1]
                if c in WS and c:
                    i += 1
                    c = s[i:i + 1]
                    while c in WS and c:
                        i += 1
                        c = s[i:i + 1]
        i += 1
        if pairs is not None:
            return object_pairs_hook(pairs), i
        if object_hook is not None:
            return object_hook(d), i
        return d, i

    def array(s, i):
        c = s[i:i + 1]
        if c in WS and c:
            i += 1
            while s[i:i + 1] in WS and s[i:i + 1]:
                i += 1
            c = s[i:i + 1]
        values = []
        if c == ']':
            return values, i + 1
        append = values.append
        while True:
            val, i = value(s, i)
            append(val)
            c = s[i:i + 1]
            if c in WS and c:
                i += 1
                c = s[i:i + 1]
                while c in WS and c:
                    i += 1
                    c = s[i:i + 1]
            if c == ']':
                return values, i + 1
            if c != ',':
                raise JSONDecodeError("Expecting ',' delimiter", s, i)
            i += 1
            c = s[i:i + 1]
            if c in WS and c:
                i += 1
                while s[i:i + 1] in WS and s[i:i + 1]:
                    i += 1

    def scan(s, i):
        try:
            return value(s, i)
        finally:
            memo.clear()

    return scan


def _skip_ws(s, i):
    while s[i:i + 1] in _WS and s[i:i + 1]:
        i += 1
    return i


class JSONDecoder(object):
    """Decode JSON text into Python objects.

    objects -> dict, arrays -> list, strings -> str, integers -> int,
    reals -> float, true/false -> True/False, null -> None; NaN, Infinity
    and -Infinity are accepted too. The hooks customise the results.
    """

    def __init__(self, *, object_hook=None, parse_float=None,
                 parse_int=None, parse_constant=None, strict=True,
                 object_pairs_hook=None):
        self.object_hook = object_hook
        self.parse_float = parse_float or float
        self.parse_int = parse_int or int
        self.parse_constant = parse_constant or _CONSTANTS.__getitem__
        self.strict = strict
        self.object_pairs_hook = object_pairs_hook
        self.memo = {}
        self._scan = _make_scanner(self)

    def scan_once(self, string, idx):
        """Decode one value at string[idx]; return (value, end) or raise
        StopIteration(idx) when no value starts there."""
        try:
            return self._scan(string, idx)
        except _NoValue as e:
            raise StopIteration(e.pos) from None

    def decode(self, s):
        """Return the Python object for the JSON document `s` (a str)."""
        obj, end = self.raw_decode(s, _skip_ws(s, 0))
        end = _skip_ws(s, end)
        if end != len(s):
            raise JSONDecodeError('Extra data', s, end)
        return obj

    def raw_decode(self, s, idx=0):
        """Decode a JSON value starting at s[idx]; return (value, end)
        where end is the index just after it."""
        try:
            return self._scan(s, idx)
        except _NoValue as e:
            raise JSONDecodeError('Expecting value', s, e.pos) from None
