"""Helpers for the argparse tests: run a parse and print what happened,
with anything argparse writes to stderr captured and shown on stdout."""
import sys


class Capture:
    def __init__(self):
        self.parts = []

    def write(self, text):
        self.parts.append(text)
        return len(text)

    def flush(self):
        pass

    def text(self):
        return ''.join(self.parts)


def show_exit(label, func):
    """Calls func(); prints its result, or the exit code and stderr text."""
    cap = Capture()
    saved = sys.stderr
    sys.stderr = cap
    try:
        result = func()
    except SystemExit as exc:
        sys.stderr = saved
        print('%s -> exit %r' % (label, exc.code))
        for line in cap.text().splitlines():
            print('  | ' + line)
        return None
    finally:
        sys.stderr = saved
    print('%s -> %r' % (label, result))
    if cap.text():
        for line in cap.text().splitlines():
            print('  | ' + line)
    return result


def parse(parser, args, label=None):
    return show_exit(label or ' '.join(repr(a) for a in args) or '(none)',
                     lambda: parser.parse_args(args))


def known(parser, args):
    return show_exit('known ' + (' '.join(repr(a) for a in args) or '(none)'),
                     lambda: parser.parse_known_args(args))
