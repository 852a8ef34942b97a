"""Inventory and order processing with validation, custom exceptions, context managers and rollback."""

class InventoryError(Exception):
    pass

class OutOfStock(InventoryError):
    def __init__(self, sku, wanted, available):
        super().__init__("%s: wanted %d, only %d available" % (sku, wanted, available))
        self.sku, self.wanted, self.available = sku, wanted, available

class UnknownProduct(InventoryError):
    pass

class Product:
    __slots__ = ("sku", "name", "price_cents", "stock")
    def __init__(self, sku, name, price_cents, stock):
        self.sku, self.name, self.price_cents, self.stock = sku, name, price_cents, stock
    def __repr__(self):
        return "Product(%s, %r, %d, stock=%d)" % (self.sku, self.name, self.price_cents, self.stock)

class Transaction:
    def __init__(self, inventory):
        self.inventory = inventory
        self.changes = []
    def __enter__(self):
        return self
    def reserve(self, sku, qty):
        product = self.inventory.get(sku)
        if qty <= 0:
            raise ValueError("quantity must be positive, got %d" % qty)
        if product.stock < qty:
            raise OutOfStock(sku, qty, product.stock)
        product.stock -= qty
        self.changes.append((product, qty))
        return product.price_cents * qty
    def __exit__(self, exc_type, exc, tb):
        if exc_type is not None:
            for product, qty in reversed(self.changes):
                product.stock += qty
            self.inventory.log.append("rollback %d change(s): %s" % (len(self.changes), exc_type.__name__))
        else:
            self.inventory.log.append("commit %d change(s)" % len(self.changes))
        return False

class Inventory:
    def __init__(self, products):
        self.products = {p.sku: p for p in products}
        self.log = []
    def get(self, sku):
        try:
            return self.products[sku]
        except KeyError:
            raise UnknownProduct("no product with sku %r" % sku) from None
    def place_order(self, order_id, lines, discount_percent=0):
        with Transaction(self) as tx:
            subtotal = sum(tx.reserve(sku, qty) for sku, qty in lines)
        discount = subtotal * discount_percent // 100
        total = subtotal - discount
        return {"order": order_id, "subtotal": subtotal, "discount": discount, "total": total}
    def restock(self, sku, qty):
        self.get(sku).stock += qty
    def value(self):
        return sum(p.price_cents * p.stock for p in self.products.values())
    def report(self):
        for sku in sorted(self.products):
            p = self.products[sku]
            flag = " LOW" if p.stock < 3 else ""
            print("  %-6s %-12s %7s x %3d%s" % (sku, p.name, format_cents(p.price_cents), p.stock, flag))

def format_cents(c):
    sign = "-" if c < 0 else ""
    c = abs(c)
    return "%s$%d.%02d" % (sign, c // 100, c % 100)

inv = Inventory([
    Product("A100", "widget", 250, 10),
    Product("B200", "gadget", 1299, 3),
    Product("C300", "doohickey", 75, 40),
    Product("D400", "gizmo", 4999, 1),
])
print("initial value:", format_cents(inv.value()))
orders = [
    ("o1", [("A100", 4), ("C300", 10)], 0),
    ("o2", [("B200", 2), ("D400", 1)], 10),
    ("o3", [("A100", 1), ("D400", 1)], 0),
    ("o4", [("C300", 5), ("Z999", 1)], 0),
    ("o5", [("A100", 0)], 0),
    ("o6", [("B200", 1), ("A100", 5), ("C300", 25)], 5),
]
for order_id, lines, disc in orders:
    try:
        r = inv.place_order(order_id, lines, disc)
        print("%s ok: subtotal=%s discount=%s total=%s" % (order_id, format_cents(r["subtotal"]),
              format_cents(r["discount"]), format_cents(r["total"])))
    except OutOfStock as e:
        print("%s failed: %s (short by %d)" % (order_id, e, e.wanted - e.available))
    except InventoryError as e:
        print("%s failed: %s: %s" % (order_id, type(e).__name__, e))
    except ValueError as e:
        print("%s invalid: %s" % (order_id, e))
inv.restock("D400", 2)
inv.report()
print("final value:", format_cents(inv.value()))
print("\n".join(inv.log))
try:
    inv.products["A100"].color = "red"
except AttributeError as e:
    print("AttributeError:", e)
print(format_cents(-1234), format_cents(5), sorted(inv.products))
