"""ASCII Mandelbrot and Julia sets with float arithmetic (small resolution)."""

def mandel(c_re, c_im, max_iter):
    z_re = z_im = 0.0
    for i in range(max_iter):
        z_re2, z_im2 = z_re * z_re, z_im * z_im
        if z_re2 + z_im2 > 4.0:
            return i
        z_im = 2.0 * z_re * z_im + c_im
        z_re = z_re2 - z_im2 + c_re
    return max_iter

def julia(z_re, z_im, c_re, c_im, max_iter):
    for i in range(max_iter):
        if z_re * z_re + z_im * z_im > 4.0:
            return i
        z_re, z_im = z_re * z_re - z_im * z_im + c_re, 2 * z_re * z_im + c_im
    return max_iter

CHARS = " .:-=+*#%@"
def render(fn, width, height, x0, x1, y0, y1, max_iter):
    rows = []
    total = 0
    for row in range(height):
        y = y0 + (y1 - y0) * row / (height - 1)
        line = []
        for col in range(width):
            x = x0 + (x1 - x0) * col / (width - 1)
            n = fn(x, y, max_iter)
            total += n
            line.append(CHARS[min(n * len(CHARS) // max_iter, len(CHARS) - 1)])
        rows.append("".join(line).rstrip())
    return rows, total

rows, total = render(mandel, 60, 21, -2.0, 0.6, -1.2, 1.2, 40)
print("\n".join(rows))
print("mandelbrot iteration total:", total)
rows, total = render(lambda x, y, m: julia(x, y, -0.8, 0.156, m), 50, 15, -1.6, 1.6, -1.0, 1.0, 30)
print("\n".join(rows))
print("julia iteration total:", total)
inside = sum(1 for i in range(-20, 11) for j in range(-12, 13) if mandel(i / 10, j / 10, 50) == 50)
print("grid points inside:", inside)
