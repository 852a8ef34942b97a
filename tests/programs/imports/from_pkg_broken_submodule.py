try:
    from _brokenpkg import bad
except Exception as e:
    print(type(e).__name__, e)
try:
    from _brokenpkg import missing
except ImportError as e:
    print(type(e).__name__, str(e).split(' (')[0])
