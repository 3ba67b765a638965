"""Batch decode of capture files (sbe.batch.read) beside JSON lines read with orjson and with
msgspec into the same columns.  Not a test.

    python bench/bench_batch.py [--events 1000000] [--depth-events 100000] [--levels 10]
                                [--rounds 5]

Two captures of the same market as SBE frames (a capture file, 1 MiB blocks, uncompressed)
and as JSON lines ``{"recv_ns":..,"conn":..,"data":<Binance event>}`` (what a JSON recorder
writes): ``--events`` bestBidAsk events, and ``--depth-events`` depth diffs of 1..2*levels
levels per side (mean ``--levels``).  Contenders, per capture:

* ``sbe decode``: sbe.batch's two C passes over the blocks already in memory (the decode
  itself: what the 20 M events/s target is about);
* ``sbe read``: ``sbe.batch.read(path)`` (file read, block CRC check, decode into numpy);
* ``sbe read+arrow``: the same, then ``sbe.batch.to_arrow``;
* ``orjson``: the JSON file read, ``orjson.loads`` per line, numbers ``float()``-ed into
  lists, numpy columns, a ``pyarrow.Table``;
* ``msgspec``: the JSON file read, ``msgspec.json.Decoder(Line, strict=False).decode_lines``
  into typed Structs (decimal strings parsed as floats by msgspec), numpy columns, a
  ``pyarrow.Table``.

Every contender produces the same columns (receive stamp, event time, update ids, prices and
quantities as float64, the symbol; depth: one row per event and one per level with its parent
row).  Thread CPU time (``time.thread_time_ns``), contenders interleaved in rounds; min /
median, events/s (levels/s), bytes/s of each contender's input, and paired ratios per round.
"""

from __future__ import annotations

import argparse
import importlib
import os
import random
import statistics
import struct
import sys
import tempfile
import time
from decimal import Decimal

import numpy as np

sys.path.insert(0, os.path.join(os.path.dirname(__file__), ".."))

import sbe.batch as batch  # noqa: E402
from sbe import stream  # noqa: E402
from sbe.batch import _fast  # noqa: E402
from sbe.batch._common import new_stats  # noqa: E402
from sbe.capture import CaptureReader, CaptureWriter  # noqa: E402

try:
    import orjson
except ImportError:
    orjson = None
try:
    import msgspec
except ImportError:
    msgspec = None
try:
    import pyarrow as pa
except ImportError:
    pa = None

PE, QE = -2, -8
T0 = 1_763_000_000_000_000          # µs
R0 = 1_763_000_000_000_000_000      # ns


def _s(m: int, e: int) -> str:
    return format(Decimal(m).scaleb(e), "f")


# -- data ------------------------------------------------------------------------------------

def bba_data(n: int, folder: str):
    """n bestBidAsk events: a capture file and a JSON-lines file of the same events."""
    rnd = random.Random(1)
    frame = bytearray(stream.encode({
        "$message": "BestBidAskStreamEvent", "eventTime": T0, "bookUpdateId": 1,
        "priceExponent": PE, "qtyExponent": QE, "bidPrice": 1, "bidQty": 1, "askPrice": 1,
        "askQty": 1, "symbol": "BTCUSDT"}))
    # offsets from the generated decoder's model, not written here by hand
    model = importlib.import_module(stream.__name__ + "_ir").MODEL
    msg = model.message("BestBidAskStreamEvent")
    off = {f.name: stream.HEADER_SIZE + f.offset for f in msg.fields}
    w = CaptureWriter(folder, ["btcusdt@bestBidAsk"], fsync="never")
    jpath = os.path.join(folder, "bba.jsonl")
    mid, uid = 9_712_345, 71_234_567_890
    with open(jpath, "wb") as jf:
        lines = []
        for i in range(n):
            mid += rnd.choice((-1, 0, 0, 1))
            uid += rnd.randrange(1, 5)
            bq, aq = rnd.randrange(1, 10**10), rnd.randrange(1, 10**10)
            t = T0 + i * 100
            for name, v in (("eventTime", t), ("bookUpdateId", uid), ("bidPrice", mid),
                            ("bidQty", bq), ("askPrice", mid + 1), ("askQty", aq)):
                struct.pack_into("<q", frame, off[name], v)
            recv = R0 + i * 100_000
            w.write_frame(bytes(frame), recv, 1)
            lines.append(orjson.dumps({"recv_ns": recv, "conn": 1, "data": {
                "e": "bestBidAsk", "E": t // 1000, "u": uid, "s": "BTCUSDT",
                "b": _s(mid, PE), "B": _s(bq, QE), "a": _s(mid + 1, PE), "A": _s(aq, QE)}}))
            if len(lines) >= 10000:
                jf.write(b"\n".join(lines) + b"\n")
                lines = []
        if lines:
            jf.write(b"\n".join(lines) + b"\n")
    w.close()
    return w.files[0], jpath


def depth_data(n: int, levels: int, folder: str):
    rnd = random.Random(2)
    w = CaptureWriter(folder, ["btcusdt@depth"], fsync="never")
    jpath = os.path.join(folder, "depth.jsonl")
    uid, mid, total = 80_000_000_000, 9_700_000, 0
    with open(jpath, "wb") as jf:
        for i in range(n):
            nb, na = rnd.randrange(1, 2 * levels), rnd.randrange(1, 2 * levels)
            total += nb + na
            mid += rnd.choice((-2, -1, 0, 1, 2))
            bids = [(mid - rnd.randrange(1, 500), rnd.randrange(0, 10**10)) for _ in range(nb)]
            asks = [(mid + rnd.randrange(1, 500), rnd.randrange(0, 10**10)) for _ in range(na)]
            t = T0 + i * 100_000
            first, uid = uid + 1, uid + rnd.randrange(1, 40)
            ev = {"$message": "DepthDiffStreamEvent", "eventTime": t, "firstBookUpdateId": first,
                  "lastBookUpdateId": uid, "priceExponent": PE, "qtyExponent": QE,
                  "bids": [{"price": p, "qty": q} for p, q in bids],
                  "asks": [{"price": p, "qty": q} for p, q in asks], "symbol": "BTCUSDT"}
            recv = R0 + i * 100_000_000
            w.write_frame(stream.encode(ev), recv, 1)
            jf.write(orjson.dumps({"recv_ns": recv, "conn": 1, "data": {
                "e": "depthUpdate", "E": t // 1000, "s": "BTCUSDT", "U": first, "u": uid,
                "b": [[_s(p, PE), _s(q, QE)] for p, q in bids],
                "a": [[_s(p, PE), _s(q, QE)] for p, q in asks]}}) + b"\n")
    w.close()
    return w.files[0], jpath, total


# -- contenders ------------------------------------------------------------------------------

def sbe_decode(blocks):
    mod = batch._compiled()
    return lambda: _fast.read_blocks(mod, [(b[0], b[1]) for b in blocks], new_stats())


def sbe_read(path):
    return lambda: batch.read(path)


def sbe_arrow(path):
    return lambda: batch.to_arrow(batch.read(path))


def _read(path):
    with open(path, "rb") as fh:
        return fh.read()


def orjson_bba(jpath):
    def run():
        recv, et, uid, b, bq, a, aq, sym = [], [], [], [], [], [], [], []
        loads = orjson.loads
        for line in _read(jpath).splitlines():
            o = loads(line)
            d = o["data"]
            recv.append(o["recv_ns"])
            et.append(d["E"])
            uid.append(d["u"])
            b.append(float(d["b"]))
            bq.append(float(d["B"]))
            a.append(float(d["a"]))
            aq.append(float(d["A"]))
            sym.append(d["s"])
        return _table({"recv_ns": recv, "eventTime": et, "bookUpdateId": uid, "bidPrice": b,
                       "bidQty": bq, "askPrice": a, "askQty": aq}, sym)
    return run


def _table(cols, sym):
    arrays = {k: np.array(v, dtype=np.float64 if isinstance(v[0], float) else np.int64)
              for k, v in cols.items()}
    if pa is None:
        return arrays, sym
    return pa.table({**arrays, "symbol": pa.array(sym, pa.string())})


if msgspec is not None:
    class BbaEvent(msgspec.Struct):
        E: int
        u: int
        s: str
        b: float
        B: float
        a: float
        A: float

    class BbaLine(msgspec.Struct):
        recv_ns: int
        conn: int
        data: BbaEvent

    class DepthEvent(msgspec.Struct):
        E: int
        s: str
        U: int
        u: int
        b: list[tuple[float, float]]
        a: list[tuple[float, float]]

    class DepthLine(msgspec.Struct):
        recv_ns: int
        conn: int
        data: DepthEvent


def msgspec_bba(jpath):
    dec = msgspec.json.Decoder(BbaLine, strict=False)

    def run():
        evs = dec.decode_lines(_read(jpath))
        return _table({"recv_ns": [e.recv_ns for e in evs],
                       "eventTime": [e.data.E for e in evs],
                       "bookUpdateId": [e.data.u for e in evs],
                       "bidPrice": [e.data.b for e in evs], "bidQty": [e.data.B for e in evs],
                       "askPrice": [e.data.a for e in evs], "askQty": [e.data.A for e in evs]},
                      [e.data.s for e in evs])
    return run


def _depth_tables(recv, et, first, last, sym, parent, price, qty):
    root = _table({"recv_ns": recv, "eventTime": et, "firstBookUpdateId": first,
                   "lastBookUpdateId": last}, sym)
    levels = {"parent": np.array(parent, np.int64), "price": np.array(price, np.float64),
              "qty": np.array(qty, np.float64)}
    return root, (pa.table(levels) if pa is not None else levels)


def orjson_depth(jpath):
    def run():
        recv, et, first, last, sym = [], [], [], [], []
        bp, bpr, bq, ap, apr, aq = [], [], [], [], [], []
        loads = orjson.loads
        for i, line in enumerate(_read(jpath).splitlines()):
            o = loads(line)
            d = o["data"]
            recv.append(o["recv_ns"])
            et.append(d["E"])
            first.append(d["U"])
            last.append(d["u"])
            sym.append(d["s"])
            for p, q in d["b"]:
                bp.append(i)
                bpr.append(float(p))
                bq.append(float(q))
            for p, q in d["a"]:
                ap.append(i)
                apr.append(float(p))
                aq.append(float(q))
        return (_depth_tables(recv, et, first, last, sym, bp, bpr, bq),
                _depth_tables(recv[:1], et[:1], first[:1], last[:1], sym[:1], ap, apr, aq))
    return run


def msgspec_depth(jpath):
    dec = msgspec.json.Decoder(DepthLine, strict=False)

    def run():
        evs = dec.decode_lines(_read(jpath))
        out = []
        for side in ("b", "a"):
            parent, price, qty = [], [], []
            for i, e in enumerate(evs):
                lv = getattr(e.data, side)
                parent += [i] * len(lv)
                for p, q in lv:
                    price.append(p)
                    qty.append(q)
            out.append((parent, price, qty))
        return (_depth_tables([e.recv_ns for e in evs], [e.data.E for e in evs],
                              [e.data.U for e in evs], [e.data.u for e in evs],
                              [e.data.s for e in evs], *out[0]),
                _depth_tables([0], [0], [0], [0], ["x"], *out[1]))
    return run


# -- driver ----------------------------------------------------------------------------------

def rounds(contenders: dict, n_rounds: int) -> dict:
    times = {k: [] for k in contenders}
    for _ in range(n_rounds):
        for name, fn in contenders.items():
            t = time.thread_time_ns()
            fn()
            times[name].append((time.thread_time_ns() - t) / 1e9)
    return times


def report(title: str, times: dict, count: int, unit: str, sizes: dict, bases) -> None:
    print(f"\n{title}: {count:,} {unit}")
    print(f"{'contender':<16} {'min s':>8} {'median s':>9} {unit + '/s (min)':>16} "
          f"{'MB/s (min)':>11}  " + "  ".join(f"x {b} (min/med)" for b in bases))
    for name, ts in times.items():
        mn, md = min(ts), statistics.median(ts)
        cols = []
        for base in bases:
            ratios = [t / b for t, b in zip(ts, times[base])]   # paired per round
            cols.append(f"{min(ratios):7.2f} / {statistics.median(ratios):7.2f}")
        print(f"{name:<16} {mn:8.3f} {md:9.3f} {count / mn / 1e6:13.2f} M "
              f"{sizes[name] / mn / 1e6:11.0f}  " + "  ".join(f"{c:>22}" for c in cols))


def check_same(sbe_table, json_table) -> None:
    """The contenders agree (floats from the decimal strings equal the SBE floats)."""
    if pa is None:
        return
    for col in ("bidPrice", "askQty"):
        if col in json_table.column_names:
            a = np.ascontiguousarray(sbe_table[col])
            assert np.array_equal(a, json_table.column(col).to_numpy()), col


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--events", type=int, default=1_000_000)
    ap.add_argument("--depth-events", type=int, default=100_000)
    ap.add_argument("--levels", type=int, default=10)
    ap.add_argument("--rounds", type=int, default=5)
    a = ap.parse_args(argv)
    if orjson is None or msgspec is None:
        print("needs orjson and msgspec (and pyarrow for the Arrow tables)")
        return 2
    with tempfile.TemporaryDirectory() as tmp:
        os.makedirs(os.path.join(tmp, "bba"))
        os.makedirs(os.path.join(tmp, "depth"))
        t = time.time()
        cap, js = bba_data(a.events, os.path.join(tmp, "bba"))
        dcap, djs, nlev = depth_data(a.depth_events, a.levels, os.path.join(tmp, "depth"))
        print(f"data built in {time.time() - t:.1f} s; machine load {os.getloadavg()}")
        for label, (c, j, n, lev) in {"bestBidAsk": (cap, js, a.events, None),
                                      "depth diffs": (dcap, djs, a.depth_events, nlev)}.items():
            blocks = [(c, b) for b in CaptureReader(c).blocks()]
            payload = sum(len(b.payload) for _p, b in blocks)
            frames = sum(len(r.data) for r in CaptureReader(c))
            csize, jsize = os.path.getsize(c), os.path.getsize(j)
            print(f"\n{label}: capture {csize / n:.1f} B/event ({frames / n:.1f} B frame), "
                  f"JSON lines {jsize / n:.1f} B/event")
            if lev is None:
                cont = {"sbe decode": sbe_decode(blocks), "sbe read": sbe_read(c),
                        "orjson": orjson_bba(j), "msgspec": msgspec_bba(j)}
            else:
                cont = {"sbe decode": sbe_decode(blocks), "sbe read": sbe_read(c),
                        "orjson": orjson_depth(j), "msgspec": msgspec_depth(j)}
            if pa is not None:
                cont["sbe read+arrow"] = sbe_arrow(c)
            if lev is None:
                check_same(cont["sbe read"]()["BestBidAskStreamEvent"], cont["orjson"]())
                check_same(cont["sbe read"]()["BestBidAskStreamEvent"], cont["msgspec"]())
            times = rounds(cont, a.rounds)
            bases = ["sbe decode"] + (["sbe read+arrow"] if pa is not None else ["sbe read"])
            sizes = {k: (jsize if k in ("orjson", "msgspec") else
                         payload if k == "sbe decode" else csize) for k in cont}
            report(f"{label} (events; MB/s of each input: frames+record headers for decode)",
                   times, n, "events", sizes, bases)
            if lev is not None:
                report(f"{label} (levels)", times, lev, "levels", sizes, bases)
            print(f"frame bytes/s of sbe decode (min): "
                  f"{frames / min(times['sbe decode']) / 1e9:.2f} GB/s")
    return 0


if __name__ == "__main__":
    sys.exit(main())
