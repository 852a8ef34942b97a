import keyword

print(keyword.kwlist)
print(keyword.softkwlist, len(keyword.kwlist))
for w in ['if', 'If', 'None', 'match', 'case', '_', 'print', 'async', 'await', 'nonlocal', '']:
    print(repr(w), keyword.iskeyword(w), keyword.issoftkeyword(w))
print(sorted(keyword.__all__))
print([w for w in keyword.kwlist if not w.islower()])
