"""JSON scanner: make_scanner(context) returns scan_once(string, idx),
which decodes one JSON value at string[idx] and returns (value, end), or
raises StopIteration(idx) when no value starts there.

make_scanner is the native _json.make_scanner when that module is present
(c_make_scanner), else py_make_scanner, a hand-written recursive-descent
parser over the str. Both read the decoder context's strict, object_hook,
object_pairs_hook, parse_float, parse_int, parse_constant (and the pure
one its memo) once, and give the same results and errors.
"""

try:
    from _json import make_scanner as c_make_scanner
except ImportError:
    c_make_scanner = None

__all__ = ['make_scanner']


class _NoValue(Exception):
    """Internal: no JSON value starts at index .pos (becomes StopIteration
    for scan_once callers)."""

    def __init__(self, pos):
        self.pos = pos


def _make_scan(ctx, JSONDecodeError, slow_string):
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
    WS = frozenset(' \t\n\r')
    DIGITS = frozenset('0123456789')

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


def py_make_scanner(context):
    """The pure-Python scanner for decoder `context`."""
    from json.decoder import JSONDecodeError, _scanstring_slow
    scan = _make_scan(context, JSONDecodeError, _scanstring_slow)

    def scan_once(string, idx):
        try:
            return scan(string, idx)
        except _NoValue as e:
            raise StopIteration(e.pos) from None

    return scan_once


make_scanner = c_make_scanner or py_make_scanner
