"""Streams of text and bytes: StringIO, BytesIO, the file classes returned
by open() and their abstract bases. The classes are implemented natively
in the _io module; this module re-exports them under their public names and
adds the SEEK_* constants."""

from _io import (
    DEFAULT_BUFFER_SIZE,
    BlockingIOError,
    UnsupportedOperation,
    open,
    text_encoding,
    FileIO,
    BytesIO,
    StringIO,
    BufferedReader,
    BufferedWriter,
    BufferedRandom,
    TextIOWrapper,
    _IOBase,
    _RawIOBase,
    _BufferedIOBase,
    _TextIOBase,
)

__all__ = [
    "BlockingIOError", "open", "IOBase", "RawIOBase", "FileIO", "BytesIO",
    "StringIO", "BufferedIOBase", "BufferedReader", "BufferedWriter",
    "BufferedRandom", "TextIOBase", "TextIOWrapper", "UnsupportedOperation",
    "SEEK_SET", "SEEK_CUR", "SEEK_END", "DEFAULT_BUFFER_SIZE", "text_encoding",
]

IOBase = _IOBase
RawIOBase = _RawIOBase
BufferedIOBase = _BufferedIOBase
TextIOBase = _TextIOBase

SEEK_SET = 0
SEEK_CUR = 1
SEEK_END = 2
