"""JSON decoding: JSONDecoder, JSONDecodeError and scanstring.

scanstring is the native _json.scanstring when that module is present
(c_scanstring), else the pure-Python py_scanstring, which finds string
ends with str.find and only falls back to character-level work for
escapes. The value scanner comes from json.scanner. Error messages and
positions follow CPython's C scanner on both paths.
"""

from json import scanner

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

_WS_CHARS = ' \t\n\r'
_HEX = frozenset('0123456789abcdefABCDEF')
_SIMPLE_ESC = {'"': '"', '\\': '\\', '/': '/', 'b': '\b', 'f': '\f',
               'n': '\n', 'r': '\r', 't': '\t'}


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


def py_scanstring(s, end, strict=True):
    """Decode the JSON string whose body starts at s[end] (just after the
    opening quote). Return (decoded str, index after the closing quote)."""
    q = s.find('"', end)
    if q >= 0:
        chunk = s[end:q]
        if '\\' not in chunk and (not strict or chunk.isprintable()):
            return chunk, q + 1
    return _scanstring_slow(s, end, strict)


try:
    from _json import scanstring as c_scanstring
except ImportError:
    c_scanstring = None

scanstring = c_scanstring or py_scanstring


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
        self.parse_string = scanstring
        self.memo = {}
        self.scan_once = scanner.make_scanner(self)

    def decode(self, s):
        """Return the Python object for the JSON document `s` (a str)."""
        idx = 0
        if s[:1] in _WS_CHARS and s:
            idx = len(s) - len(s.lstrip(_WS_CHARS))
        obj, end = self.raw_decode(s, idx)
        n = len(s)
        if end != n:
            if s[end:end + 1] in _WS_CHARS:
                end = n - len(s[end:].lstrip(_WS_CHARS))
            if end != n:
                raise JSONDecodeError('Extra data', s, end)
        return obj

    def raw_decode(self, s, idx=0):
        """Decode a JSON value starting at s[idx]; return (value, end)
        where end is the index just after it."""
        try:
            return self.scan_once(s, idx)
        except StopIteration as e:
            raise JSONDecodeError('Expecting value', s, e.value) from None
