"""Warning control: warn / warn_explicit, the filter list (filters,
filterwarnings, simplefilter, resetwarnings) with the actions error,
ignore, always, default, module and once, showwarning / formatwarning
(CPython's "file:line: Category: message" format on sys.stderr, followed
by the source line when the file can be read), and the catch_warnings
context manager (record=True collects WarningMessage objects).

The default filters are CPython's release-build ones: DeprecationWarning
is shown for code in __main__ and ignored elsewhere;
PendingDeprecationWarning, ImportWarning and ResourceWarning are
ignored."""

import sys

__all__ = ['warn', 'warn_explicit', 'showwarning', 'formatwarning',
           'filterwarnings', 'simplefilter', 'resetwarnings',
           'catch_warnings']


# -- patterns for the message and module filters ----------------------------

class _SimplePattern:
    """A tiny regular-expression matcher used when the re module is not
    available: literal characters, '.', '*', '+', '?', '^', '$', '\\Z' and
    backslash escapes, optionally case-insensitive; .match() anchors at
    the start, like re.match."""

    def __init__(self, pattern, ignorecase):
        self.pattern = pattern
        self._ignorecase = ignorecase
        self._atoms = self._parse(pattern)

    def _parse(self, p):
        atoms = []
        i = 0
        while i < len(p):
            c = p[i]
            if c == '\\' and i + 1 < len(p):
                nxt = p[i + 1]
                i += 2
                if nxt == 'Z':
                    atoms.append(('end', None))
                    continue
                atom = ('char', nxt)
            elif c == '.':
                atom = ('any', None)
                i += 1
            elif c == '$':
                atoms.append(('end', None))
                i += 1
                continue
            elif c == '^' and i == 0:
                i += 1
                continue
            else:
                atom = ('char', c)
                i += 1
            if i < len(p) and p[i] in '*+?':
                atoms.append((atom, p[i]))
                i += 1
            else:
                atoms.append((atom, ''))
        return atoms

    def _eq(self, a, b):
        if self._ignorecase:
            return a.lower() == b.lower()
        return a == b

    def _one(self, atom, text, pos):
        kind, ch = atom
        if pos >= len(text):
            return False
        return kind == 'any' or self._eq(ch, text[pos])

    def _match_from(self, k, text, pos):
        atoms = self._atoms
        if k == len(atoms):
            return True
        atom, rep = atoms[k]
        if atom == 'end':
            return pos == len(text) and self._match_from(k + 1, text, pos)
        if rep == '':
            return (self._one(atom, text, pos)
                    and self._match_from(k + 1, text, pos + 1))
        lo = 1 if rep == '+' else 0
        hi = 1 if rep == '?' else len(text) - pos
        n = 0
        while n < hi and self._one(atom, text, pos + n):
            n += 1
        while n >= lo:
            if self._match_from(k + 1, text, pos + n):
                return True
            n -= 1
        return False

    def match(self, text):
        return self._match_from(0, text, 0)

    def __eq__(self, other):
        return (isinstance(other, _SimplePattern)
                and self.pattern == other.pattern
                and self._ignorecase == other._ignorecase)

    def __hash__(self):
        return hash(self.pattern)

    def __repr__(self):
        if self._ignorecase:
            return 're.compile(%r, re.IGNORECASE)' % (self.pattern,)
        return 're.compile(%r)' % (self.pattern,)


def _compile(pattern, ignorecase):
    try:
        import re
    except ImportError:
        return _SimplePattern(pattern, ignorecase)
    return re.compile(pattern, re.I if ignorecase else 0)


# -- source lines ------------------------------------------------------------

def _getline(filename, lineno):
    """Line `lineno` of file `filename`, or '' when it cannot be read."""
    import builtins
    opener = getattr(builtins, 'open', None)
    if opener is None or not filename or filename.startswith('<'):
        return ''
    try:
        with opener(filename, encoding='utf-8') as f:
            for i, line in enumerate(f, 1):
                if i == lineno:
                    return line
    except Exception:
        return ''
    return ''


# -- showing warnings --------------------------------------------------------

def showwarning(message, category, filename, lineno, file=None, line=None):
    """Write a warning to a file (sys.stderr by default)."""
    msg = WarningMessage(message, category, filename, lineno, file, line)
    _showwarnmsg_impl(msg)


def formatwarning(message, category, filename, lineno, line=None):
    """Format a warning the standard way."""
    msg = WarningMessage(message, category, filename, lineno, None, line)
    return _formatwarnmsg_impl(msg)


def _showwarnmsg_impl(msg):
    file = msg.file
    if file is None:
        file = sys.stderr
        if file is None:
            return
    text = _formatwarnmsg(msg)
    try:
        file.write(text)
    except OSError:
        pass


def _formatwarnmsg_impl(msg):
    category = msg.category.__name__
    s = '%s:%s: %s: %s\n' % (msg.filename, msg.lineno, category, msg.message)
    if msg.line is None:
        line = _getline(msg.filename, msg.lineno)
    else:
        line = msg.line
    if line:
        s += '  %s\n' % line.strip()
    return s


_showwarning_orig = showwarning
_formatwarning_orig = formatwarning


def _showwarnmsg(msg):
    """Hook to write a warning to a file; replace showwarning() to
    customize."""
    sw = showwarning
    if sw is not _showwarning_orig:
        if not callable(sw):
            raise TypeError('warnings.showwarning() must be set to a '
                            'function or method')
        sw(msg.message, msg.category, msg.filename, msg.lineno, msg.file,
           msg.line)
        return
    _showwarnmsg_impl(msg)


def _formatwarnmsg(msg):
    fw = formatwarning
    if fw is not _formatwarning_orig:
        return fw(msg.message, msg.category, msg.filename, msg.lineno,
                  msg.line)
    return _formatwarnmsg_impl(msg)


# -- the filters -------------------------------------------------------------

_ACTIONS = ('error', 'ignore', 'always', 'default', 'module', 'once')


def filterwarnings(action, message='', category=Warning, module='', lineno=0,
                   append=False):
    """Insert an entry into the list of warnings filters (at the front,
    or at the end when append is true)."""
    assert action in _ACTIONS, 'invalid action: %r' % (action,)
    assert isinstance(message, str), 'message must be a string'
    assert isinstance(category, type), 'category must be a class'
    assert issubclass(category, Warning), 'category must be a Warning subclass'
    assert isinstance(module, str), 'module must be a string'
    assert isinstance(lineno, int) and lineno >= 0, \
        'lineno must be an int >= 0'
    msg = _compile(message, True) if message else None
    mod = _compile(module + r'\Z', False) if module else None
    _add_filter(action, msg, category, mod, lineno, append=append)


def simplefilter(action, category=Warning, lineno=0, append=False):
    """Insert a simple entry into the list of warnings filters: it matches
    every message and module."""
    assert action in _ACTIONS, 'invalid action: %r' % (action,)
    assert isinstance(lineno, int) and lineno >= 0, \
        'lineno must be an int >= 0'
    _add_filter(action, None, category, None, lineno, append=append)


def _add_filter(*item, append):
    if not append:
        try:
            filters.remove(item)
        except ValueError:
            pass
        filters.insert(0, item)
    elif item not in filters:
        filters.append(item)
    _filters_mutated()


def resetwarnings():
    """Clear the list of warning filters, so that no filters are active."""
    filters[:] = []
    _filters_mutated()


_filters_version = 1


def _filters_mutated():
    global _filters_version
    _filters_version += 1


class _OptionError(Exception):
    """Exception used by option processing helpers."""


# -- issuing warnings --------------------------------------------------------

def _caller(stacklevel):
    """(globals, filename, lineno) of the frame `stacklevel` levels above
    warn()'s caller's caller."""
    getframe = getattr(sys, '_getframe', None)
    if getframe is not None:
        try:
            frame = getframe(stacklevel)
        except ValueError:
            return sys.__dict__, 'sys', 1
        return frame.f_globals, frame.f_code.co_filename, frame.f_lineno
    # Without frame introspection, attribute the warning to the main
    # program.
    main = sys.modules.get('__main__')
    g = getattr(main, '__dict__', None)
    if g is None:
        g = {'__name__': '__main__'}
    filename = sys.argv[0] if sys.argv and sys.argv[0] else '__main__'
    return g, filename, 1


_module_registries = {}


def warn(message, category=None, stacklevel=1, source=None):
    """Issue a warning, or maybe ignore it or raise an exception, as the
    filters say."""
    if isinstance(message, Warning):
        category = message.__class__
    if category is None:
        category = UserWarning
    if not (isinstance(category, type) and issubclass(category, Warning)):
        raise TypeError("category must be a Warning subclass, not '%s'"
                        % type(category).__name__)
    globals, filename, lineno = _caller(stacklevel + 1)
    if '__name__' in globals:
        module = globals['__name__']
    else:
        module = '<string>'
    try:
        registry = globals.setdefault('__warningregistry__', {})
    except (AttributeError, TypeError):
        registry = _module_registries.setdefault(module, {})
    warn_explicit(message, category, filename, lineno, module, registry,
                  globals, source)


def warn_explicit(message, category, filename, lineno, module=None,
                  registry=None, module_globals=None, source=None):
    """Low-level interface to warnings: the caller supplies the location."""
    lineno = int(lineno)
    if module is None:
        module = filename or '<unknown>'
        if module[-3:].lower() == '.py':
            module = module[:-3]
    if registry is None:
        registry = {}
    if registry.get('version', 0) != _filters_version:
        registry.clear()
        registry['version'] = _filters_version
    if isinstance(message, Warning):
        text = str(message)
        category = message.__class__
    else:
        text = message
        message = category(message)
    key = (text, category, lineno)
    if registry.get(key):
        return
    for item in filters:
        action, msg, cat, mod, ln = item
        if ((msg is None or msg.match(text))
                and issubclass(category, cat)
                and (mod is None or _module_matches(mod, module))
                and (ln == 0 or lineno == ln)):
            break
    else:
        action = defaultaction
    if action == 'ignore':
        return
    if action == 'error':
        raise message
    if action == 'once':
        registry[key] = 1
        oncekey = (text, category)
        if onceregistry.get(oncekey):
            return
        onceregistry[oncekey] = 1
    elif action == 'always':
        pass
    elif action == 'module':
        registry[key] = 1
        altkey = (text, category, 0)
        if registry.get(altkey):
            return
        registry[altkey] = 1
    elif action == 'default':
        registry[key] = 1
    else:
        raise RuntimeError('Unrecognized action (%r) in warnings.filters:\n'
                           ' %s' % (action, item))
    msg = WarningMessage(message, category, filename, lineno, source=source)
    _showwarnmsg(msg)


def _module_matches(mod, module):
    if isinstance(mod, str):
        # The built-in default filters hold plain strings that must match
        # exactly.
        return mod == module
    return bool(mod.match(module))


class WarningMessage:
    """Holds the properties of one warning (as recorded by
    catch_warnings(record=True))."""

    _WARNING_DETAILS = ('message', 'category', 'filename', 'lineno', 'file',
                        'line', 'source')

    def __init__(self, message, category, filename, lineno, file=None,
                 line=None, source=None):
        self.message = message
        self.category = category
        self.filename = filename
        self.lineno = lineno
        self.file = file
        self.line = line
        self.source = source
        self._category_name = category.__name__ if category else None

    def __str__(self):
        return ('{message : %r, category : %r, filename : %r, lineno : %s, '
                'line : %r}' % (self.message, self._category_name,
                                self.filename, self.lineno, self.line))


class catch_warnings:
    """Context manager saving and restoring the warnings filters and
    showwarning(); with record=True, warnings are appended to the list
    returned by __enter__ instead of being shown."""

    def __init__(self, *, record=False, module=None, action=None,
                 category=Warning, lineno=0, append=False):
        self._record = record
        self._module = sys.modules['warnings'] if module is None else module
        self._entered = False
        if action is None:
            self._filter = None
        else:
            self._filter = (action, category, lineno, append)

    def __repr__(self):
        args = []
        if self._record:
            args.append('record=True')
        if self._module is not sys.modules['warnings']:
            args.append('module=%r' % (self._module,))
        return '%s(%s)' % (type(self).__name__, ', '.join(args))

    def __enter__(self):
        if self._entered:
            raise RuntimeError('Cannot enter %r twice' % self)
        self._entered = True
        self._filters = self._module.filters
        self._module.filters = self._filters[:]
        self._module._filters_mutated()
        self._showwarning = self._module.showwarning
        self._showwarnmsg_impl = self._module._showwarnmsg_impl
        if self._filter is not None:
            simplefilter(*self._filter)
        if self._record:
            log = []
            self._module._showwarnmsg_impl = log.append
            self._module.showwarning = self._module._showwarning_orig
            return log
        return None

    def __exit__(self, *exc_info):
        if not self._entered:
            raise RuntimeError('Cannot exit %r without entering first' % self)
        self._module.filters = self._filters
        self._module._filters_mutated()
        self._module.showwarning = self._showwarning
        self._module._showwarnmsg_impl = self._showwarnmsg_impl


# -- initial state -----------------------------------------------------------

defaultaction = 'default'
onceregistry = {}

filters = [
    ('default', None, DeprecationWarning, '__main__', 0),
    ('ignore', None, DeprecationWarning, None, 0),
    ('ignore', None, PendingDeprecationWarning, None, 0),
    ('ignore', None, ImportWarning, None, 0),
    ('ignore', None, ResourceWarning, None, 0),
]
