x_one = 1
x_two = 2
_x_hidden = 3
