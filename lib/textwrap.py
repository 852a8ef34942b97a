"""Wrapping and filling of plain text paragraphs.

Provides TextWrapper (width, initial/subsequent indents, tab expansion,
whitespace replacement, sentence-ending fixing, long-word breaking,
hyphen breaking, whitespace dropping, max_lines with a placeholder) and
the helpers wrap, fill, shorten, dedent and indent, behaving like
CPython 3.11's textwrap. The word splitter is hand-written (there is no
regular-expression engine here) and reproduces the chunking rules of
CPython's splitter: whitespace runs, em-dashes between words, words
ending at whitespace, and breaks after hyphens inside compound words.
"""

__all__ = ['TextWrapper', 'wrap', 'fill', 'dedent', 'indent', 'shorten']

_whitespace = '\t\n\x0b\x0c\r '
_WS = frozenset(_whitespace)
_PUNCT = frozenset('!"\'&.,?')


def _is_word(c):
    return c == '_' or c.isalnum()


def _is_letter(c):
    return (c == '_' or c.isalnum()) and not c.isdecimal()


def _is_word_punct(c):
    return c in _PUNCT or c == '_' or c.isalnum()


def _char(text, i):
    """text[i] when 0 <= i < len(text), else '' (so tests simply fail)."""
    if 0 <= i < len(text):
        return text[i]
    return ''


def _dash_run_then_word(text, i):
    """True when text[i:] is two or more '-' followed by a word char."""
    n = len(text)
    j = i
    while j < n and text[j] == '-':
        j += 1
    return j - i >= 2 and j < n and _is_word(text[j])


def _letter_at(text, i):
    c = _char(text, i)
    return c != '' and _is_letter(c)


def _split_hyphenated(text):
    """Splits text into whitespace runs, em-dashes and words, where a word
    may end right after a hyphen joining two letter sequences."""
    chunks = []
    n = len(text)
    i = 0
    while i < n:
        c = text[i]
        if c in _WS:
            j = i + 1
            while j < n and text[j] in _WS:
                j += 1
            chunks.append(text[i:j])
            i = j
            continue
        if (c == '-' and i > 0 and _is_word_punct(text[i - 1])
                and _dash_run_then_word(text, i)):
            j = i
            while text[j] == '-':
                j += 1
            chunks.append(text[i:j])
            i = j
            continue
        # a word: extend one character at a time until a break is allowed
        j = i + 1
        while True:
            if j >= n or text[j] in _WS:
                break
            if text[j] == '-':
                # allowed after 'xy-' or 'x-y-', before 'xy' or 'x-y'
                behind_ok = _letter_at(text, j - 1) and (
                    _letter_at(text, j - 2)
                    or (_char(text, j - 2) == '-' and _letter_at(text, j - 3)))
                ahead_ok = _letter_at(text, j + 1) and (
                    _letter_at(text, j + 2)
                    or (_char(text, j + 2) == '-' and _letter_at(text, j + 3)))
                if behind_ok and ahead_ok:
                    j += 1
                    break
            if _is_word_punct(text[j - 1]) and _dash_run_then_word(text, j):
                break
            j += 1
        chunks.append(text[i:j])
        i = j
    return chunks


def _split_simple(text):
    """Splits text into alternating runs of whitespace and non-whitespace."""
    chunks = []
    n = len(text)
    i = 0
    while i < n:
        ws = text[i] in _WS
        j = i + 1
        while j < n and (text[j] in _WS) == ws:
            j += 1
        chunks.append(text[i:j])
        i = j
    return chunks


def _ends_sentence(chunk):
    """A lowercase ASCII letter, then . ! or ?, then an optional quote, at
    the end of chunk."""
    if chunk and chunk[-1] in '"\'':
        chunk = chunk[:-1]
    return (len(chunk) >= 2 and chunk[-1] in '.!?'
            and 'a' <= chunk[-2] <= 'z')


class TextWrapper:
    """Wraps and fills paragraphs; the attributes set by the constructor
    control the result and may be changed between calls."""

    unicode_whitespace_trans = dict.fromkeys(map(ord, _whitespace), ord(' '))

    def __init__(self, width=70, initial_indent="", subsequent_indent="",
                 expand_tabs=True, replace_whitespace=True,
                 fix_sentence_endings=False, break_long_words=True,
                 drop_whitespace=True, break_on_hyphens=True, tabsize=8,
                 *, max_lines=None, placeholder=' [...]'):
        self.width = width
        self.initial_indent = initial_indent
        self.subsequent_indent = subsequent_indent
        self.expand_tabs = expand_tabs
        self.replace_whitespace = replace_whitespace
        self.fix_sentence_endings = fix_sentence_endings
        self.break_long_words = break_long_words
        self.drop_whitespace = drop_whitespace
        self.break_on_hyphens = break_on_hyphens
        self.tabsize = tabsize
        self.max_lines = max_lines
        self.placeholder = placeholder

    def _munge_whitespace(self, text):
        if self.expand_tabs:
            text = text.expandtabs(self.tabsize)
        if self.replace_whitespace:
            text = text.translate(self.unicode_whitespace_trans)
        return text

    def _split(self, text):
        if self.break_on_hyphens is True:
            chunks = _split_hyphenated(text)
        else:
            chunks = _split_simple(text)
        return [c for c in chunks if c]

    def _fix_sentence_endings(self, chunks):
        i = 0
        while i < len(chunks) - 1:
            if chunks[i + 1] == " " and _ends_sentence(chunks[i]):
                chunks[i + 1] = "  "
                i += 2
            else:
                i += 1

    def _handle_long_word(self, reversed_chunks, cur_line, cur_len, width):
        space_left = 1 if width < 1 else width - cur_len
        if self.break_long_words:
            word = reversed_chunks[-1]
            cut = space_left
            if self.break_on_hyphens and len(word) > space_left:
                hyphen = word.rfind('-', 0, space_left)
                if hyphen > 0 and word[:hyphen].strip('-'):
                    cut = hyphen + 1
            cur_line.append(word[:cut])
            reversed_chunks[-1] = word[cut:]
        elif not cur_line:
            cur_line.append(reversed_chunks.pop())

    def _wrap_chunks(self, chunks):
        if self.width <= 0:
            raise ValueError("invalid width %r (must be > 0)" % self.width)
        if self.max_lines is not None:
            if self.max_lines > 1:
                first = self.subsequent_indent
            else:
                first = self.initial_indent
            if len(first) + len(self.placeholder.lstrip()) > self.width:
                raise ValueError("placeholder too large for max width")
        lines = []
        chunks.reverse()
        pending = chunks
        while pending:
            indent = self.subsequent_indent if lines else self.initial_indent
            width = self.width - len(indent)
            if self.drop_whitespace and lines and pending[-1].strip() == '':
                pending.pop()
            line = []
            used = 0
            while pending and used + len(pending[-1]) <= width:
                used += len(pending[-1])
                line.append(pending.pop())
            if pending and len(pending[-1]) > width:
                self._handle_long_word(pending, line, used, width)
                used = sum(len(part) for part in line)
            if self.drop_whitespace and line and line[-1].strip() == '':
                used -= len(line[-1])
                line.pop()
            if not line:
                continue
            fits = (self.max_lines is None
                    or len(lines) + 1 < self.max_lines
                    or ((not pending
                         or (self.drop_whitespace and len(pending) == 1
                             and not pending[0].strip()))
                        and used <= width))
            if fits:
                lines.append(indent + ''.join(line))
                continue
            self._truncate(lines, line, used, width, indent)
            break
        return lines

    def _truncate(self, lines, line, used, width, indent):
        """Ends the output at `line`, adding the placeholder where it fits."""
        while line:
            if line[-1].strip() and used + len(self.placeholder) <= width:
                line.append(self.placeholder)
                lines.append(indent + ''.join(line))
                return
            used -= len(line[-1])
            line.pop()
        if lines:
            previous = lines[-1].rstrip()
            if len(previous) + len(self.placeholder) <= self.width:
                lines[-1] = previous + self.placeholder
                return
        lines.append(indent + self.placeholder.lstrip())

    def _split_chunks(self, text):
        return self._split(self._munge_whitespace(text))

    def wrap(self, text):
        """The lines (without newlines) of the wrapped paragraph `text`."""
        chunks = self._split_chunks(text)
        if self.fix_sentence_endings:
            self._fix_sentence_endings(chunks)
        return self._wrap_chunks(chunks)

    def fill(self, text):
        """The wrapped paragraph `text` as one string of joined lines."""
        return "\n".join(self.wrap(text))


def wrap(text, width=70, **kwargs):
    """Wraps the paragraph `text` into lines of at most `width` columns."""
    return TextWrapper(width=width, **kwargs).wrap(text)


def fill(text, width=70, **kwargs):
    """Like wrap(), but returns the lines joined by newlines."""
    return TextWrapper(width=width, **kwargs).fill(text)


def shorten(text, width, **kwargs):
    """Collapses whitespace in `text` and truncates it to `width` columns,
    ending with the placeholder when words had to be dropped."""
    wrapper = TextWrapper(width=width, max_lines=1, **kwargs)
    return wrapper.fill(' '.join(text.strip().split()))


def _leading_blanks(line):
    n = 0
    while n < len(line) and line[n] in ' \t':
        n += 1
    return line[:n]


def dedent(text):
    """Removes the leading whitespace common to all non-blank lines of
    `text`; lines made only of spaces and tabs become empty."""
    lines = text.split('\n')
    for k, line in enumerate(lines):
        if line and not line.strip(' \t'):
            lines[k] = ''
    margin = None
    for line in lines:
        if not line:
            continue
        lead = _leading_blanks(line)
        if lead == line:
            continue
        if margin is None or lead.startswith(margin):
            if margin is None:
                margin = lead
        elif margin.startswith(lead):
            margin = lead
        else:
            common = 0
            while margin[common] == lead[common]:
                common += 1
            margin = margin[:common]
    if margin:
        size = len(margin)
        lines = [line[size:] if line.startswith(margin) else line
                 for line in lines]
    return '\n'.join(lines)


def indent(text, prefix, predicate=None):
    """Adds `prefix` to the lines of `text` for which `predicate` is true
    (by default: the lines that are not blank)."""
    out = []
    for line in text.splitlines(True):
        keep = predicate(line) if predicate is not None else line.strip()
        out.append(prefix + line if keep else line)
    return ''.join(out)
