import time
s = 'é' + 'a' * 100000 + 'ж' * 1000
t = time.perf_counter()
acc = 0
for i in range(0, 100000, 7):
    acc += ord(s[i]) + len(s[i:i+3]) + s.find('a', i, i + 10) + s.startswith('a', i)
print(acc, s[-1], s[-5:], s[100000:100003], s.find('ж'), s.rfind('a'), s.index('ж', 100001), s[::25000])
print(s.count('ж', 50000), s.rindex('a', 0, 50000), s.endswith('жж', 0, 101001), s.endswith('aa', 0, 100001))
print('x' + s[3:10] + s[100000:100002], len(s[1:]))
u = 'ab€cd€ef' * 3
print([u[i] for i in range(len(u))], [u.find('€', i) for i in range(len(u))], u[2:9], u[-3:], u[::3], u[::-1][:5])

