"""Decoded results as pandas / polars DataFrames (extra ``sbe-binance[pandas]``).

    from sbe.client import Client
    import sbe
    with Client() as c:
        kl = c.klines("BTCUSDT", "1m", limit=1000)        # decimals="raw" by default
    df = sbe.to_pandas(kl, "klines")     # openTime/closeTime datetime64[us], prices float64

One row per entry of a group (``"klines"``, ``"bids"``, ``"trades"``...), or one row of the
message's own fields when ``group`` is None and the message has no single group.

Columns, from the schema of the message (``$message``):

* times: int64 fields named ``time``/``timestamp``/``retryAfter`` or ending in ``Time`` or
  ``Since`` (the schema's ``utcTimestampUs`` fields) become ``datetime64[us]`` (UTC, naive);
  the SBE null becomes NaT.
* decimals: mantissa fields become float64, each the double nearest to the exact decimal
  ``mantissa × 10^exponent`` (computed as ``mantissa / 10**-exponent`` on exact operands,
  never ``mantissa * 10.0**exponent``, which is off by one ulp for ~14% of prices);
  ``mantissa128`` values (``(lo, hi)`` in raw numpy groups) are combined first. Any
  ``decimals`` mode of the decoder works (``"float"`` and ``"decimal"`` values are
  converted as they are). The exponent columns are dropped. Null -> NaN.
* enums: the names of the decoder's enum members (``"Buy"``, ``"Gtc"``), booleans as bool.
* anything else as decoded (ints, strings, nested groups as Python objects).

pandas and polars are imported only when these functions run, never by ``import sbe``.
"""

from __future__ import annotations

import enum
import functools
from decimal import Decimal
from typing import Any, Dict, Mapping, Optional, Tuple

import numpy as np

__all__ = ["to_pandas", "to_polars", "columns", "is_time_field"]

_I64_NULL = -(1 << 63)
#: 10**k as exact doubles (10**22 is the largest power of ten a double holds exactly)
_POW10 = np.array([float(10 ** k) for k in range(23)])
_EXACT = np.int64(1 << 53)            # |int| below this converts to a double exactly
_EXACT_U = np.uint64(1 << 53)
_TIME_NAMES = frozenset({"time", "timestamp", "retryAfter"})


def is_time_field(name: str) -> bool:
    """The rule for µs timestamps (matches the schema's ``utcTimestampUs`` fields)."""
    return name in _TIME_NAMES or name.endswith("Time") or name.endswith("Since")


def _need(module: str):
    import importlib
    try:
        return importlib.import_module(module)
    except ImportError as exc:
        raise ImportError(f"sbe.to_{module}() needs {module}: pip install \"sbe-binance[pandas]\" "
                          f"(or pip install {module})") from exc


@functools.lru_cache(maxsize=None)
def _block(name: str) -> Tuple[dict, Any]:
    """(IR block of message ``name``, codec) from the spot or stream schema."""
    import importlib
    for mod in ("sbe.spot", "sbe.stream"):
        codec = importlib.import_module(mod).codec()
        for m in codec.plain["messages"]:
            if m["name"] == name:
                return m, codec
    raise ValueError(f"unknown message {name!r}: not in the spot or stream schema")


def _exact(m, e) -> float:
    """The double nearest to m * 10**e (Python ints divide with correct rounding)."""
    if m is None or e is None:
        return float("nan")
    m, e = int(m), int(e)
    return float(m * 10 ** e) if e >= 0 else m / 10 ** -e


def _decimal_column(values, exps, optional: bool, wide: bool) -> np.ndarray:
    """float64 column of mantissas ``values`` with exponents ``exps`` (an int for the
    whole column, an int64 array per row, or None: null)."""
    if isinstance(values, np.ndarray) and values.dtype.kind == "f":
        return values.astype(np.float64)
    n = len(values)
    if exps is None:  # no exponent: null, or values already converted (Decimal, float)
        if isinstance(values, np.ndarray) and values.dtype.kind in "iuV":
            return np.full(n, np.nan)
        values = [v if isinstance(v, (float, Decimal)) else None for v in values]
        exps = 0
    if isinstance(values, np.ndarray) and wide and values.dtype.names:  # (lo, hi) pairs
        lo, hi = values["lo"], values["hi"]
        if ((hi == 0) & (lo < _EXACT_U)).all():
            values = lo.astype(np.int64)
        else:
            values = [int(h) * (1 << 64) + int(x) for x, h in zip(lo, hi)]
    per_row = np.ndim(exps) > 0
    ex = np.asarray(exps, dtype=np.int64)
    if isinstance(values, np.ndarray) and values.dtype.kind in "iu":
        m = values.astype(np.int64)
        nulls = (m == _I64_NULL) if optional else None
        mm = np.where(nulls, 0, m) if nulls is not None else m
        if ((mm < _EXACT) & (mm > -_EXACT)).all() and (np.abs(ex) <= 22).all():
            mf = mm.astype(np.float64)
            if per_row:
                k = np.abs(ex)
                out = np.where(ex < 0, mf / _POW10[k], mf * _POW10[k])
            else:  # dividing exact operands rounds once: the nearest double
                e = int(ex)
                out = mf / _POW10[-e] if e < 0 else mf * _POW10[e]
            if nulls is not None:
                out[nulls] = np.nan
            return out
        values = [None if (optional and v == _I64_NULL) else int(v) for v in m]
    ex = np.broadcast_to(ex, (n,))
    out = np.empty(n, np.float64)
    for i, v in enumerate(values):
        if isinstance(v, float):
            out[i] = v
        elif isinstance(v, Decimal):
            out[i] = float(v)
        elif isinstance(v, tuple):  # (lo, hi) from a raw list group
            out[i] = _exact(int(v[1]) * (1 << 64) + int(v[0]), ex[i])
        elif v is None or (optional and v == _I64_NULL):
            out[i] = np.nan
        else:
            out[i] = _exact(v, ex[i])
    return out


def _time_column(values) -> np.ndarray:
    if isinstance(values, np.ndarray) and values.dtype.kind in "iu":
        return values.astype(np.int64).view("datetime64[us]")  # INT64_MIN is NaT
    return np.array([_I64_NULL if v is None else int(v) for v in values],
                    dtype=np.int64).view("datetime64[us]")


def _member(cls, v):
    """A raw enum number (numpy groups) -> its member; unknown values stay numbers."""
    if cls is None or isinstance(v, enum.Enum) or isinstance(v, bool):
        return v
    try:
        return cls(int(v))
    except (ValueError, TypeError):
        return v


def _plain(v):
    if isinstance(v, enum.Enum):
        return v.name
    return v


def columns(result: Mapping[str, Any], group: Optional[str] = None) -> Dict[str, Any]:
    """The columns :func:`to_pandas` builds: name -> numpy array (or list of objects)."""
    if not isinstance(result, Mapping) or "$message" not in result:
        raise TypeError("expected a decoded message (a dict with '$message'), got "
                        f"{type(result).__name__}")
    block, codec = _block(result["$message"])
    groups = {g["name"]: g for g in block["groups"]}
    if group is None:
        present = [g for g in groups if g in result]
        if len(present) == 1:
            group = present[0]
    if group is not None:
        if group not in groups:
            raise ValueError(f"{result['$message']} has no group {group!r} (groups: "
                             f"{', '.join(groups) or 'none'})")
        spec, rows, parent = groups[group], result[group], result
    else:
        spec, rows, parent = block, [result], None
    n = len(rows)
    is_np = isinstance(rows, np.ndarray) and rows.dtype.names is not None
    fields = {f["name"]: f for f in spec["fields"]}

    def col(name):
        if is_np:
            return rows[name]
        return [r.get(name) for r in rows]

    def exponent(ref):
        up, ename = ref
        if up == 0:  # a field of the same row
            if is_np:
                return rows[ename].astype(np.int64) if ename in rows.dtype.names else None
            vals = [r.get(ename) for r in rows]
            null = fields[ename]["null"]
            return np.array([v if v is not None and v != null else 0 for v in vals])
        return None if parent is None else parent.get(ename)

    out: Dict[str, Any] = {}
    names = list(rows.dtype.names) if is_np else [k for k in (rows[0] if n else fields)
                                                   if k != "$message"]
    for name in names:
        f = fields.get(name)
        if f is not None and f["isExponent"]:
            continue
        values = col(name)
        kind = f["kind"] if f else None
        if kind in ("mantissa", "mantissa128"):
            ref = f["exponent"]
            exps = exponent(ref) if ref else 0
            opt = f["presence"] == "optional"
            c = _decimal_column(values, exps, opt, kind == "mantissa128")
            if ref and ref[0] == 0 and ref[1] in fields and fields[ref[1]]["null"] is not None:
                raw_e = col(ref[1])
                null = fields[ref[1]]["null"]
                c[np.asarray([e is None or e == null for e in raw_e])] = np.nan
            out[name] = c
        elif kind == "int" and is_time_field(name) and f["primitive"] == "int64":
            out[name] = _time_column(values)
        elif kind == "enum" or (not is_np and any(isinstance(v, enum.Enum) for v in values)):
            cls = codec.enums.get(f["type"]) if f else None
            if cls is not None and {m.name for m in cls} == {"False", "True"}:
                out[name] = [None if v is None else bool(int(v) == 1) if not
                             isinstance(v, bool) else v for v in values]
                if None not in out[name]:
                    out[name] = np.array(out[name], dtype=bool)
            else:
                out[name] = [_plain(_member(cls, v)) for v in values]
        else:
            out[name] = values if is_np else list(values)
    return out


def to_pandas(result: Mapping[str, Any], group: Optional[str] = None):
    """A pandas DataFrame of ``result[group]`` (see the module doc for the columns)."""
    pd = _need("pandas")
    return pd.DataFrame(columns(result, group))


def to_polars(result: Mapping[str, Any], group: Optional[str] = None):
    """A polars DataFrame of ``result[group]``, same columns as :func:`to_pandas`."""
    pl = _need("polars")
    cols = columns(result, group)
    return pl.DataFrame({k: (v if isinstance(v, np.ndarray) and v.dtype.kind in "iufbM"
                             else list(v)) for k, v in cols.items()})
