checks = [
    (ZeroDivisionError, ArithmeticError), (ArithmeticError, Exception), (Exception, BaseException),
    (OverflowError, ArithmeticError), (FloatingPointError, ArithmeticError),
    (KeyError, LookupError), (IndexError, LookupError), (LookupError, Exception),
    (FileNotFoundError, OSError), (PermissionError, OSError), (IsADirectoryError, OSError),
    (ModuleNotFoundError, ImportError), (ImportError, Exception),
    (RecursionError, RuntimeError), (NotImplementedError, RuntimeError),
    (UnicodeDecodeError, UnicodeError), (UnicodeEncodeError, UnicodeError), (UnicodeError, ValueError),
    (UnboundLocalError, NameError), (IndentationError, SyntaxError), (TabError, IndentationError),
    (StopAsyncIteration, Exception), (StopIteration, Exception),
    (GeneratorExit, Exception), (KeyboardInterrupt, Exception), (SystemExit, Exception),
    (GeneratorExit, BaseException), (KeyboardInterrupt, BaseException), (SystemExit, BaseException),
    (AssertionError, Exception), (AttributeError, Exception), (TypeError, Exception),
    (BrokenPipeError, ConnectionError), (ConnectionError, OSError), (TimeoutError, OSError),
    (EnvironmentError, OSError), (IOError, OSError), (EOFError, Exception), (MemoryError, Exception),
    (BufferError, Exception), (ReferenceError, Exception), (SyntaxError, Exception),
    (DeprecationWarning, Warning), (Warning, Exception), (UserWarning, Warning),
    (KeyError, IndexError), (ValueError, TypeError), (BaseException, Exception),
]
for sub, sup in checks:
    print("%s < %s: %s" % (sub.__name__, sup.__name__, issubclass(sub, sup)))
print(EnvironmentError is OSError, IOError is OSError)
print([c.__name__ for c in ZeroDivisionError.__mro__])
print([c.__name__ for c in UnicodeDecodeError.__mro__])
print([c.__name__ for c in FileNotFoundError.__mro__])
print(BaseException.__bases__, Exception.__bases__[0].__name__)
try:
    {}["x"]
except LookupError as e:
    print("caught KeyError as LookupError:", type(e).__name__)
try:
    1 / 0
except ArithmeticError as e:
    print("caught as ArithmeticError:", type(e).__name__)
