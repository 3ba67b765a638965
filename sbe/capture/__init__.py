"""Capture files: record market-data streams losslessly, read them back, replay them through
the stream client, rebuild order books from them (docs/capture.md).

    from sbe.capture import CaptureReader, Recorder, Replay, book_table

The format and reader need only the standard library (zstd blocks: ``pip install
'sbe-binance[research]'`` for ``zstandard``); recording and replay use the stream client (``client``
extra).  ``import sbe`` does not import this package.
"""

from ._format import (EVENT, FORMAT_VERSION, FRAME, SNAPSHOT, SUFFIX, Block, CaptureCorruptError,
                      CaptureError, CaptureFormatError, CaptureReader, CaptureTruncatedError,
                      CaptureWriter, Record, Stop, capture_files, parse_snapshot, read_records,
                      schema_pins)

__all__ = ["CaptureWriter", "CaptureReader", "Record", "Block", "Stop", "CaptureError",
           "CaptureFormatError", "CaptureCorruptError", "CaptureTruncatedError", "FRAME",
           "SNAPSHOT", "EVENT", "FORMAT_VERSION", "SUFFIX", "capture_files", "read_records",
           "parse_snapshot", "schema_pins", "Recorder", "record", "Replay", "replay",
           "book_table"]


def __getattr__(name):          # the client-extra parts load on first use
    if name in ("Recorder", "record"):
        from . import recorder as _m
    elif name in ("Replay", "replay"):
        from . import replayer as _m
    elif name == "book_table":
        from . import book as _m
    else:
        raise AttributeError(f"module 'sbe.capture' has no attribute {name!r}")
    return getattr(_m, name)
