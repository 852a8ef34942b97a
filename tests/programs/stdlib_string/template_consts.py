import string
from string import Template

print(repr(string.whitespace), string.ascii_lowercase, string.ascii_uppercase)
print(string.ascii_letters, string.digits, string.hexdigits, string.octdigits)
print(string.punctuation, len(string.printable), string.printable[-6:] == string.whitespace)
print(string.capwords(' hello   wORLD  again '), string.capwords('a-b-c', '-'), repr(string.capwords('')))

t = Template('$who likes $what; ${who}s pay $$5')
print(t.substitute(who='tim', what='kung pao'))
print(t.substitute({'who': 'ann', 'what': 'tea'}, what='coffee'))
print(t.safe_substitute(who='bob'))
print(t.template, t.get_identifiers(), t.is_valid())
try:
    t.substitute(who='x')
except KeyError as e:
    print('KeyError', e)
for bad in ['cost: $', 'bad $1 here', 'line1\nline2 ${ oops}', '$$$', '${unclosed', 'a\nb\nc $!']:
    tb = Template(bad)
    try:
        print(repr(tb.substitute(x=1)))
    except ValueError as e:
        print('ValueError:', e)
    print(repr(tb.safe_substitute()), tb.is_valid(), tb.get_identifiers())
print(Template('$a$b${c}d $_x9 $x-y').substitute(a=1, b=2, c=3, _x9='u', x='X'))
print(Template('${a}${a}$a').get_identifiers(), Template('').substitute())


class Percent(Template):
    delimiter = '%'


print(Percent('%name is %% %{n}!').substitute(name='P', n=1))


class Multi(Template):
    delimiter = '<<'


print(Multi('x <<a y <<<<').substitute(a='A'))
print(Template('$obj').substitute(obj=[1, 2]), Template('$n').substitute(n=3.5))
