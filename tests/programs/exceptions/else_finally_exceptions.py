def else_raises():
    try:
        pass
    except ValueError:
        print("not here")
    else:
        raise KeyError("from else")
    finally:
        print("finally after else raise")
try:
    else_raises()
except KeyError as e:
    print("caught", repr(e))
def else_not_protected():
    try:
        x = 1
    except ZeroDivisionError:
        return "handler"
    else:
        return 1 / 0
try:
    else_not_protected()
except ZeroDivisionError:
    print("else block is outside the try protection")
def finally_raises():
    try:
        raise ValueError("original")
    finally:
        raise TypeError("from finally")
try:
    finally_raises()
except TypeError as e:
    print("caught", repr(e), "context:", repr(e.__context__))
def handler_raises():
    try:
        raise ValueError("v")
    except ValueError:
        raise KeyError("from handler")
    finally:
        print("finally runs after handler raised")
try:
    handler_raises()
except KeyError as e:
    print("caught", repr(e), "context:", repr(e.__context__))
def nested():
    try:
        try:
            raise ValueError("inner")
        except TypeError:
            print("wrong")
        finally:
            print("inner finally")
    except ValueError as e:
        print("outer caught", e)
    finally:
        print("outer finally")
nested()
def exc_in_except_matching():
    def bad():
        raise NameError("in except expression")
    try:
        try:
            raise ValueError
        except bad():
            pass
    except NameError as e:
        print("NameError:", e)
exc_in_except_matching()
