s = "the cat sat on the mat with the hat"
print(s.find("the"), s.find("the", 1), s.find("dog"), s.rfind("the"), s.rfind("the", 0, 10))
print(s.index("cat"), s.rindex("at"), s.count("the"), s.count("at"), s.count(""), "aaaa".count("aa"))
try:
    s.index("dog")
except ValueError as e:
    print("ValueError:", e)
try:
    s.rindex("dog")
except ValueError as e:
    print("ValueError:", e)
print(s.replace("the", "a"), "|", s.replace("the", "a", 2), "|", "aaa".replace("a", "bb"), "|", "abc".replace("", "-"))
print("x".replace("x", ""), "mississippi".replace("ss", "SS"), "abc".replace("z", "y"))
print("hello"[1:4], "hello".find("l", 3), "hello".find("", 10), "hello".find("", 5))
print("ab" in "cabd", "ba" not in "cabd")
tbl = str.maketrans("abc", "xyz", "d")
print("aabbccdd".translate(tbl))
print("hello world".translate({ord("o"): "0", ord("l"): None}))
