"""Batch decode of capture files: every frame of a template into columns (docs/capture.md,
"Batch decode").

    from sbe import batch
    t = batch.read("captures/", decimals="float")   # {table: numpy structured array}
    t["BestBidAskStreamEvent"]["bidPrice"], t.stats
    batch.to_arrow(t)                                # {table: pyarrow.Table} (research extra)
    batch.to_parquet("captures/", "data/")           # partitioned Parquet (docs/research.md)
    batch.to_parquet_dask(files, "data/", client=None)   # the same, one Dask task per file

Tables: one per message seen (``recv_ns``, ``conn``, then the fields by their decoded names,
var data as ``S<n>`` bytes), one per group (``"TradesStreamEvent.trades"``: ``parent``, the
row of the message table, then the entry fields).  ``decimals="float"``: mantissas as float64,
bit-identical to ``sbe.stream.decode(..., decimals="float")``; ``"raw"``: int64 mantissas.
Exponent columns are kept in both.  numpy only; pyarrow is imported by :func:`to_arrow`.
"""

from __future__ import annotations

from ._common import BatchResult
from ._oracle import read_reference

__all__ = ["read", "read_reference", "to_arrow", "BatchResult", "to_parquet", "convert_file",
           "to_parquet_dask"]


def __getattr__(name):     # pyarrow / dask load only when a conversion is asked for
    if name in ("to_parquet", "convert_file"):
        from . import parquet as m
    elif name == "to_parquet_dask":
        from . import _dask as m
    else:
        raise AttributeError(f"module 'sbe.batch' has no attribute {name!r}")
    return getattr(m, name)


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
    """``{table: pyarrow.Table}`` of :func:`read`'s result (each column copied once out of
    the rows).  ``S<n>`` columns (var-data text) become ``string`` columns (``large_string``
    past 2 GiB; UTF-8 checked again); ``recv_ns`` and ``parent`` stay int64, nothing is added
    (``recv_ns`` is nanoseconds since the epoch:
    ``pyarrow.compute.cast(col, pa.timestamp("ns", "UTC"))`` if wanted)."""
    from sbe._extras import require
    pa = require("pyarrow", "research", "sbe.batch.to_arrow")
    out = {}
    for name, arr in tables.items():
        cols, names = [], []
        for col in arr.dtype.names:
            a = arr[col]
            if a.dtype.kind == "S":
                c = _utf8_column(pa, a)
            else:
                c = pa.array(a)
            cols.append(c)
            names.append(col)
        out[name] = pa.Table.from_arrays(cols, names=names)
    return out


def _utf8_column(pa, a):
    """An ``S<n>`` column as an Arrow utf8 array, built from buffers (no Python object per
    value): each value is its bytes up to the trailing NUL padding, as numpy reads it; the
    UTF-8 is checked (``validate(full=True)``)."""
    import numpy as np
    n = a.dtype.itemsize
    b = np.frombuffer(np.ascontiguousarray(a), np.uint8).reshape(len(a), n)
    # length = 1 + position of the last non-NUL byte (0 for an empty value)
    lengths = np.zeros(len(a), np.int64)
    for j in range(n):          # one pass per byte position: n is small (symbols)
        np.copyto(lengths, j + 1, where=b[:, j] != 0)
    offsets = np.zeros(len(a) + 1, np.int64)
    np.cumsum(lengths, out=offsets[1:])
    if offsets[-1] == b.size:   # no padding anywhere: the bytes as they are
        data = b.reshape(-1)
    else:
        data = b[np.arange(1, n + 1) <= lengths[:, None]]
    typ = pa.string()
    if offsets[-1] < 2**31:
        offsets = offsets.astype(np.int32)
    else:
        typ = pa.large_string()
    out = pa.Array.from_buffers(typ, len(a), [None, pa.py_buffer(offsets), pa.py_buffer(data)])
    out.validate(full=True)
    return out
