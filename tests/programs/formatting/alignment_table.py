rows = [("Widget", 4, 3.5), ("Gadget", 12, 10.25), ("Thingamajig", 1, 999.999), ("X", 100, 0.5)]
header = "{:<12}|{:>6}|{:>10}|{:>10}".format("Item", "Qty", "Price", "Total")
print(header)
print("-" * len(header))
grand = 0
for name, qty, price in rows:
    total = qty * price
    grand += total
    print("{:<12}|{:>6d}|{:>10.2f}|{:>10,.2f}".format(name, qty, price, total))
print("=" * len(header))
print("{:<12}|{:>6}|{:>10}|{:>10,.2f}".format("TOTAL", "", "", grand))
print(f"{'centered':^{len(header)}}")
for i in range(1, 4):
    print(f"{i:>3}. {'*' * i:<5}|{i ** 3:>5}")
print("%-12s|%6d|%10.2f" % rows[0])
