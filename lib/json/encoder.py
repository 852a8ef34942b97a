"""JSON encoding: JSONEncoder and the string escapers.

The native _json module, when present, provides the escapers
(c_encode_basestring, c_encode_basestring_ascii) and the encoder
(c_make_encoder); otherwise the pure-Python ones here are used
(py_encode_basestring, py_encode_basestring_ascii, _py_make_encoder, which
walks the object graph recursively and joins the chunks at the end).
Output matches CPython's (C and Python) encoders on both paths: floats
use float.__repr__, ints int.__repr__, keys are coerced the same way, and
the same errors are raised.
"""

try:
    from _json import encode_basestring_ascii as c_encode_basestring_ascii
except ImportError:
    c_encode_basestring_ascii = None
try:
    from _json import encode_basestring as c_encode_basestring
except ImportError:
    c_encode_basestring = None
try:
    from _json import make_encoder as c_make_encoder
except ImportError:
    c_make_encoder = None

__all__ = ['JSONEncoder', 'encode_basestring', 'encode_basestring_ascii']

INFINITY = float('inf')

_int_repr = int.__repr__
_float_repr = float.__repr__


def _build_tables():
    ascii_tab = {}
    for n in range(0x20):
        ascii_tab[n] = '\\u%04x' % n
    for ch, esc in (('\b', '\\b'), ('\f', '\\f'), ('\n', '\\n'),
                    ('\r', '\\r'), ('\t', '\\t')):
        ascii_tab[ord(ch)] = esc
    ascii_tab[ord('"')] = '\\"'
    ascii_tab[ord('\\')] = '\\\\'
    full_tab = dict(ascii_tab)
    ascii_tab[0x7f] = '\\u007f'
    return ascii_tab, full_tab


_ASCII_TABLE, _BASIC_TABLE = _build_tables()
ESCAPE_DCT = {chr(k): v for k, v in _BASIC_TABLE.items()}


def py_encode_basestring(s):
    """Return the JSON string literal for s, keeping non-ASCII characters."""
    if s.isprintable() and '"' not in s and '\\' not in s:
        return '"' + s + '"'
    return '"' + s.translate(_BASIC_TABLE) + '"'


_NON_ASCII_ESC = {}


def _escape_non_ascii(s):
    esc = _NON_ASCII_ESC
    for ch in set(s):
        if ch not in esc and ch >= '\x80':
            n = ord(ch)
            if n < 0x10000:
                esc[ch] = '\\u%04x' % n
            else:
                n -= 0x10000
                esc[ch] = '\\u%04x\\u%04x' % (0xd800 | (n >> 10),
                                              0xdc00 | (n & 0x3ff))
    if len(esc) > 4096:
        _NON_ASCII_ESC.clear()
    return ''.join(map(esc.get, s, s))


def py_encode_basestring_ascii(s):
    """Return the JSON string literal for s using only ASCII characters."""
    if s.isascii():
        if s.isprintable() and '"' not in s and '\\' not in s:
            return '"' + s + '"'
        return '"' + s.translate(_ASCII_TABLE) + '"'
    return '"' + _escape_non_ascii(s.translate(_ASCII_TABLE)) + '"'


encode_basestring = c_encode_basestring or py_encode_basestring
encode_basestring_ascii = (c_encode_basestring_ascii
                           or py_encode_basestring_ascii)


class JSONEncoder(object):
    """Serialize Python data structures to JSON.

    dict -> object, list/tuple -> array, str -> string, int/float (and
    their subclasses) -> number, True/False -> true/false, None -> null.
    Override default() to support other objects.
    """
    item_separator = ', '
    key_separator = ': '

    def __init__(self, *, skipkeys=False, ensure_ascii=True,
                 check_circular=True, allow_nan=True, sort_keys=False,
                 indent=None, separators=None, default=None):
        self.skipkeys = skipkeys
        self.ensure_ascii = ensure_ascii
        self.check_circular = check_circular
        self.allow_nan = allow_nan
        self.sort_keys = sort_keys
        self.indent = indent
        if separators is not None:
            self.item_separator, self.key_separator = separators
        elif indent is not None:
            self.item_separator = ','
        if default is not None:
            self.default = default

    def default(self, o):
        """Return a serializable object for o, or raise TypeError."""
        raise TypeError(f'Object of type {o.__class__.__name__} '
                        f'is not JSON serializable')

    def encode(self, o):
        """Return the JSON text for o."""
        if isinstance(o, str):
            if self.ensure_ascii:
                return encode_basestring_ascii(o)
            return encode_basestring(o)
        chunks = self.iterencode(o, _one_shot=True)
        if not isinstance(chunks, (list, tuple)):
            chunks = list(chunks)
        return ''.join(chunks)

    def iterencode(self, o, _one_shot=False):
        """Encode o, returning the JSON text as an iterable of chunks."""
        cfg = (self.check_circular, self.ensure_ascii, self.allow_nan,
               self.default, self.indent, self.key_separator,
               self.item_separator, self.sort_keys, self.skipkeys)
        cached = self.__dict__.get('_encoder_cache')
        if cached is None or cached[0] != cfg:
            cached = (cfg, _make_encoder(*cfg))
            self.__dict__['_encoder_cache'] = cached
        text = cached[1](o)
        if _one_shot:
            return [text]
        return iter([text])


def _make_encoder(check_circular, ensure_ascii, allow_nan, default, indent,
                  key_sep, item_sep, sort_keys, skipkeys):
    """Build the encoding function for one configuration: it takes an
    object and returns its JSON text (natively when _json is present)."""
    if c_make_encoder is None:
        return _py_make_encoder(check_circular, ensure_ascii, allow_nan,
                                default, indent, key_sep, item_sep,
                                sort_keys, skipkeys)
    if indent is not None and not isinstance(indent, str):
        indent = ' ' * indent
    str_enc = encode_basestring_ascii if ensure_ascii else encode_basestring
    return c_make_encoder({} if check_circular else None, default, str_enc,
                          indent, key_sep, item_sep, sort_keys, skipkeys,
                          allow_nan).encode


def _py_make_encoder(check_circular, ensure_ascii, allow_nan, default,
                     indent, key_sep, item_sep, sort_keys, skipkeys):
    """The pure-Python encoding function for one configuration."""
    str_enc = encode_basestring_ascii if ensure_ascii else encode_basestring
    if indent is not None and not isinstance(indent, str):
        indent = ' ' * indent

    def floatstr(f):
        if f != f:
            text = 'NaN'
        elif f == INFINITY:
            text = 'Infinity'
        elif f == -INFINITY:
            text = '-Infinity'
        else:
            return _float_repr(f)
        if not allow_nan:
            raise ValueError('Out of range float values are not JSON compliant')
        return text

    key_cache = {}

    def enc_list(lst, level, markers):
        if not lst:
            return '[]'
        if markers is not None:
            mid = id(lst)
            if mid in markers:
                raise ValueError('Circular reference detected')
            markers.append(mid)
        parts = []
        append = parts.append
        for v in lst:
            t = type(v)
            if t is str:
                append(str_enc(v))
            elif t is int:
                append(_int_repr(v))
            elif t is float:
                append(floatstr(v))
            elif v is None:
                append('null')
            elif v is True:
                append('true')
            elif v is False:
                append('false')
            elif t is dict:
                append(enc_dict(v, level + 1, markers))
            elif t is list or t is tuple:
                append(enc_list(v, level + 1, markers))
            else:
                append(enc_any(v, level + 1, markers))
        if markers is not None:
            markers.pop()
        if indent is None:
            return '[' + item_sep.join(parts) + ']'
        nl = '\n' + indent * (level + 1)
        return ('[' + nl + (item_sep + nl).join(parts) + '\n'
                + indent * level + ']')

    def enc_dict(dct, level, markers):
        if not dct:
            return '{}'
        if markers is not None:
            mid = id(dct)
            if mid in markers:
                raise ValueError('Circular reference detected')
            markers.append(mid)
        parts = []
        append = parts.append
        items = sorted(dct.items()) if sort_keys else dct.items()
        for k, v in items:
            if type(k) is str:
                kk = key_cache.get(k)
                if kk is None:
                    if len(key_cache) > 1024:
                        key_cache.clear()
                    kk = key_cache[k] = str_enc(k) + key_sep
                k = kk
            elif isinstance(k, str):
                k = str_enc(k) + key_sep
            elif isinstance(k, float):
                k = '"' + floatstr(k) + '"' + key_sep
            elif k is True:
                k = '"true"' + key_sep
            elif k is False:
                k = '"false"' + key_sep
            elif k is None:
                k = '"null"' + key_sep
            elif isinstance(k, int):
                k = '"' + _int_repr(k) + '"' + key_sep
            elif skipkeys:
                continue
            else:
                raise TypeError(f'keys must be str, int, float, bool or None, '
                                f'not {k.__class__.__name__}')
            t = type(v)
            if t is str:
                append(k + str_enc(v))
            elif t is int:
                append(k + _int_repr(v))
            elif t is float:
                append(k + floatstr(v))
            elif v is None:
                append(k + 'null')
            elif v is True:
                append(k + 'true')
            elif v is False:
                append(k + 'false')
            elif t is dict:
                append(k + enc_dict(v, level + 1, markers))
            elif t is list or t is tuple:
                append(k + enc_list(v, level + 1, markers))
            else:
                append(k + enc_any(v, level + 1, markers))
        if markers is not None:
            markers.pop()
        if indent is None:
            return '{' + item_sep.join(parts) + '}'
        nl = '\n' + indent * (level + 1)
        return ('{' + nl + (item_sep + nl).join(parts) + '\n'
                + indent * level + '}')

    def enc_any(o, level, markers):
        if isinstance(o, str):
            return str_enc(o)
        if o is None:
            return 'null'
        if o is True:
            return 'true'
        if o is False:
            return 'false'
        if isinstance(o, int):
            return _int_repr(o)
        if isinstance(o, float):
            return floatstr(o)
        if isinstance(o, (list, tuple)):
            return enc_list(o, level, markers)
        if isinstance(o, dict):
            return enc_dict(o, level, markers)
        if markers is not None:
            mid = id(o)
            if mid in markers:
                raise ValueError('Circular reference detected')
            markers.append(mid)
        text = enc_any(default(o), level, markers)
        if markers is not None:
            markers.pop()
        return text

    def encode(o):
        t = type(o)
        if t is str:
            return str_enc(o)
        if t is dict:
            return enc_dict(o, 0, [] if check_circular else None)
        if t is list:
            return enc_list(o, 0, [] if check_circular else None)
        return enc_any(o, 0, [] if check_circular else None)

    return encode
