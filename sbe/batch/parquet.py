"""Capture files -> partitioned Parquet (``python -m sbe convert``, docs/research.md).

One capture file converts on its own (:func:`convert_file`), so files convert in any order,
in parallel (:func:`sbe.batch.to_parquet_dask`) and again after a crash:

    OUT/template=<table>/date=<YYYY-MM-DD>/symbol=<SYMBOL>/<source id>.parquet
    OUT/_sbe_done/<source id>.json          written last: this input is converted

``<table>`` is a message name (``BestBidAskStreamEvent``) or a group table
(``DepthDiffStreamEvent.bids``); ``date`` is the UTC day of the local receive time
``recv_ns``; ``<source id>`` is the capture file's name plus 8 hex digits of the sha256 of its
header (unique per recording, the same wherever the file is read).  Root tables carry
``src`` (the source id) and ``row`` (the row number within that source and table); a group
row carries ``src`` and ``parent`` = its message's ``row`` and lies in its message's
partition, so ``child.join(root, left_on=["src", "parent"], right_on=["src", "row"])``.

Every output is written under a hidden temporary name and renamed into place (a killed
conversion leaves no half file a reader or a rerun would take), and the done marker comes
last: a rerun skips the inputs whose marker matches their current size, and converts again
an input that grew (a capture still being recorded) or whose conversion was cut short.

Needs ``pyarrow`` (``pip install 'sbe-binance[research]'``), imported on first use.
"""

from __future__ import annotations

import datetime
import hashlib
import json
import os
import sys
import time
import uuid
from typing import Dict, Iterable, List, Optional
from urllib.parse import quote

__all__ = ["to_parquet", "convert_file", "ConvertError", "source_id", "check_options",
           "DONE_DIR", "ROW_GROUP_ROWS", "LAYOUT_VERSION"]

#: Rows per Parquet row group: large enough for fast column scans and useful min/max
#: statistics, small enough that a reader can spread one file's row groups over cores.
ROW_GROUP_ROWS = 512 * 1024
#: Folder (under OUT) of the per-input done markers; "_" makes dataset readers skip it.
DONE_DIR = "_sbe_done"
LAYOUT_VERSION = 1
_DAY_NS = 86_400 * 10**9
_NULL_PART = "__HIVE_DEFAULT_PARTITION__"       # what hive readers read as null
_UNITS = {"utcTimestampUs": "us since the Unix epoch (UTC)",
          "utcTimestampMs": "ms since the Unix epoch (UTC)",
          "utcTimestampNs": "ns since the Unix epoch (UTC)"}


class ConvertError(ValueError):
    """An input cannot be converted into this output (e.g. other options than the
    conversion already there)."""


def _arrow():
    from sbe._extras import require
    return (require("pyarrow", "research", "Parquet conversion (sbe.batch.parquet)"),
            require("pyarrow.parquet", "research", "Parquet conversion (sbe.batch.parquet)"))


# ----------------------------------------------------------------------------- paths
def _filesystem(out: str, filesystem=None):
    """(pyarrow filesystem, root path, is_local) of an output location: a local path, or a
    URI pyarrow knows (s3://bucket/prefix, gs://..., hdfs://...)."""
    import pyarrow.fs as pafs
    if filesystem is not None:
        return filesystem, out.rstrip("/"), isinstance(filesystem, pafs.LocalFileSystem)
    if "://" in out and not out.startswith("file://"):
        fs, root = pafs.FileSystem.from_uri(out)
        return fs, root.rstrip("/"), isinstance(fs, pafs.LocalFileSystem)
    if out.startswith("file://"):
        out = out[len("file://"):]
    return pafs.LocalFileSystem(), os.path.abspath(out), True


def source_id(path: str, header: dict) -> str:
    """``<capture file stem>-<8 hex of sha256(header)>``: names the outputs of one input."""
    stem = os.path.basename(path)
    if stem.endswith(".sbecap"):
        stem = stem[:-len(".sbecap")]
    digest = hashlib.sha256(json.dumps(header, sort_keys=True, separators=(",", ":"))
                            .encode()).hexdigest()
    return f"{stem}-{digest[:8]}"


def _part_value(text: str) -> str:
    # hive readers (pyarrow, polars, duckdb) URI-decode partition values
    return quote(text, safe="") if text else _NULL_PART


def _day(days: int) -> str:
    return (datetime.date(1970, 1, 1) + datetime.timedelta(days=int(days))).isoformat()


# ----------------------------------------------------------------------------- metadata
def _schema_facts():
    """{table name: {column: field metadata}} from the schema model of the decoder: the
    SBE type, the unit of timestamps, which exponent scales a mantissa."""
    import importlib

    from sbe import stream
    model = importlib.import_module(stream.__name__ + "_ir").MODEL
    facts: Dict[str, Dict[str, Dict[str, str]]] = {}

    def fields(name, blk):
        cols = facts.setdefault(name, {})
        for f in blk.fields:
            md = {"sbe.type": f.type.name}
            if f.type.name in _UNITS:
                md["unit"] = _UNITS[f.type.name]
            if f.is_exponent:
                md["sbe.role"] = "exponent: value = mantissa * 10**exponent"
            if f.kind == "mantissa" and f.exponent:
                md["sbe.exponent"] = f.exponent[1]
            cols[f.name] = md
        for g in blk.groups:
            fields(f"{name}.{g.name}", g)

    for m in model.messages:
        fields(m.name, m)
    return facts


_COMMON = {
    "recv_ns": {"unit": "ns since the Unix epoch (UTC): local receive time of the frame"},
    "conn": {"unit": "stream client connection number (modulo 65536)"},
    "src": {"sbe.role": "source id: capture file stem + sha256(header)[:8]"},
    "row": {"sbe.role": "row number of the message within its source and table"},
    "parent": {"sbe.role": "row of the parent message (same src)"},
}


def _file_metadata(path, sid, header, decimals, table, part) -> Dict[bytes, bytes]:
    from sbe import stream
    md = {
        "sbe.layout": str(LAYOUT_VERSION),
        "sbe.source": os.path.basename(path),
        "sbe.source_id": sid,
        "sbe.table": table,
        "sbe.partition": json.dumps(part, sort_keys=True),
        "sbe.decimals": decimals,
        "sbe.exponents": ("value = mantissa * 10**exponent; decimals=float: the mantissa "
                          "columns hold the value (float64), exponent columns kept; "
                          "decimals=raw: int64 mantissas") ,
        "sbe.units": json.dumps({"recv_ns": "ns", "utcTimestampUs": "us"}),
        "sbe.capture_schemas": json.dumps(header.get("schemas", []), sort_keys=True),
        "sbe.capture_streams": json.dumps(header.get("streams", [])),
        "sbe.decoder_schema": f"{stream.PACKAGE} {stream.SCHEMA_ID}:{stream.SCHEMA_VERSION} "
                              f"sha256 {stream.SCHEMA_SHA256}",
    }
    return {k.encode(): v.encode() for k, v in md.items()}


# ----------------------------------------------------------------------------- writing
def _encodings(pa, table) -> dict:
    """Dictionary pages only for the few-valued columns (a dictionary on prices or stamps
    costs time and bytes); delta encoding for the 64-bit integers (stamps, ids: nearly
    sorted, and 2x smaller after zstd than plain)."""
    few = [f.name for f in table.schema
           if f.name in ("src", "conn") or pa.types.is_string(f.type)
           or (pa.types.is_integer(f.type) and f.type.bit_width <= 16)]
    delta = {f.name: "DELTA_BINARY_PACKED" for f in table.schema
             if f.name not in few and pa.types.is_integer(f.type) and f.type.bit_width >= 32}
    return {"use_dictionary": few, "column_encoding": delta or None}


def _write(pa, pq, fs, is_local, table, dest, row_group_size, compression) -> None:
    """``table`` to ``dest`` atomically: a hidden temporary beside it, then a rename
    (object stores: one PUT, which is atomic already)."""
    parent = dest.rsplit("/", 1)[0]
    fs.create_dir(parent, recursive=True)
    kw = dict(filesystem=fs, row_group_size=row_group_size, compression=compression,
              **_encodings(pa, table))
    if not is_local:
        pq.write_table(table, dest, **kw)
        return
    tmp = f"{parent}/.{dest.rsplit('/', 1)[1]}.{os.getpid()}.{uuid.uuid4().hex[:8]}.tmp"
    try:
        pq.write_table(table, tmp, **kw)
        fs.move(tmp, dest)
    except BaseException:
        try:
            fs.delete_file(tmp)
        except Exception:
            pass
        raise


def _write_bytes(fs, is_local, dest, data: bytes) -> None:
    parent = dest.rsplit("/", 1)[0]
    fs.create_dir(parent, recursive=True)
    tmp = dest if not is_local else f"{parent}/.{dest.rsplit('/', 1)[1]}.{uuid.uuid4().hex[:8]}.tmp"
    with fs.open_output_stream(tmp) as fh:
        fh.write(data)
    if tmp != dest:
        fs.move(tmp, dest)


def _read_marker(fs, path) -> Optional[dict]:
    import pyarrow as pa
    try:
        with fs.open_input_stream(path) as fh:
            return json.loads(fh.read())
    except (FileNotFoundError, pa.ArrowInvalid, OSError, ValueError):
        return None


def check_options(decimals: str, templates) -> Optional[List[str]]:
    """``templates`` as a sorted list (None: all); ValueError naming the bad option."""
    if decimals not in ("float", "raw"):
        raise ValueError(f"decimals must be 'float' or 'raw', got {decimals!r}")
    if templates is None:
        return None
    from sbe import stream
    names = sorted([templates] if isinstance(templates, str) else templates)
    unknown = [n for n in names if n not in stream.MESSAGES]
    if unknown or not names:
        raise ValueError(f"unknown templates {unknown}: choose from {sorted(stream.MESSAGES)}")
    return names


def _partitions(arr):
    """([(date, symbol)], partition number of each row) of a message table."""
    import numpy as np
    n = len(arr)
    if n == 0:
        return [], np.zeros(0, np.int64)
    days = arr["recv_ns"] // _DAY_NS
    sym = arr["symbol"] if "symbol" in (arr.dtype.names or ()) else np.zeros(n, "S1")

    def unique(a):          # most files hold one day; many one symbol: skip the sort
        if (a == a[0]).all():
            return a[:1], np.zeros(n, np.intp)
        return np.unique(a, return_inverse=True)

    udays, dinv = unique(days)
    usym, sinv = unique(sym)
    key = dinv.astype(np.int64) * len(usym) + sinv
    ukey, kinv = unique(key)
    out = [(_day(udays[k // len(usym)]), bytes(usym[k % len(usym)]).decode("utf-8", "replace"))
           for k in ukey]
    return out, kinv.astype(np.int64)


def _annotate(pa, table, facts, metadata):
    fields = []
    for f in table.schema:
        md = dict(_COMMON.get(f.name) or facts.get(f.name) or {})
        fields.append(f.with_metadata(md) if md else f)
    return pa.Table.from_arrays(table.columns, schema=pa.schema(fields, metadata=metadata))


def convert_file(path: str, out: str, *, decimals: str = "float", templates=None,
                 row_group_size: int = ROW_GROUP_ROWS, compression: str = "zstd",
                 errors: str = "raise", force: bool = False, filesystem=None) -> dict:
    """Convert one capture file into the dataset at ``out`` (layout: module doc).

    Returns ``{"path", "source_id", "status": "converted"|"skipped", "rows": {table: n},
    "bytes": input size, "outputs": [...], "stopped": None | "offset: reason",
    "seconds"}``.  Skipped when ``out`` holds a finished conversion of this input at its
    current size (``force=True`` converts again).  Raises :class:`ConvertError` when that
    conversion used other options, and the reader's ``CaptureError`` for a corrupt file.
    """
    import numpy as np

    from sbe import batch
    from sbe.capture import CaptureReader
    pa, pq = _arrow()
    templates = check_options(decimals, templates)
    t0 = time.perf_counter()
    path = os.fspath(path)
    fs, root, is_local = _filesystem(os.fspath(out), filesystem)
    header = CaptureReader(path).header
    size = os.path.getsize(path)
    sid = source_id(path, header)
    options = {"decimals": decimals, "templates": templates,
               "layout": LAYOUT_VERSION}
    marker_path = f"{root}/{DONE_DIR}/{sid}.json"
    old = _read_marker(fs, marker_path)
    if old is not None and old.get("options") != options:
        raise ConvertError(f"{out} holds {os.path.basename(path)} converted with "
                           f"{old.get('options')}, not {options}: use another output folder "
                           f"or the same options")
    if old is not None and not force and old.get("bytes") == size:
        return dict(old, status="skipped", seconds=time.perf_counter() - t0)

    res = batch.read([path], decimals=decimals, templates=templates, errors=errors)
    arrow = batch.to_arrow(res)
    facts = _schema_facts()
    outputs: List[str] = []
    rows: Dict[str, int] = {}
    roots = [n for n in res if "." not in n]
    for name in roots:
        arr = res[name]
        if len(arr) == 0:
            continue
        parts, kinv = _partitions(arr)
        children = [c for c in res if c.startswith(name + ".")]
        tables = {name: arrow[name]}
        tables.update((c, arrow[c]) for c in children)
        for tname, tab in tables.items():
            n = tab.num_rows
            if n == 0:
                continue
            rows[tname] = n
            if tname == name:
                tab = tab.append_column("row", pa.array(np.arange(n, dtype=np.int64)))
                part_of = kinv
            else:
                part_of = kinv[np.asarray(res[tname]["parent"], dtype=np.int64)]
            tab = tab.append_column("src", pa.repeat(pa.scalar(sid, pa.string()), n))
            if "symbol" in tab.column_names:
                tab = tab.drop_columns(["symbol"])
            if len(parts) > 1:          # rows of each partition, in file order
                order = np.argsort(part_of, kind="stable")
                ends = np.cumsum(np.bincount(part_of, minlength=len(parts)))
            for g, (day, sym) in enumerate(parts):
                if len(parts) == 1:
                    sel = tab
                else:
                    sel = tab.take(pa.array(order[ends[g - 1] if g else 0:ends[g]]))
                if sel.num_rows == 0:
                    continue
                part = {"template": tname, "date": day, "symbol": sym}
                sel = _annotate(pa, sel, facts.get(tname, {}),
                                _file_metadata(path, sid, header, decimals, tname, part))
                dest = (f"{root}/template={_part_value(tname)}/date={day}/"
                        f"symbol={_part_value(sym)}/{sid}.parquet")
                _write(pa, pq, fs, is_local, sel, dest, row_group_size, compression)
                outputs.append(dest[len(root) + 1:])
    if old is not None:                 # a shorter earlier run may have made others
        for rel in set(old.get("outputs", ())) - set(outputs):
            try:
                fs.delete_file(f"{root}/{rel}")
            except (FileNotFoundError, OSError):
                pass
    stats = res.stats
    stopped = stats.get("stopped", {}).get(path)
    done = {"path": path, "source_id": sid, "bytes": size, "options": options,
            "rows": rows, "outputs": sorted(outputs),
            "stopped": None if stopped is None else f"{stopped.offset}: {stopped.reason}",
            "skipped": {k: v for k, v in stats.get("skipped", {}).items() if v},
            "converted_utc": datetime.datetime.now(datetime.timezone.utc).isoformat()}
    _write_bytes(fs, is_local, marker_path, json.dumps(done, indent=1).encode())
    return dict(done, status="converted", seconds=time.perf_counter() - t0)


# ----------------------------------------------------------------------------- many files
class Progress:
    """One self-overwriting line on stderr (only on a terminal)."""

    def __init__(self, total_files: int, total_bytes: int, enabled: Optional[bool] = None,
                 stream=None):
        self.stream = stream or sys.stderr
        self.enabled = (self.stream.isatty() if enabled is None else enabled)
        self.total_files, self.total_bytes = total_files, total_bytes
        self.files = self.bytes = self.rows = self.failed = 0
        self.t0 = time.monotonic()
        self._shown = 0.0

    def update(self, result: Optional[dict], nbytes: int = 0) -> None:
        self.files += 1
        self.bytes += nbytes
        if result is None:
            self.failed += 1
        else:
            self.rows += sum(result.get("rows", {}).values())
        now = time.monotonic()
        if self.enabled and (now - self._shown >= 0.1 or self.files == self.total_files):
            self._shown = now
            dt = max(now - self.t0, 1e-9)
            pct = 100.0 * self.bytes / self.total_bytes if self.total_bytes else 100.0
            self.stream.write(f"\rconvert {self.files}/{self.total_files} files {pct:5.1f}% "
                              f"{self.bytes / 1e6:.1f} MB {self.rows} rows "
                              f"{self.bytes / 1e6 / dt:.1f} MB/s"
                              + (f" {self.failed} failed" if self.failed else "") + " ")
            self.stream.flush()

    def close(self) -> None:
        if self.enabled and self.files:
            self.stream.write("\n")
            self.stream.flush()


def summarize(results: Iterable[dict], failed: Dict[str, str], seconds: float) -> dict:
    """The summary of a run: converted / skipped paths, failed {path: error}, rows per
    table (converted files), bytes (converted files), seconds."""
    s = {"converted": [], "skipped": [], "failed": dict(failed), "rows": {}, "bytes": 0,
         "seconds": seconds}
    for r in results:
        if r.get("status") == "converted":
            s["converted"].append(r["path"])
            s["bytes"] += r.get("bytes", 0)
            for k, v in r.get("rows", {}).items():
                s["rows"][k] = s["rows"].get(k, 0) + v
        else:
            s["skipped"].append(r["path"])
    return s


def error_text(exc: BaseException) -> str:
    text = " ".join(str(exc).split())
    return f"{type(exc).__name__}: {text}" if text else type(exc).__name__


def to_parquet(files, out: str, *, decimals: str = "float", templates=None,
               row_group_size: int = ROW_GROUP_ROWS, compression: str = "zstd",
               errors: str = "raise", force: bool = False,
               progress: Optional[bool] = False, filesystem=None) -> dict:
    """Convert capture files (paths, or folders of ``*.sbecap``) into the dataset at
    ``out``, one after the other in this process (many machines:
    :func:`sbe.batch.to_parquet_dask`).  A file that fails is reported in
    ``summary["failed"]`` and the others still convert.  ``progress``: a line on stderr
    (None: when stderr is a terminal)."""
    from sbe.capture import capture_files
    _arrow()
    templates = check_options(decimals, templates)
    paths = capture_files(files)
    sizes = {p: (os.path.getsize(p) if os.path.exists(p) else 0) for p in paths}
    bar = Progress(len(paths), sum(sizes.values()), enabled=progress)
    t0 = time.perf_counter()
    results, failed = [], {}
    try:
        for p in paths:
            try:
                r = convert_file(p, out, decimals=decimals, templates=templates,
                                 row_group_size=row_group_size, compression=compression,
                                 errors=errors, force=force, filesystem=filesystem)
            except (ValueError, OSError) as e:
                failed[p] = error_text(e)
                bar.update(None, sizes[p])
                continue
            results.append(r)
            bar.update(r, sizes[p])
    finally:
        bar.close()
    return summarize(results, failed, time.perf_counter() - t0)
