# format() / str.format with the full format-spec mini-language: grouping, 'n', '%',
# alternate forms, '=' alignment, zero padding, nan/inf, z, and the errors.
def T(*exprs):
    for s in exprs:
        try:
            r = eval(s)
            print(s, '->', repr(r))
        except Exception as e:
            print(s, '!!', type(e).__name__, e)
T("format(1234567, ',')", "format(1234567, '_')", "format(1234567, '_x')", "format(0xabcdef12, '_X')","format(1234567, '_b')", "format(1234567, ',x')",
  "format(-1234567, '015,')", "format(1234567, '015_')","format(12, '#x')","format(12, '#o')","format(12, '#b')","format(-12, '#x')","format(12, '#010x')",
  "format(12, '=+10')","format(12, '^+10')","format(-12, '<10')","format(12, 'x<10')","format(12, '*^11,')","format(12, 'c')","format(65, '10c')",
  "format(12, '+c')","format(12, ',c')","format(12, '#c')","format(3, 'n')","format(1234567, 'n')","format(1.5, 'n')","format(1234567.0, 'n')",
  "format(12, '%')","format(0.125, '%')","format(0.125, '.1%')","format(12, 'e')","format(12, '.2E')","format(12, 'g')","format(1e20, 'g')","format(123456789, 'g')",
  "format(1.5, 'd')","format(1.5, 'x')","format(12, 's')","format('ab', 'd')","format('ab', '=10')","format('ab', '+')","format('ab', ',')", "format('ab', '#')",
  "format('abc', '.2')","format('abc', '^9.2')","format('abc', '0^9')","format('abc', '010')","format(12, '010')","format(-12, '010')","format(12.5, '010')",
  "format(float('nan'), '010')","format(float('inf'), '+010')","format(float('-inf'), 'e')","format(float('nan'), 'F')","format(float('inf'), '%')","format(-0.0, '')","format(-0.0, '.1f')","format(-0.0, 'z.1f')","format(-0.0001, 'z.1f')",
  "format(1e16, '')","format(1e16, '.3')","format(1.0, '')","format(1.0, 'g')","format(1.0, '#g')","format(1.0, '#.0f')","format(1.0, '#.0e')","format(100.0, '.0e')","format(1.0, '.0%')",
  "format(0.0001, 'g')","format(0.00001, 'g')","format(1e-5, '')","format(123.456, '.2')","format(123.456, '.2g')","format(123.456, '#.2g')","format(1234.5, ',.2f')","format(1234.5, '_.2f')","format(1234.5, '_g')","format(12345678.9, ',')",
  "format(12345678.9, ',e')","format(1e100, ',')","format(2**100, ',')","format(2**100, 'e')","format(2**100, '.3g')","format(2**64, 'x')","format(-2**64, '#b')",
  "format(3+4j, '')","format(3+4j, '.2f')","format(3+4j, '10')","format(3+4j, '>20.1f')","format(-0j, '')","format(1j, 'g')","format(3+4j, '%')","format(3+4j, '010')","format(3+4j, '=')",
  "format(True, '')","format(True, 'd')","format(True, '>5')","format(None, '')","format(None, 'x')","format(12, '.2')","format(12, '.2f')","format(12, '.2d')",
  "format(12, ',_')","format(12, '_,')","format(12, ',,')","format(12, '<<<')","format(12, 'zd')","format(12, '1000000000000000000000')","format(1.5, '.1000000000000000000000f')",
  "format(12, 'q')","format(1.5, 'q')","format('s', 'q')","format(1+1j, 'q')","format(12, '-')","format(12, ' ')","format(-12, ' ')","format(1.5, ' ')","format(12.0, '_n')",
  "'{:,}'.format(10**20)","'{:_d}'.format(-10**7)","'{:#_x}'.format(10**7)","'{:08.3f}'.format(-3.14159)","'{:+08.3f}'.format(3.14159)","'{:^+8}'.format(3)","'{0:{1}}'.format(3, '>5')",
  "'{:.3s}'.format('abcdef')", "'{!r:>10}'.format('ab')", "'{!a}'.format('é')", "'{!s:^7}'.format(3)", "'{:%Y}'.format(3)",
  "format(1.234e-7, '')","format(123456789012345678.0, '')","format(0.1, '.17g')","format(0.1, '.30f')","format(5e-324, '')","format(5e-324, '.3e')","format(1.7976931348623157e308, 'f')[:20]",
  "format(2.5, '.0f')","format(3.5, '.0f')","format(0.125, '.2f')","format(0.375, '.2f')","format(1.0, 'G')","format(1e-10, 'G')","format(float('nan'), 'G')","format(1e50, 'F')[:10]",
)
