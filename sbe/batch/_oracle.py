"""The slow, obviously-right batch reader: every frame decoded to a dict by ``sbe.stream``,
then copied into columns.  It is the test oracle of the generated C loops
(``sbe.batch.read`` must return exactly what :func:`read_reference` returns) and a fallback
for schemas without a generated batch module."""

from __future__ import annotations

import importlib
import math

from sbe._schema import (KIND_ENUM, KIND_FLOAT, KIND_INT, KIND_MANTISSA, KIND_SET, NUMPY_CODES,
                         DATA_TEXT)
from sbe.errors import DecodeError

from ._common import (FRAME, SKIP_KIND, BatchResult, block_records, check_options, file_blocks,
                      locate, new_stats)

__all__ = ["read_reference", "table_layout"]


def _decoder(decoder):
    """The generated decoder module (default: the newest stream schema) and its model."""
    if decoder is None:
        from sbe import stream as decoder
    return decoder, importlib.import_module(decoder.__name__ + "_ir").MODEL


def _field_dtype(f, decimals: str) -> str:
    t = f.type
    if f.kind == KIND_MANTISSA:
        return "f8" if decimals == "float" else NUMPY_CODES[t.primitive]
    if f.kind in (KIND_INT, KIND_FLOAT):
        return NUMPY_CODES[t.primitive]
    if f.kind in (KIND_ENUM, KIND_SET):
        return "u1" if t.encoding == "char" else NUMPY_CODES[t.encoding]
    raise NotImplementedError(f"batch columns of {f.kind} field {f.name!r}")


def _field_null(f, decimals: str):
    if f.kind == KIND_MANTISSA and decimals == "float":
        return math.nan
    if f.kind == KIND_FLOAT:
        return math.nan
    if f.kind == KIND_SET:
        return 0  # a set has no null (SBE): absent is no choice set, as in numpy groups
    if f.null_value is not None:
        return f.null_value
    t = f.type
    if f.kind == KIND_ENUM:
        return t.effective_null
    return t.effective_null


def table_layout(model, decimals: str) -> dict:
    """{table name: (block, [(column, dtype or None for var data)], group path)} in output
    order: each message, then its groups depth-first."""
    out = {}

    def add(name, blk, root):
        cols = [("recv_ns", "i8"), ("conn", "u2")] if root else [("parent", "i8")]
        cols += [(f.name, _field_dtype(f, decimals)) for f in blk.fields]
        for d in blk.data:
            if d.kind != DATA_TEXT:
                raise NotImplementedError(f"batch columns of {d.kind} var data {d.name!r}")
            cols.append((d.name, None))
        out[name] = (blk, cols)
        for g in blk.groups:
            add(f"{name}.{g.name}", g, False)

    for m in model.messages:
        add(m.name, m, True)
    return out


def _rows(tables, layout, name, blk, raw, flt, head, decimals):
    """Append the row of ``raw`` (and its group entries, recursively) to ``tables``."""
    row = list(head)
    for f in blk.fields:
        v = (flt if f.kind == KIND_MANTISSA and decimals == "float" else raw)[f.name]
        row.append(_field_null(f, decimals) if v is None else
                   (float(v) if isinstance(v, float) else int(v)))
    for d in blk.data:
        v = raw[d.name]
        row.append(b"" if v is None else v.encode("utf-8"))
    rows = tables.setdefault(name, [])
    index = len(rows)
    rows.append(tuple(row))
    for g in blk.groups:
        sub = f"{name}.{g.name}"
        tables.setdefault(sub, [])
        entries = raw[g.name] or []
        fentries = (flt[g.name] or []) if flt is not None else entries
        for e, fe in zip(entries, fentries):
            _rows(tables, layout, sub, g, e, fe, (index,), decimals)


def _arrays(tables, layout, decimals):
    import numpy as np
    out = {}
    for name, (blk, cols) in layout.items():
        if name not in tables:
            continue
        rows = tables[name]
        dt = []
        for i, (col, code) in enumerate(cols):
            if code is None:
                code = "S%d" % max([1] + [len(r[i]) for r in rows])
            dt.append((col, code))
        out[name] = np.array(rows, dtype=np.dtype(dt))
    return out


def read_reference(paths, *, decimals: str = "float", templates=None,
                   errors: str = "raise", decoder=None) -> BatchResult:
    """``sbe.batch.read`` the slow way (same arguments, same result, same stats);
    ``decoder``: another generated decoder module than ``sbe.stream`` (tests)."""
    check_options(decimals, errors)
    mod, model = _decoder(decoder)
    names = [m.name for m in model.messages]
    want = None
    if templates is not None:
        want = set([templates] if isinstance(templates, str) else templates)
        unknown = want - set(names)
        if unknown:
            raise ValueError(f"unknown templates {sorted(unknown)}: {names}")
    layout = table_layout(model, decimals)
    stats = new_stats()
    skipped = stats["skipped"]
    tables: dict = {}
    for path, blk in file_blocks(paths, stats):
        payload = blk.payload
        for i, kind, conn, ns, a, b in block_records(path, blk):
            stats["records"] += 1
            if kind != FRAME:
                skipped[SKIP_KIND.get(kind, "other_kind")] += 1
                continue
            data = payload[a:b]
            name = None
            if len(data) >= mod.HEADER_SIZE:
                _bl, tid, sid, ver = mod.peek_header(data)
                if sid != mod.SCHEMA_ID:
                    skipped["other_schema"] += 1
                    continue
                name = mod.TEMPLATES.get(tid)
                if name is None:
                    skipped["unknown_template"] += 1
                    continue
                if want is not None and name not in want:
                    skipped["filtered"] += 1
                    continue
            try:
                raw = mod.decode(data, decimals="raw")
                flt = mod.decode(data, decimals="float") if decimals == "float" else None
            except DecodeError as err:
                if errors == "skip":
                    skipped["bad_frame"] += 1
                    continue
                raise locate(err, path, blk.offset, i, name or "") from None
            if ver > mod.SCHEMA_VERSION:
                stats["newer_version"] += 1
            stats["frames"][name] = stats["frames"].get(name, 0) + 1
            blk_model, _cols = layout[name]
            _rows(tables, layout, name, blk_model, raw, flt, (ns, conn), decimals)
    stats["frames"] = {n: stats["frames"][n] for n in names if n in stats["frames"]}
    return BatchResult(_arrays(tables, layout, decimals), stats)
