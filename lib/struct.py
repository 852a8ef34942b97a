"""Conversion between Python values and C structs packed into bytes:
pack, unpack, calcsize, pack_into, unpack_from, iter_unpack, the Struct
class and the error exception.  Formats start with an optional byte
order character (@ native with alignment, = native order, < little,
> or ! big endian) followed by codes with optional repeat counts.
The implementation is the native _struct module."""

__all__ = [
    'calcsize', 'pack', 'pack_into', 'unpack', 'unpack_from',
    'iter_unpack', 'Struct', 'error',
]

from _struct import *
from _struct import _clearcache
