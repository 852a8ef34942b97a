class ConfigError(Exception):
    pass
def read_port(text):
    try:
        return int(text)
    except ValueError as e:
        raise ConfigError("bad port value") from e
read_port("eighty")
