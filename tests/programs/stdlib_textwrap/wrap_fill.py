import textwrap

text = ("The quick brown fox jumps over the lazy dog. Pack my box with five "
        "dozen liquor jugs!  How vexingly quick daft zebras jump.")
for width in (1, 5, 12, 20, 35, 70, 200):
    print(width, textwrap.wrap(text, width))
print(textwrap.fill(text, 30))
print(textwrap.fill(text, 30, initial_indent='  * ', subsequent_indent='    '))
print(textwrap.wrap('', 10), textwrap.wrap('   ', 10), textwrap.fill('  \n ', 5) == '')

hyphens = "A well-known, state-of-the-art e-mail re-write -- with dashes---and x-1 1-x."
for width in (6, 10, 15, 25):
    print(width, textwrap.wrap(hyphens, width))
    print(width, textwrap.wrap(hyphens, width, break_on_hyphens=False))

long_word = "short supercalifragilisticexpialidocious another-very-long-hyphenated-word end"
for width in (8, 12, 20):
    print(width, textwrap.wrap(long_word, width))
    print(width, textwrap.wrap(long_word, width, break_long_words=False))

ws = "tabs\there\tand\nnewlines\r\nand\x0bvertical  spaces"
print(textwrap.wrap(ws, 12))
print(textwrap.wrap(ws, 12, expand_tabs=False))
print(textwrap.wrap(ws, 12, replace_whitespace=False, expand_tabs=False))
print(textwrap.wrap("a\tb\tc", 40, tabsize=4))
print(textwrap.wrap("  indented start and end  ", 10, drop_whitespace=False))
print(textwrap.wrap("Hello there. How are you? Fine!  ok.", 80, fix_sentence_endings=True))
print(textwrap.wrap('He said "stop." Then left.', 80, fix_sentence_endings=True))

w = textwrap.TextWrapper(width=25, max_lines=2)
print(w.wrap(text))
w.placeholder = ' ~'
print(w.fill(text))
print(textwrap.wrap(text, 20, max_lines=3, placeholder='...'))
print(textwrap.wrap("one two", 10, max_lines=1))
print(textwrap.wrap("aaaaaaaaaaaaaaaaaaaaa bbbbbb", 10, max_lines=1))
w2 = textwrap.TextWrapper(width=10)
print(w2.width, w2.initial_indent == '', w2.break_long_words, w2.tabsize, w2.placeholder)
for bad in [dict(width=0), dict(width=-3), dict(width=5, max_lines=1, placeholder=' [......]')]:
    try:
        textwrap.wrap('some words here', **bad)
    except ValueError as e:
        print('ValueError:', e)

for width in (5, 10, 11, 12, 20, 100):
    try:
        print(width, repr(textwrap.shorten("Hello  world!  This is   collapsed.", width)))
    except ValueError as e:
        print(width, 'ValueError:', e)
print(repr(textwrap.shorten("Hello world", 8, placeholder='..')))
print(repr(textwrap.shorten("Supercalifragilistic", 10)))
