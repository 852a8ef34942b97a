"""Convert a subset of Markdown to HTML with a line-oriented state machine."""

DOC = """# Strata notes

Strata is a *tiered* VM with a **JIT**.
It runs `python` programs.

## Features

- specializing interpreter
- uops and an *optimizer*
- a [Cranelift](https://cranelift.dev) backend

1. parse
2. compile
3. execute

> Quoted text with **bold** inside
> that spans two lines.

```
def f(x):
    return x < 1 and x > -1
```

Final paragraph with an & ampersand and <angle> brackets.
---
"""

def escape(s):
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")

def inline(text):
    out = []
    i = 0
    text = escape(text)
    while i < len(text):
        if text.startswith("**", i):
            j = text.find("**", i + 2)
            if j != -1:
                out.append("<strong>" + inline_plain(text[i + 2:j]) + "</strong>")
                i = j + 2
                continue
        if text[i] == "*":
            j = text.find("*", i + 1)
            if j != -1:
                out.append("<em>" + text[i + 1:j] + "</em>")
                i = j + 1
                continue
        if text[i] == "`":
            j = text.find("`", i + 1)
            if j != -1:
                out.append("<code>" + text[i + 1:j] + "</code>")
                i = j + 1
                continue
        if text[i] == "[":
            close = text.find("](", i)
            end = text.find(")", close + 2) if close != -1 else -1
            if close != -1 and end != -1:
                out.append('<a href="%s">%s</a>' % (text[close + 2:end], text[i + 1:close]))
                i = end + 1
                continue
        out.append(text[i])
        i += 1
    return "".join(out)

def inline_plain(text):
    return text

def convert(md):
    html = []
    state = None
    para = []
    def flush_para():
        if para:
            html.append("<p>" + inline(" ".join(para)) + "</p>")
            para.clear()
    def close_list():
        nonlocal state
        if state in ("ul", "ol", "blockquote"):
            html.append("</%s>" % state)
            state = None
    lines = md.splitlines()
    i = 0
    while i < len(lines):
        line = lines[i]
        stripped = line.strip()
        if stripped.startswith("```"):
            flush_para()
            close_list()
            code = []
            i += 1
            while i < len(lines) and not lines[i].strip().startswith("```"):
                code.append(escape(lines[i]))
                i += 1
            html.append("<pre><code>" + "\n".join(code) + "</code></pre>")
        elif not stripped:
            flush_para()
            close_list()
        elif stripped == "---":
            flush_para()
            close_list()
            html.append("<hr/>")
        elif stripped.startswith("#"):
            flush_para()
            close_list()
            level = len(stripped) - len(stripped.lstrip("#"))
            html.append("<h%d>%s</h%d>" % (level, inline(stripped[level:].strip()), level))
        elif stripped.startswith("- "):
            flush_para()
            if state != "ul":
                close_list()
                html.append("<ul>")
                state = "ul"
            html.append("  <li>" + inline(stripped[2:]) + "</li>")
        elif stripped[:1].isdigit() and ". " in stripped[:4]:
            flush_para()
            if state != "ol":
                close_list()
                html.append("<ol>")
                state = "ol"
            html.append("  <li>" + inline(stripped.split(". ", 1)[1]) + "</li>")
        elif stripped.startswith(">"):
            flush_para()
            if state != "blockquote":
                close_list()
                html.append("<blockquote>")
                state = "blockquote"
            html.append("  " + inline(stripped[1:].strip()))
        else:
            close_list()
            para.append(stripped)
        i += 1
    flush_para()
    close_list()
    return "\n".join(html)

out = convert(DOC)
print(out)
print("tags:", sorted({t.split(">")[0].split()[0] for t in out.split("<")[1:] if not t.startswith("/")}))
print(inline("a **b** *c* `d` [e](f) <g>"))
