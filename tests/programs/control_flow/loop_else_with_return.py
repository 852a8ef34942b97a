def search(matrix, target):
    for r, row in enumerate(matrix):
        for c, v in enumerate(row):
            if v == target:
                return (r, c)
        else:
            continue
    else:
        return None
m = [[1, 2, 3], [4, 5, 6]]
print(search(m, 5), search(m, 7), search([], 1))
def first_negative(nums):
    i = 0
    while i < len(nums):
        if nums[i] < 0:
            break
        i += 1
    else:
        return "none"
    return nums[i]
print(first_negative([3, 4, -1, -2]), first_negative([1, 2]))
