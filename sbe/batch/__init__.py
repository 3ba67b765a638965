"""Batch decode of capture files: every frame of a template into columns (docs/capture.md,
"Batch decode").

    from sbe import batch
    t = batch.read("captures/", decimals="float")   # {table: numpy structured array}
    t["BestBidAskStreamEvent"]["bidPrice"], t.stats
    batch.to_arrow(t)                                # {table: pyarrow.Table} (research extra)

Tables: one per message seen (``recv_ns``, ``conn``, then the fields by their decoded names,
var data as ``S<n>`` bytes), one per group (``"TradesStreamEvent.trades"``: ``parent``, the
row of the message table, then the entry fields).  ``decimals="float"``: mantissas as float64,
bit-identical to ``sbe.stream.decode(..., decimals="float")``; ``"raw"``: int64 mantissas.
Exponent columns are kept in both.  numpy only; pyarrow is imported by :func:`to_arrow`.
"""

from __future__ import annotations

from ._common import BatchResult, new_stats
from ._oracle import read_reference

__all__ = ["read", "read_reference", "to_arrow", "BatchResult"]


def _compiled():
    """The generated batch module of the newest stream schema, or None (not built)."""
    from sbe import stream
    try:
        import importlib
        return importlib.import_module(stream.__name__ + "_batch")
    except ImportError:
        return None


def read(paths, *, decimals: str = "float", templates=None, errors: str = "raise") -> BatchResult:
    """Every FRAME record of ``paths`` (a capture file, a folder of them, or a list; file
    name order) decoded into one numpy structured array per table.

    ``templates``: message names to decode (other frames are skipped unread).
    ``errors="raise"``: a truncated or malformed frame raises the decoder's typed
    :class:`sbe.errors.DecodeError` naming the capture file, block offset and record;
    ``"skip"`` counts it in ``stats["skipped"]["bad_frame"]``.  Frames of another schema id
    or an unknown template are skipped and counted; newer schema versions are decoded by
    their wire blockLength.  A file cut inside a block gives every complete block, with
    ``stats["stopped"][path]`` saying where.  Returns a :class:`BatchResult` (a dict with
    ``.stats``)."""
    mod = _compiled()
    if mod is None:
        return read_reference(paths, decimals=decimals, templates=templates, errors=errors)
    from ._fast import read_compiled
    return read_compiled(mod, paths, decimals=decimals, templates=templates, errors=errors)


def to_arrow(tables) -> dict:
    """``{table: pyarrow.Table}`` of :func:`read`'s result (zero-copy where numpy and Arrow
    layouts agree).  ``S<n>`` columns (var-data text, UTF-8 checked at decode) become
    ``utf8`` strings; ``recv_ns`` and ``parent`` stay int64 (``recv_ns`` is nanoseconds
    since the epoch: ``pyarrow.compute.cast(col, pa.timestamp("ns", "UTC"))`` if wanted)."""
    try:
        import pyarrow as pa
    except ImportError:
        raise ImportError("sbe.batch.to_arrow needs pyarrow: "
                          "pip install 'sbe-binance[research]'") from None
    out = {}
    for name, arr in tables.items():
        cols, names = [], []
        for col in arr.dtype.names:
            a = arr[col]
            if a.dtype.kind == "S":
                # numpy S drops trailing NULs, as the text never has them (UTF-8 checked)
                c = pa.array(a, type=pa.binary()).cast(pa.string())
            else:
                c = pa.array(a)
            cols.append(c)
            names.append(col)
        out[name] = pa.Table.from_arrays(cols, names=names)
    return out
