count = 3
label = "items: "
message = label + count
