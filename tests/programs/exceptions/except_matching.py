def raiser(exc):
    raise exc
handlers = [ValueError("v"), KeyError("k"), IndexError("i"), ZeroDivisionError("z"), OSError("o"), Exception("e")]
for exc in handlers:
    try:
        raiser(exc)
    except (KeyError, IndexError) as e:
        print("lookup group:", type(e).__name__)
    except ArithmeticError as e:
        print("arithmetic:", e)
    except ValueError:
        print("value error")
    except Exception as e:
        print("generic:", type(e).__name__)
errors = (TypeError, ValueError)
try:
    int("q")
except errors as e:
    print("tuple variable matched", type(e).__name__)
try:
    raise SystemExit(5)
except Exception:
    print("not here")
except BaseException as e:
    print("BaseException caught SystemExit", e.code)
try:
    raise KeyboardInterrupt
except Exception:
    print("not here")
except KeyboardInterrupt:
    print("KeyboardInterrupt caught")
try:
    try:
        raise ValueError
    except "not a class":
        pass
except TypeError as e:
    print("TypeError:", e)
try:
    raise ValueError("x")
except:
    print("bare except caught")
def first_match_wins():
    try:
        raise FileNotFoundError("f")
    except OSError:
        return "OSError handler"
    except FileNotFoundError:
        return "FileNotFoundError handler"
print(first_match_wins())
