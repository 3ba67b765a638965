"""Capture -> Parquet throughput beside what a user would do otherwise.  Not a test.

    python bench/bench_parquet.py [--frames 200000] [--rounds 5] [--dask-files 4]

The market of bench_capture.py (bestBidAsk + depth diffs of 1-4 levels, BTCUSDT), as one
capture file and as the Binance JSON events (one JSON-lines file per stream, each line
``{"recv_ns":..,"conn":..,"data":{event}}``).  Contenders, each producing Parquet (zstd) of
the events with numbers as float64 and the depth levels as rows of a child table:

* ``sbe convert_file``: sbe.batch.read (generated C loops) + partition + pyarrow writer;
* ``dicts + pyarrow``: CaptureReader + ``sbe.stream.Decoder(decimals="float")`` per frame,
  rows collected as dicts, ``pyarrow.Table.from_pylist``, ``pq.write_table`` (what one writes
  without the batch decoder);
* ``JSON + polars``: ``polars.read_ndjson`` of the JSON lines, price/qty strings cast to
  float64, depth levels exploded into rows, ``write_parquet`` (the fastest JSON path).

Wall time and CPU time of the whole process (``time.process_time``: pyarrow and polars use
threads), contenders interleaved in rounds; min / median and the paired ratio per round.
``--dask-files N``: N capture files of ``--frames`` frames each converted by ``to_parquet``
(one process) beside
``to_parquet_dask`` on a LocalCluster of 2 worker processes (wall time).
"""

from __future__ import annotations

import argparse
import os
import shutil
import statistics
import sys
import tempfile
import time

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(HERE, ".."))
sys.path.insert(0, HERE)

import pyarrow as pa  # noqa: E402
import pyarrow.parquet as pq  # noqa: E402

from bench_capture import market  # noqa: E402
from sbe import stream  # noqa: E402
from sbe.batch.parquet import convert_file, to_parquet  # noqa: E402
from sbe.capture import FRAME, CaptureReader, CaptureWriter  # noqa: E402

T0 = 1_763_000_000_000_000_000


def write_inputs(tmp, frames, texts, n_files=1):
    caps = os.path.join(tmp, f"caps{n_files}")
    os.makedirs(caps)
    w = CaptureWriter(caps, ["btcusdt@bestBidAsk", "btcusdt@depth"], fsync="never")
    per = -(-len(frames) // n_files)
    for i, f in enumerate(frames):
        w.write_frame(f, T0 + i * 1000, 1)
        if (i + 1) % per == 0 and i + 1 < len(frames):
            w.flush()
            w._rotate()
    w.close()
    js = {}
    for i, t in enumerate(texts):
        kind = "bba" if t.startswith(b'{"e":"bestBidAsk"') else "depth"
        js.setdefault(kind, []).append(b'{"recv_ns":%d,"conn":1,"data":%s}' % (T0 + i * 1000, t))
    paths = {}
    for kind, lines in js.items():
        paths[kind] = os.path.join(tmp, f"{kind}.jsonl")
        with open(paths[kind], "wb") as fh:
            fh.write(b"\n".join(lines) + b"\n")
    return w.files, paths


def fresh(out):
    """A new output folder per call (deleting the last one is not part of the timing)."""
    n = [0]

    def next_dir():
        n[0] += 1
        d = f"{out}-{n[0]}"
        os.makedirs(d)
        return d
    return next_dir


def sbe_convert(path, out):
    new = fresh(out)

    def go():
        convert_file(path, new())
    return go


def dicts_pyarrow(path, out):
    dec = stream.Decoder(decimals="float", groups="list")
    new = fresh(out)

    def go():
        out = new()
        tables = {}
        rows = {}
        for r in CaptureReader(path):
            if r.kind != FRAME:
                continue
            ev = dec.decode(r.data)
            name = ev.pop("$message")
            row = rows[name] = rows.get(name, -1) + 1
            flat = {"recv_ns": r.recv_ns, "conn": r.conn, "row": row}
            for k, v in ev.items():
                if isinstance(v, list):
                    tables.setdefault(f"{name}.{k}", []).extend(
                        dict(e, parent=row) for e in v)
                else:
                    flat[k] = v
            tables.setdefault(name, []).append(flat)
        for name, rs in tables.items():
            pq.write_table(pa.Table.from_pylist(rs), os.path.join(out, name + ".parquet"),
                           compression="zstd")
    return go


def json_polars(paths, out):
    import polars as pl
    f64 = pl.Float64
    new = fresh(out)

    def go():
        out = new()
        b = pl.read_ndjson(paths["bba"]).unnest("data")
        b.select("recv_ns", "conn", "E", "u", "s", *[pl.col(c).cast(f64) for c in "bBaA"]
                 ).write_parquet(os.path.join(out, "bba.parquet"), compression="zstd")
        d = pl.read_ndjson(paths["depth"]).unnest("data").with_row_index("row")
        d.select("recv_ns", "conn", "row", "E", "U", "u", "s").write_parquet(
            os.path.join(out, "depth.parquet"), compression="zstd")
        for side in "ba":
            lv = d.select(pl.col("row").alias("parent"), side).explode(side).drop_nulls()
            lv.select("parent", pl.col(side).list.get(0).cast(f64).alias("price"),
                      pl.col(side).list.get(1).cast(f64).alias("qty")).write_parquet(
                os.path.join(out, f"depth.{side}.parquet"), compression="zstd")
    return go


def timed(fn):
    w, c = time.perf_counter(), time.process_time()
    fn()
    return time.perf_counter() - w, time.process_time() - c


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--frames", type=int, default=200_000)
    ap.add_argument("--rounds", type=int, default=5)
    ap.add_argument("--dask-files", type=int, default=4, help="0: skip the Dask run")
    args = ap.parse_args()
    n = args.frames
    frames, texts = market(n)
    tmp = tempfile.mkdtemp(prefix="bench-parquet-")
    try:
        (cap,), jpaths = write_inputs(tmp, frames, texts)
        cap_mb = os.path.getsize(cap) / 1e6
        json_mb = sum(os.path.getsize(p) for p in jpaths.values()) / 1e6
        print(f"{n} frames: capture {cap_mb:.1f} MB, JSON lines {json_mb:.1f} MB; {tmp}")
        contenders = [("sbe convert_file", sbe_convert(cap, os.path.join(tmp, "o1")), cap_mb),
                      ("dicts + pyarrow", dicts_pyarrow(cap, os.path.join(tmp, "o2")), cap_mb)]
        try:
            import polars  # noqa: F401
            contenders.append(("JSON + polars", json_polars(jpaths, os.path.join(tmp, "o3")),
                               json_mb))
        except ImportError:
            print("polars not installed: JSON + polars skipped")
        res = {name: [] for name, _f, _m in contenders}
        for _ in range(args.rounds):
            for name, fn, _mb in contenders:
                res[name].append(timed(fn))
        print(f"\n{'contender':<20}{'wall min/med s':>17}{'cpu min/med s':>17}"
              f"{'Mevents/s':>11}{'MB/s in':>9}")
        for name, _fn, mb in contenders:
            ws, cs = [t[0] for t in res[name]], [t[1] for t in res[name]]
            print(f"{name:<20}{min(ws):8.3f}/{statistics.median(ws):<8.3f}"
                  f"{min(cs):8.3f}/{statistics.median(cs):<8.3f}"
                  f"{n / min(ws) / 1e6:11.2f}{mb / min(ws):9.1f}")
        print("\npaired ratios (other / sbe convert_file per round), min / median:")
        for i, what in ((0, "wall"), (1, "cpu")):
            base = [t[i] for t in res["sbe convert_file"]]
            for name in res:
                if name != "sbe convert_file":
                    r = [t[i] / b for t, b in zip(res[name], base)]
                    print(f"  {what:<5}{name:<18} {min(r):6.2f}x / {statistics.median(r):6.2f}x")
        if args.dask_files:
            dask_run(tmp, frames * args.dask_files, texts * args.dask_files,
                     args.dask_files, max(2, args.rounds // 2))
    finally:
        shutil.rmtree(tmp, ignore_errors=True)


def dask_run(tmp, frames, texts, n_files, rounds):
    import distributed

    from sbe.batch._dask import to_parquet_dask
    files, _ = write_inputs(os.path.join(tmp, "dask"), frames, texts, n_files)
    mb = sum(map(os.path.getsize, files)) / 1e6
    with distributed.LocalCluster(n_workers=2, threads_per_worker=1, processes=True,
                                  dashboard_address=None) as cl, distributed.Client(cl) as c:
        c.wait_for_workers(2)
        c.run(lambda: __import__("sbe.batch.parquet") and __import__("pyarrow.parquet"))
        one, two = [], []
        for r in range(rounds):
            w = time.perf_counter()
            to_parquet(files, os.path.join(tmp, f"seq{r}"))
            one.append(time.perf_counter() - w)
            w = time.perf_counter()
            s = to_parquet_dask(files, os.path.join(tmp, f"dask{r}"), client=c)
            two.append(time.perf_counter() - w)
            assert len(s["converted"]) == n_files, s["failed"]
        w = time.perf_counter()
        s = to_parquet_dask(files, os.path.join(tmp, "dask0"), client=c)
        rerun = time.perf_counter() - w
    print(f"\n{n_files} files, {mb:.1f} MB: to_parquet (1 process) {min(one):.3f}/"
          f"{statistics.median(one):.3f} s, to_parquet_dask (2 workers) {min(two):.3f}/"
          f"{statistics.median(two):.3f} s wall (min/median), speed-up "
          f"{min(a / b for a, b in zip(one, two)):.2f}x / "
          f"{statistics.median(a / b for a, b in zip(one, two)):.2f}x; "
          f"rerun (all skipped) {rerun:.3f} s")


if __name__ == "__main__":
    main()
