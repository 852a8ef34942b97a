import warnings


def show(log):
    for w in log:
        print('  ', w.category.__name__, str(w.message), type(w.message).__name__)
    log.clear()


with warnings.catch_warnings(record=True) as log:
    warnings.simplefilter('always')
    warnings.warn('plain')
    warnings.warn('dep', DeprecationWarning)
    warnings.warn(RuntimeWarning('instance'))
    warnings.warn('custom', category=FutureWarning, stacklevel=1)
    print(len(log), log[0].category is UserWarning, isinstance(log[2].message, RuntimeWarning))
    show(log)

with warnings.catch_warnings(record=True) as log:
    warnings.simplefilter('ignore')
    warnings.warn('hidden')
    print('ignored:', len(log))
    warnings.simplefilter('always', UserWarning)
    warnings.warn('shown')
    warnings.warn('still hidden', RuntimeWarning)
    show(log)

with warnings.catch_warnings():
    warnings.simplefilter('error')
    try:
        warnings.warn('boom')
    except UserWarning as e:
        print('raised', type(e).__name__, e)
    try:
        warnings.warn('dep boom', DeprecationWarning)
    except DeprecationWarning as e:
        print('raised', type(e).__name__, e)

with warnings.catch_warnings(record=True) as log:
    warnings.simplefilter('once')
    for i in range(3):
        warnings.warn('repeated')
    warnings.warn('other')
    warnings.warn('repeated')
    print('once:', [str(w.message) for w in log])

with warnings.catch_warnings(record=True) as log:
    warnings.resetwarnings()
    warnings.simplefilter('default')
    for i in range(3):
        warnings.warn('same line')
    print('default:', [str(w.message) for w in log])

with warnings.catch_warnings(record=True) as log:
    warnings.simplefilter('always')
    warnings.filterwarnings('ignore', message='skip')
    warnings.filterwarnings('error', message='.*fatal', category=RuntimeWarning)
    warnings.warn('skip me')
    warnings.warn('SKIP too (case-insensitive)')
    warnings.warn('do not skip me')
    try:
        warnings.warn('very fatal', RuntimeWarning)
    except RuntimeWarning as e:
        print('error filter:', e)
    warnings.warn('fatal but user', UserWarning)
    print([str(w.message) for w in log])

with warnings.catch_warnings(record=True) as log:
    warnings.simplefilter('always')
    warnings.filterwarnings('ignore', module='__main__')
    warnings.warn('from main')
    print('module filter:', len(log))

before = list(warnings.filters)
with warnings.catch_warnings():
    warnings.simplefilter('ignore')
    print('inside differs:', warnings.filters != before)
print('restored:', warnings.filters == before)
print(warnings.filters[:2])

with warnings.catch_warnings(record=True) as log:
    warnings.simplefilter('always')
    warnings.warn_explicit('explicit', UserWarning, 'fake.py', 42)
    w = log[0]
    print(w.filename, w.lineno, w.category.__name__, w.message, w.line)
    print(str(w))

print(repr(warnings.formatwarning('msg', UserWarning, 'file.py', 10, 'x = 1  ')))
print(repr(warnings.formatwarning('msg', DeprecationWarning, 'file.py', 3, '')))

captured = []
old = warnings.showwarning
warnings.showwarning = lambda message, category, filename, lineno, file=None, line=None: captured.append((str(message), category.__name__))
with warnings.catch_warnings():
    warnings.simplefilter('always')
    warnings.warn('to hook', SyntaxWarning)
warnings.showwarning = old
print(captured)

for bad in (lambda: warnings.warn('x', 5), lambda: warnings.warn('x', int),
            lambda: warnings.simplefilter('bogus'), lambda: warnings.filterwarnings('ignore', category=5),
            lambda: warnings.filterwarnings('ignore', message=5)):
    try:
        bad()
    except (TypeError, AssertionError) as e:
        print(type(e).__name__ + ':', e)
print(repr(warnings.catch_warnings(record=True)), repr(warnings.catch_warnings()))
