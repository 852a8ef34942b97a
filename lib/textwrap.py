"""Text wrapping and filling: TextWrapper, wrap, fill, shorten, dedent and
indent, with CPython's line-breaking rules (including breaks after hyphens
inside words) implemented without regular expressions."""

__all__ = ['TextWrapper', 'wrap', 'fill', 'dedent', 'indent', 'shorten']

_whitespace = '\t\n\x0b\x0c\r '
_WS_SET = frozenset(_whitespace)


def _is_letter(c):
    # [^\d\W]: word characters that are not digits.
    return c.isalpha() or c == '_' or (c.isalnum() and not c.isdigit())


def _is_word(c):
    return c.isalnum() or c == '_'


def _is_word_punct(c):
    return _is_word(c) or c in '!"\'&.,?'


def _split_hyphenated(text):
    """Split text into chunks: runs of whitespace, em-dashes between words,
    and words, themselves split after hyphens between letters (the chunks
    TextWrapper.wordsep_re produces)."""
    chunks = []
    n = len(text)
    i = 0
    while i < n:
        c = text[i]
        if c in _WS_SET:
            j = i + 1
            while j < n and text[j] in _WS_SET:
                j += 1
            chunks.append(text[i:j])
            i = j
            continue
        if c == '-' and i > 0 and _is_word_punct(text[i - 1]):
            j = i
            while j < n and text[j] == '-':
                j += 1
            if j - i >= 2 and j < n and _is_word(text[j]):
                chunks.append(text[i:j])
                i = j
                continue
        # A word: the shortest run of non-whitespace followed by a breakable
        # hyphen, the end of the word, or an em-dash.
        j = i + 1
        end = None
        while True:
            if j >= n or text[j] in _WS_SET:
                end = j
                break
            ch = text[j]
            if ch == '-':
                if ((j >= 2 and _is_letter(text[j - 1])
                     and _is_letter(text[j - 2]))
                        or (j >= 3 and _is_letter(text[j - 1])
                            and text[j - 2] == '-'
                            and _is_letter(text[j - 3]))):
                    if j + 1 < n and _is_letter(text[j + 1]) and (
                            (j + 2 < n and _is_letter(text[j + 2]))
                            or (j + 3 < n and text[j + 2] == '-'
                                and _is_letter(text[j + 3]))):
                        end = j + 1
                        break
                if _is_word_punct(text[j - 1]):
                    k = j
                    while k < n and text[k] == '-':
                        k += 1
                    if k - j >= 2 and k < n and _is_word(text[k]):
                        end = j
                        break
            j += 1
        chunks.append(text[i:end])
        i = end
    return chunks


def _split_simple(text):
    chunks = []
    n = len(text)
    i = 0
    while i < n:
        j = i + 1
        if text[i] in _WS_SET:
            while j < n and text[j] in _WS_SET:
                j += 1
        else:
            while j < n and text[j] not in _WS_SET:
                j += 1
        chunks.append(text[i:j])
        i = j
    return chunks


def _sentence_end(chunk):
    # [a-z][.!?]["']?\Z
    if chunk and chunk[-1] in '"\'':
        chunk = chunk[:-1]
    return (len(chunk) >= 2 and chunk[-1] in '.!?'
            and 'a' <= chunk[-2] <= 'z')


class TextWrapper:
    """Wraps and fills paragraphs of text; the attributes (width,
    initial_indent, subsequent_indent, expand_tabs, replace_whitespace,
    fix_sentence_endings, break_long_words, drop_whitespace,
    break_on_hyphens, tabsize, max_lines, placeholder) control how."""

    unicode_whitespace_trans = dict.fromkeys(map(ord, _whitespace), ord(' '))

    def __init__(self, width=70, initial_indent='', subsequent_indent='',
                 expand_tabs=True, replace_whitespace=True,
                 fix_sentence_endings=False, break_long_words=True,
                 drop_whitespace=True, break_on_hyphens=True, tabsize=8, *,
                 max_lines=None, placeholder=' [...]'):
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
            if chunks[i + 1] == ' ' and _sentence_end(chunks[i]):
                chunks[i + 1] = '  '
                i += 2
            else:
                i += 1

    def _handle_long_word(self, reversed_chunks, cur_line, cur_len, width):
        if width < 1:
            space_left = 1
        else:
            space_left = width - cur_len
        if self.break_long_words:
            end = space_left
            chunk = reversed_chunks[-1]
            if self.break_on_hyphens and len(chunk) > space_left:
                hyphen = chunk.rfind('-', 0, space_left)
                if hyphen > 0 and any(c != '-' for c in chunk[:hyphen]):
                    end = hyphen + 1
            cur_line.append(chunk[:end])
            reversed_chunks[-1] = chunk[end:]
        elif not cur_line:
            cur_line.append(reversed_chunks.pop())

    def _wrap_chunks(self, chunks):
        lines = []
        if self.width <= 0:
            raise ValueError('invalid width %r (must be > 0)' % self.width)
        if self.max_lines is not None:
            if self.max_lines > 1:
                indent = self.subsequent_indent
            else:
                indent = self.initial_indent
            if len(indent) + len(self.placeholder.lstrip()) > self.width:
                raise ValueError('placeholder too large for max width')
        chunks.reverse()
        while chunks:
            cur_line = []
            cur_len = 0
            indent = self.subsequent_indent if lines else self.initial_indent
            width = self.width - len(indent)
            if self.drop_whitespace and chunks[-1].strip() == '' and lines:
                del chunks[-1]
            while chunks:
                length = len(chunks[-1])
                if cur_len + length <= width:
                    cur_line.append(chunks.pop())
                    cur_len += length
                else:
                    break
            if chunks and len(chunks[-1]) > width:
                self._handle_long_word(chunks, cur_line, cur_len, width)
                cur_len = sum(map(len, cur_line))
            if self.drop_whitespace and cur_line and \
                    cur_line[-1].strip() == '':
                cur_len -= len(cur_line[-1])
                del cur_line[-1]
            if cur_line:
                if (self.max_lines is None or
                        len(lines) + 1 < self.max_lines or
                        (not chunks or
                         self.drop_whitespace and len(chunks) == 1 and
                         not chunks[0].strip()) and cur_len <= width):
                    lines.append(indent + ''.join(cur_line))
                else:
                    while cur_line:
                        if (cur_line[-1].strip() and
                                cur_len + len(self.placeholder) <= width):
                            cur_line.append(self.placeholder)
                            lines.append(indent + ''.join(cur_line))
                            break
                        cur_len -= len(cur_line[-1])
                        del cur_line[-1]
                    else:
                        if lines:
                            prev_line = lines[-1].rstrip()
                            if len(prev_line) + len(self.placeholder) <= \
                                    self.width:
                                lines[-1] = prev_line + self.placeholder
                                break
                        lines.append(indent + self.placeholder.lstrip())
                    break
        return lines

    def _split_chunks(self, text):
        return self._split(self._munge_whitespace(text))

    def wrap(self, text):
        """Split text into lines of at most self.width characters."""
        chunks = self._split_chunks(text)
        if self.fix_sentence_endings:
            self._fix_sentence_endings(chunks)
        return self._wrap_chunks(chunks)

    def fill(self, text):
        """Wrap text and join the lines with newlines."""
        return '\n'.join(self.wrap(text))


def wrap(text, width=70, **kwargs):
    """Wrap one paragraph into a list of lines of at most width chars."""
    return TextWrapper(width=width, **kwargs).wrap(text)


def fill(text, width=70, **kwargs):
    """Wrap one paragraph and return it as a single string."""
    return TextWrapper(width=width, **kwargs).fill(text)


def shorten(text, width, **kwargs):
    """Collapse whitespace and truncate text to fit in width, ending with
    the placeholder when something was cut."""
    w = TextWrapper(width=width, max_lines=1, **kwargs)
    return w.fill(' '.join(text.strip().split()))


def dedent(text):
    """Remove the whitespace prefix common to every non-blank line;
    lines holding only spaces and tabs become empty."""
    lines = text.split('\n')
    margin = None
    for idx, line in enumerate(lines):
        stripped = line.lstrip(' \t')
        if not stripped:
            if line:
                lines[idx] = ''
            continue
        indent = line[:len(line) - len(stripped)]
        if margin is None:
            margin = indent
        elif indent.startswith(margin):
            pass
        elif margin.startswith(indent):
            margin = indent
        else:
            for i, (x, y) in enumerate(zip(margin, indent)):
                if x != y:
                    margin = margin[:i]
                    break
    if margin:
        cut = len(margin)
        lines = [line[cut:] if line.startswith(margin) else line
                 for line in lines]
    return '\n'.join(lines)


def indent(text, prefix, predicate=None):
    """Add prefix to the lines of text selected by predicate (by default,
    the lines that are not only whitespace)."""
    if predicate is None:
        def predicate(line):
            return line.strip()
    return ''.join(prefix + line if predicate(line) else line
                   for line in text.splitlines(True))
