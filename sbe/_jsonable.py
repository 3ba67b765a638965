"""Decoded values -> JSON (for the command line: ``python -m sbe get/decode/stream``)."""

from __future__ import annotations

import enum
import json
from decimal import Decimal

__all__ = ["to_jsonable", "dumps"]


def to_jsonable(v):
    """Decoded values -> JSON-able (enums by name, Decimal as str, numpy arrays as lists
    of dicts, bytes as hex)."""
    import numpy as np
    if isinstance(v, bool) or v is None or isinstance(v, (str, int)) and not isinstance(v, enum.Enum):
        return v
    if isinstance(v, float):
        return v if v == v else None
    if isinstance(v, enum.Enum):
        return v.name
    if isinstance(v, Decimal):
        return format(v, "f")
    if isinstance(v, dict):
        return {k: to_jsonable(x) for k, x in v.items()}
    if isinstance(v, (list, tuple)):
        return [to_jsonable(x) for x in v]
    if isinstance(v, np.ndarray):
        if v.dtype.names:
            return [{n: to_jsonable(row[n]) for n in v.dtype.names} for row in v]
        return to_jsonable(v.tolist())
    if isinstance(v, np.void):
        return {n: to_jsonable(v[n]) for n in v.dtype.names}
    if isinstance(v, np.generic):
        return to_jsonable(v.item())
    if isinstance(v, (bytes, bytearray)):
        return v.decode("latin-1").rstrip("\x00") if v[:1].isascii() else v.hex()
    return str(v)


def dumps(obj, compact: bool = False) -> str:
    """One JSON text of a decoded message or event."""
    return json.dumps(to_jsonable(obj), ensure_ascii=False,
                      separators=(",", ":") if compact else None)
