# Iteration order of sets of strings (their hash is CPython's SipHash
# under PYTHONHASHSEED=0) and of frozenset constants.

print({'apple', 'banana', 'cherry', 'date'})
print({'red', 'green', 'blue'})
print({'x', 'y', 'z', 'a', 'b', 'c'})
fruits = ['kiwi', 'fig', 'lemon', 'mango', 'grape', 'apple']
print(set(fruits), frozenset(fruits))
print({'é', 'ü', 'ß', 'ñ'}, {'Ā', 'ē', 'ī'}, {'中', '文', '字'}, {'😀', '🐍', 'a'})
print(set('hello world'), set('abracadabra'))
print(set(['', 'a', 'aa', 'aaa']))

# Words that are also names in this program, or builtin names.
name = 'value'
value = 'name'
print({'name', 'value', 'key', 'items', 'self', 'print'})
print({'name', 'extra', 'other', 'apple', 'pear'})
for w in {'alpha', 'beta', 'gamma', 'delta', 'epsilon', 'name'}:
    print(w, end=" ")
print()
print(['k' in {'a', 'k'}, 'q' in {'a', 'b', 'c', 'k'}])

s = set()
for w in 'the quick brown fox jumps over the lazy dog'.split():
    s.add(w)
print(s)
s.discard('the')
s.add('cat')
print(s, sorted(s) == sorted(set(s)))
print({w.upper() for w in s})
print({w[:2]: len(w) for w in sorted(s)})
print(frozenset({'one', 'two', 'three'}) | {'four'})
print({b'ab', b'cd', b'', b'\xff'})
