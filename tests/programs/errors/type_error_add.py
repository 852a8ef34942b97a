print("start")
total = 1 + "2"
