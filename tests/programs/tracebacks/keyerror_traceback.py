inventory = {"apples": 3}
def take(item):
    inventory[item] -= 1
take("apples")
take("pears")
