import textwrap

text = ("The well-known quick brown fox -- a rather agile creature -- jumps over the "
        "lazy dog. Mr. Smith's e-mail is smith@example.com! Supercalifragilisticexpialidocious "
        "words get broken; co-operative hyphenated-words too.")
for width in (10, 20, 35, 60):
    print(width, textwrap.wrap(text, width))
print(textwrap.fill(text, 30, initial_indent='- ', subsequent_indent='  '))
print(textwrap.fill(text, 25, break_long_words=False, break_on_hyphens=False))
print(textwrap.fill('Sentence one. Sentence two! Three?', 40, fix_sentence_endings=True))
print(textwrap.wrap('tabs\there\tand  spaces', 12), textwrap.wrap('tabs\there', 12, tabsize=4, expand_tabs=True))
print(textwrap.wrap('  leading and trailing  ', 10), textwrap.wrap('  keep   ws  ', 6, drop_whitespace=False))
print(textwrap.wrap('', 10), textwrap.wrap('   ', 10), textwrap.fill('short', 80))
print(textwrap.shorten('Hello  world!  This is a long sentence.', 20))
print(textwrap.shorten('Hello world', 11), textwrap.shorten('Hello   world', 10, placeholder='...'))
print(textwrap.wrap(text, 30, max_lines=3), textwrap.wrap(text, 30, max_lines=2, placeholder=' (more)'))
try:
    textwrap.wrap('x', 0)
except ValueError as e:
    print('ValueError', e)
try:
    textwrap.shorten('some text here', 3)
except ValueError as e:
    print('ValueError', e)

block = '''
    def f():
        return 1
      # comment
    \t
    end
'''
print(repr(textwrap.dedent(block)))
print(repr(textwrap.dedent('  a\n    b\n\n  c')), repr(textwrap.dedent('\ta\n\tb')), repr(textwrap.dedent(' x\n\ty')))
print(repr(textwrap.indent('one\n\ntwo\n  \nthree', '> ')))
print(repr(textwrap.indent('one\ntwo\n', '+', lambda line: True)))
w = textwrap.TextWrapper(width=15, initial_indent='>> ')
print(w.wrap('a b c d e f g h i j k l m n o p'), w.fill('xyz'))
