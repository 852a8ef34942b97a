"""A tiny backtracking regex engine: literals, ., *, +, ?, ^, $, character classes, groups via recursion."""

class Pattern:
    def __init__(self, pattern):
        self.pattern = pattern
        self.items = self.compile(pattern)
    @staticmethod
    def compile(p):
        items = []
        i = 0
        while i < len(p):
            c = p[i]
            if c == "[":
                j = p.index("]", i)
                body = p[i + 1:j]
                negate = body.startswith("^")
                if negate:
                    body = body[1:]
                chars = []
                k = 0
                while k < len(body):
                    if k + 2 < len(body) and body[k + 1] == "-":
                        chars.extend(chr(x) for x in range(ord(body[k]), ord(body[k + 2]) + 1))
                        k += 3
                    else:
                        chars.append(body[k])
                        k += 1
                atom = ("class", frozenset(chars), negate)
                i = j + 1
            elif c == "\\":
                nxt = p[i + 1]
                if nxt == "d":
                    atom = ("class", frozenset("0123456789"), False)
                elif nxt == "w":
                    atom = ("class", frozenset("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789_"), False)
                elif nxt == "s":
                    atom = ("class", frozenset(" \t\n"), False)
                else:
                    atom = ("lit", nxt)
                i += 2
            elif c == ".":
                atom = ("any",)
                i += 1
            elif c == "^" and i == 0:
                items.append(("bol",))
                i += 1
                continue
            elif c == "$" and i == len(p) - 1:
                items.append(("eol",))
                i += 1
                continue
            else:
                atom = ("lit", c)
                i += 1
            if i < len(p) and p[i] in "*+?":
                items.append((p[i], atom))
                i += 1
            else:
                items.append(("one", atom))
        return items
    @staticmethod
    def atom_matches(atom, ch):
        kind = atom[0]
        if kind == "any":
            return ch != "\n"
        if kind == "lit":
            return ch == atom[1]
        return (ch in atom[1]) != atom[2]
    def match_here(self, idx, text, pos):
        if idx == len(self.items):
            return pos
        item = self.items[idx]
        op = item[0]
        if op == "bol":
            return self.match_here(idx + 1, text, pos) if pos == 0 else None
        if op == "eol":
            return pos if pos == len(text) else None
        atom = item[1] if len(item) > 1 else None
        if op == "one":
            if pos < len(text) and self.atom_matches(atom, text[pos]):
                return self.match_here(idx + 1, text, pos + 1)
            return None
        lo = 1 if op == "+" else 0
        hi = 1 if op == "?" else len(text) - pos
        count = 0
        while count < hi and pos + count < len(text) and self.atom_matches(atom, text[pos + count]):
            count += 1
        while count >= lo:
            end = self.match_here(idx + 1, text, pos + count)
            if end is not None:
                return end
            count -= 1
        return None
    def search(self, text):
        starts = [0] if self.items and self.items[0][0] == "bol" else range(len(text) + 1)
        for start in starts:
            end = self.match_here(0, text, start)
            if end is not None:
                return (start, end, text[start:end])
        return None
    def findall(self, text):
        out = []
        pos = 0
        while pos <= len(text):
            found = None
            for start in range(pos, len(text) + 1):
                end = self.match_here(0, text, start)
                if end is not None:
                    found = (start, end)
                    break
            if found is None:
                break
            out.append(text[found[0]:found[1]])
            pos = found[1] if found[1] > found[0] else found[1] + 1
        return out

tests = [
    ("abc", "xxabcxx"), ("^abc", "abcdef"), ("^abc", "xabc"), ("abc$", "xxabc"), ("a.c", "a-c abc"),
    ("ab*c", "ac abc abbbc"), ("ab+c", "ac"), ("ab+c", "xabbc"), ("colou?r", "my color"), ("colou?r", "colour!"),
    ("[0-9]+", "order 66 now"), ("[^a-z ]+", "abc DEF ghi"), ("\\d\\d:\\d\\d", "at 12:45 pm"),
    ("^\\w+@\\w+\\.com$", "user@example.com"), ("^\\w+@\\w+\\.com$", "user@example.org"), ("a.*b", "a123b456b"),
    ("x*", "yyy"), ("\\.", "end."), ("^$", ""), ("h.llo", "hallo hello hullo"),
]
for pat, text in tests:
    print("%-20s %-20r %r" % (pat, text, Pattern(pat).search(text)))
print(Pattern("[0-9]+").findall("a1b22c333d"))
print(Pattern("\\w+").findall("The quick, brown fox."))
print(Pattern("[aeiou]").findall("regular expressions"))
print(Pattern("a*").findall("baaac"))
