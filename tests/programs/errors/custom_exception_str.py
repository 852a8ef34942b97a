class ParseError(Exception):
    def __init__(self, line, msg):
        super().__init__(line, msg)
        self.line = line
        self.msg = msg
    def __str__(self):
        return "line %d: %s" % (self.line, self.msg)
raise ParseError(7, "unexpected token")
