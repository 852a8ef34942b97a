"""String constants (ascii_letters, digits, punctuation, ...), capwords,
the Formatter class (str.format's machinery, overridable piece by piece)
and Template strings ($-substitution with substitute / safe_substitute).

Template placeholders are parsed by hand for the standard identifier
syntax (any delimiter); subclasses that override idpattern,
braceidpattern, flags or pattern need the re module."""

__all__ = ['ascii_letters', 'ascii_lowercase', 'ascii_uppercase', 'capwords',
           'digits', 'hexdigits', 'octdigits', 'printable', 'punctuation',
           'whitespace', 'Formatter', 'Template']

whitespace = ' \t\n\r\x0b\x0c'
ascii_lowercase = 'abcdefghijklmnopqrstuvwxyz'
ascii_uppercase = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ'
ascii_letters = ascii_lowercase + ascii_uppercase
digits = '0123456789'
hexdigits = digits + 'abcdef' + 'ABCDEF'
octdigits = '01234567'
punctuation = r"""!"#$%&'()*+,-./:;<=>?@[\]^_`{|}~"""
printable = digits + ascii_letters + punctuation + whitespace


def capwords(s, sep=None):
    """Split s on sep (whitespace by default), capitalize each word and
    join them with sep (a single space by default)."""
    return (sep or ' ').join(map(str.capitalize, s.split(sep)))


# -- Template ----------------------------------------------------------------

_ID_START = '_' + ascii_letters
_ID_CHARS = _ID_START + digits


class _Match:
    """One placeholder found in a template: kind is 'escaped', 'named',
    'braced' or 'invalid'; start/end delimit the whole placeholder;
    invalid_pos is where an invalid placeholder's name would start."""

    __slots__ = ('kind', 'name', 'start', 'end', 'invalid_pos')

    def __init__(self, kind, name, start, end, invalid_pos):
        self.kind = kind
        self.name = name
        self.start = start
        self.end = end
        self.invalid_pos = invalid_pos


class _Sentinel:
    pass


_sentinel_dict = {}


class Template:
    """A string class for $-substitutions: $$ is an escaped $, $name and
    ${name} are placeholders."""

    delimiter = '$'
    idpattern = r'(?a:[_a-z][_a-z0-9]*)'
    braceidpattern = None
    flags = None   # re.IGNORECASE when re is used
    _regex = None

    def __init_subclass__(cls, **kwargs):
        super().__init_subclass__(**kwargs)
        custom = ('pattern' in cls.__dict__
                  or cls.idpattern != Template.idpattern
                  or cls.braceidpattern is not None
                  or cls.flags is not None)
        if not custom:
            cls._regex = None
            return
        import re
        if 'pattern' in cls.__dict__:
            pattern = cls.pattern
        else:
            delim = re.escape(cls.delimiter)
            id = cls.idpattern
            bid = cls.braceidpattern or cls.idpattern
            pattern = fr"""
            {delim}(?:
              (?P<escaped>{delim})  |
              (?P<named>{id})       |
              {{(?P<braced>{bid})}} |
              (?P<invalid>)
            )
            """
        flags = cls.flags if cls.flags is not None else re.IGNORECASE
        cls._regex = re.compile(pattern, flags | re.VERBOSE)
        cls.pattern = cls._regex

    def __init__(self, template):
        self.template = template

    # placeholder scanning

    def _scan(self):
        """The placeholders of the template, in order."""
        regex = type(self)._regex
        if regex is not None:
            return self._scan_re(regex)
        s = self.template
        delim = self.delimiter
        dl = len(delim)
        out = []
        i = 0
        n = len(s)
        while True:
            j = s.find(delim, i)
            if j < 0:
                break
            k = j + dl
            if s.startswith(delim, k):
                out.append(_Match('escaped', None, j, k + dl, None))
                i = k + dl
                continue
            if k < n and s[k] in _ID_START:
                e = k + 1
                while e < n and s[e] in _ID_CHARS:
                    e += 1
                out.append(_Match('named', s[k:e], j, e, None))
                i = e
                continue
            if k < n and s[k] == '{' and k + 1 < n and s[k + 1] in _ID_START:
                e = k + 2
                while e < n and s[e] in _ID_CHARS:
                    e += 1
                if e < n and s[e] == '}':
                    out.append(_Match('braced', s[k + 1:e], j, e + 1, None))
                    i = e + 1
                    continue
            out.append(_Match('invalid', None, j, k, k))
            i = k
        return out

    def _scan_re(self, regex):
        out = []
        for mo in regex.finditer(self.template):
            if mo.group('escaped') is not None:
                out.append(_Match('escaped', None, mo.start(), mo.end(), None))
            elif mo.group('named') is not None:
                out.append(_Match('named', mo.group('named'), mo.start(),
                                  mo.end(), None))
            elif mo.group('braced') is not None:
                out.append(_Match('braced', mo.group('braced'), mo.start(),
                                  mo.end(), None))
            elif mo.group('invalid') is not None:
                out.append(_Match('invalid', None, mo.start(), mo.end(),
                                  mo.start('invalid')))
            else:
                raise ValueError('Unrecognized named group in pattern',
                                 regex.pattern)
        return out

    def _invalid(self, m):
        i = m.invalid_pos
        lines = self.template[:i].splitlines(keepends=True)
        if not lines:
            colno = 1
            lineno = 1
        else:
            colno = i - len(''.join(lines[:-1]))
            lineno = len(lines)
        raise ValueError('Invalid placeholder in string: line %d, col %d'
                         % (lineno, colno))

    def _render(self, lookup):
        s = self.template
        pieces = []
        pos = 0
        for m in self._scan():
            pieces.append(s[pos:m.start])
            pieces.append(lookup(m, s[m.start:m.end]))
            pos = m.end
        pieces.append(s[pos:])
        return ''.join(pieces)

    @staticmethod
    def _mapping(mapping, kws):
        if mapping is _sentinel_dict:
            return kws
        if kws:
            return _ChainLookup(kws, mapping)
        return mapping

    def substitute(self, mapping=_sentinel_dict, /, **kws):
        """Substitute every placeholder; KeyError for a missing name,
        ValueError for an invalid placeholder."""
        mapping = self._mapping(mapping, kws)

        def lookup(m, text):
            if m.kind in ('named', 'braced'):
                return str(mapping[m.name])
            if m.kind == 'escaped':
                return self.delimiter
            self._invalid(m)
        return self._render(lookup)

    def safe_substitute(self, mapping=_sentinel_dict, /, **kws):
        """Like substitute, but missing names and invalid placeholders are
        left in place."""
        mapping = self._mapping(mapping, kws)

        def lookup(m, text):
            if m.kind in ('named', 'braced'):
                try:
                    return str(mapping[m.name])
                except KeyError:
                    return text
            if m.kind == 'escaped':
                return self.delimiter
            return text
        return self._render(lookup)

    def is_valid(self):
        """Whether the template has no invalid placeholder."""
        return all(m.kind != 'invalid' for m in self._scan())

    def get_identifiers(self):
        """The valid placeholder names, in order of first appearance."""
        ids = []
        for m in self._scan():
            if m.kind in ('named', 'braced') and m.name not in ids:
                ids.append(m.name)
        return ids


class _ChainLookup:
    """Looks keys up in the keyword arguments first, then the mapping."""

    def __init__(self, first, second):
        self._first = first
        self._second = second

    def __getitem__(self, key):
        try:
            return self._first[key]
        except KeyError:
            return self._second[key]


# -- Formatter ---------------------------------------------------------------

def _parse_format(s):
    """Yield (literal_text, field_name, format_spec, conversion) like
    str.format's parser: an escaped brace ends a literal chunk; field_name
    is None for chunks without a replacement field."""
    n = len(s)
    i = 0
    while i < n:
        lit_start = i
        while i < n and s[i] not in '{}':
            i += 1
        literal = s[lit_start:i]
        if i >= n:
            yield literal, None, None, None
            return
        c = s[i]
        if i + 1 < n and s[i + 1] == c:
            yield literal + c, None, None, None
            i += 2
            continue
        if c == '}':
            raise ValueError("Single '}' encountered in format string")
        if i + 1 >= n:
            raise ValueError("Single '{' encountered in format string")
        name, conversion, spec, i = _scan_field(s, i + 1)
        yield literal, name, spec, conversion


def _scan_field(s, i):
    """Parse the replacement field starting at s[i] (just after '{');
    returns (name, conversion, spec, index after the closing '}')."""
    n = len(s)
    start = i
    while True:
        if i >= n:
            raise ValueError("expected '}' before end of string")
        c = s[i]
        if c == '[':
            k = s.find(']', i)
            if k < 0:
                raise ValueError("expected '}' before end of string")
            i = k + 1
            continue
        if c == '{':
            raise ValueError("unexpected '{' in field name")
        if c in ':!}':
            break
        i += 1
    name = s[start:i]
    conversion = None
    if s[i] == '}':
        return name, None, '', i + 1
    if s[i] == '!':
        if i + 1 >= n:
            raise ValueError('end of string while looking for conversion '
                             'specifier')
        conversion = s[i + 1]
        i += 2
        if i >= n:
            raise ValueError("unmatched '{' in format spec")
        if s[i] == '}':
            return name, conversion, '', i + 1
        if s[i] != ':':
            raise ValueError("expected ':' after conversion specifier")
    # s[i] == ':': the format spec runs to the matching '}'
    i += 1
    spec_start = i
    depth = 1
    while i < n:
        c = s[i]
        if c == '{':
            depth += 1
        elif c == '}':
            depth -= 1
            if depth == 0:
                return name, conversion, s[spec_start:i], i + 1
        i += 1
    raise ValueError("unmatched '{' in format spec")


def _split_field_name(name):
    """(first, [(is_attr, key), ...]) for a field name such as
    'a.b[0]'."""
    i = 0
    n = len(name)
    while i < n and name[i] not in '.[':
        i += 1
    first = name[:i]
    if first.isdigit():
        first = int(first)
    rest = []
    while i < n:
        if name[i] == '.':
            j = i + 1
            while j < n and name[j] not in '.[':
                j += 1
            attr = name[i + 1:j]
            if not attr:
                raise ValueError('Empty attribute in format string')
            rest.append((True, attr))
            i = j
        elif name[i] == '[':
            j = name.find(']', i)
            if j < 0:
                raise ValueError("Missing ']' in format string")
            key = name[i + 1:j]
            if not key:
                raise ValueError('Empty attribute in format string')
            rest.append((False, int(key) if key.isdigit() else key))
            i = j + 1
            if i < n and name[i] not in '.[':
                raise ValueError('Only \'.\' or \'[\' may follow \']\' in '
                                 'format field specifier')
        else:
            raise ValueError('Only \'.\' or \'[\' may follow \']\' in format '
                             'field specifier')
    return first, rest


class Formatter:
    """str.format's algorithm, split into overridable steps: parse,
    get_field, get_value, check_unused_args, format_field and
    convert_field."""

    def format(self, format_string, /, *args, **kwargs):
        """Format format_string with the positional and keyword
        arguments."""
        return self.vformat(format_string, args, kwargs)

    def vformat(self, format_string, args, kwargs):
        """Format with an explicit args tuple and kwargs mapping."""
        used_args = set()
        result, _ = self._vformat(format_string, args, kwargs, used_args, 2)
        self.check_unused_args(used_args, args, kwargs)
        return result

    def _vformat(self, format_string, args, kwargs, used_args,
                 recursion_depth, auto_arg_index=0):
        if recursion_depth < 0:
            raise ValueError('Max string recursion exceeded')
        result = []
        for literal_text, field_name, format_spec, conversion in \
                self.parse(format_string):
            if literal_text:
                result.append(literal_text)
            if field_name is not None:
                if field_name == '':
                    if auto_arg_index is False:
                        raise ValueError('cannot switch from manual field '
                                         'specification to automatic field '
                                         'numbering')
                    field_name = str(auto_arg_index)
                    auto_arg_index += 1
                elif field_name.isdigit():
                    if auto_arg_index:
                        raise ValueError('cannot switch from manual field '
                                         'specification to automatic field '
                                         'numbering')
                    auto_arg_index = False
                obj, arg_used = self.get_field(field_name, args, kwargs)
                used_args.add(arg_used)
                obj = self.convert_field(obj, conversion)
                format_spec, auto_arg_index = self._vformat(
                    format_spec, args, kwargs, used_args,
                    recursion_depth - 1, auto_arg_index=auto_arg_index)
                result.append(self.format_field(obj, format_spec))
        return ''.join(result), auto_arg_index

    def get_value(self, key, args, kwargs):
        """args[key] for an int key, else kwargs[key]."""
        if isinstance(key, int):
            return args[key]
        return kwargs[key]

    def check_unused_args(self, used_args, args, kwargs):
        """Hook to reject unused arguments (does nothing by default)."""
        pass

    def format_field(self, value, format_spec):
        """format(value, format_spec)."""
        return format(value, format_spec)

    def convert_field(self, value, conversion):
        """Apply a !s, !r or !a conversion."""
        if conversion is None:
            return value
        if conversion == 's':
            return str(value)
        if conversion == 'r':
            return repr(value)
        if conversion == 'a':
            return ascii(value)
        raise ValueError('Unknown conversion specifier %s' % (conversion,))

    def parse(self, format_string):
        """Iterate over (literal_text, field_name, format_spec,
        conversion) tuples."""
        return _parse_format(format_string)

    def get_field(self, field_name, args, kwargs):
        """(object, first key used) for a field name like 'a.b[0]'."""
        first, rest = _split_field_name(field_name)
        obj = self.get_value(first, args, kwargs)
        for is_attr, i in rest:
            if is_attr:
                obj = getattr(obj, i)
            else:
                obj = obj[i]
        return obj, first
