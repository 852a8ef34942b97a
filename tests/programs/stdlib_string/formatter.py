import string
F = string.Formatter()
cases = ['{}', '{0}{1}', '{a.real}', '{0[1]}', '{0!r:>5}', '{0:{1}}', '{:{}}', '{{}}', '{', '}', '{0', '{0:{}', 'a{0!x}', '{0!}', '{0!rr}', '{}{1}', '{1}{}', '{0.}', '{0[}', '{x[a]}', '{0[1]x}', 'x{0:{1}{2}}y', '{0:<{1}.{2}f}', '{!r}', '{[0]}', '{0:{{}}}', '{{{0}}}', '}}x{{', 'no fields']
for c in cases:
    for impl in ('F',):
        try:
            if impl == 'F':
                r = F.format(c, 'ab', 7, 3, a=1.5, x={'a': 'A'})
            else:
                r = c.format('ab', 7, 3, a=1.5, x={'a': 'A'})
            print(impl, repr(c), repr(r))
        except Exception as e:
            print(impl, repr(c), type(e).__name__, e)
print(list(F.parse('a{0!r:>{1}}b{{c}}{x.y[2]}')))
print(list(F.parse('')), list(F.parse('plain')))
print(F.vformat('{0}-{k}', ('p',), {'k': 'K'}))
class Strict(string.Formatter):
    def check_unused_args(self, used, args, kwargs):
        print('used', sorted(map(str, used)))
    def get_value(self, key, args, kwargs):
        if isinstance(key, str) and key not in kwargs:
            return '<%s>' % key
        return super().get_value(key, args, kwargs)
print(Strict().format('{0} {missing} {k}', 1, k=2))
