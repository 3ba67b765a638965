"""Order book benchmark: depth diffs applied per second, decode included, beside the book a
user would build from Binance's JSON stream (orjson + ``sortedcontainers.SortedDict``), and
the cost of ``best_bid()``/``top(10)``.

    python bench/bench_orderbook.py [--diffs 10000] [--rounds 5] [--baseline REV|PATH]

Contenders, all fed the same diffs (1-20 levels each, most near the top of a 2x2000-level
book, 30 % removals) and timed on the thread's CPU clock (time.thread_time_ns), interleaved
in rounds (the order rotates every round) on a fresh book loaded from the same snapshot:

- ``sbe frame``: ``OrderBook.apply_frame(bytes)`` - SBE decode and apply in one pass;
- ``sbe live``: the same through ``LiveOrderBook``'s frame callback (state checks, stats);
- ``orjson+SortedDict``: ``orjson.loads`` of the equivalent Binance JSON diff, then
  ``float()`` keys/values into two SortedDicts (bids keyed by -price), with the U/u checks;
- ``baseline``: the previous ``sbe.orderbook`` (``git show REV:sbe/orderbook.py``, default
  the commit before the Cython core), fed by ``sbe.stream.Decoder(groups="numpy")``.

Prints min/median diffs/s per contender and the paired ratios (same round), per diff size
bucket.  Not a test: nothing is asserted.
"""

from __future__ import annotations

import argparse
import asyncio
import importlib.util
import os
import random
import statistics
import struct
import subprocess
import sys
import tempfile
import time

import orjson
from sortedcontainers import SortedDict

from sbe import stream
from sbe.orderbook import LiveOrderBook, OrderBook

BASELINE_REV = "9133137"          # last commit with the numpy-insert order book
PE, QE = -2, -8
MID = 9_712_345
SYMBOL = "BTCUSDT"


# ----------------------------------------------------------------------------- data
def sbe_frame(first, last, bids, asks):
    """A DepthDiffStreamEvent 1:0 frame (checked against sbe.stream.encode in main())."""
    out = [struct.pack("<HHHHqqqbb", 26, 10003, 1, 0, 1_763_000_000_000_000, first, last,
                       PE, QE)]
    for levels in (bids, asks):
        out.append(struct.pack("<HH", 16, len(levels)))
        out.extend(struct.pack("<qq", p, q) for p, q in levels)
    return b"".join(out) + bytes([len(SYMBOL)]) + SYMBOL.encode()


def dec(m, e):
    """Mantissa -> Binance's decimal string (fixed number of decimals)."""
    s = str(abs(m)).rjust(-e + 1, "0")
    return ("-" if m < 0 else "") + s[:e] + "." + s[e:]


def json_diff(first, last, bids, asks):
    return orjson.dumps({"e": "depthUpdate", "E": 1_763_000_000_000, "s": SYMBOL,
                         "U": first, "u": last,
                         "b": [[dec(p, PE), dec(q, QE)] for p, q in bids],
                         "a": [[dec(p, PE), dec(q, QE)] for p, q in asks]})


def make_data(n_diffs, sizes, seed=1):
    """(snapshot levels, [(sbe frame, json bytes)]) for diffs whose level count is drawn
    from ``sizes``."""
    rng = random.Random(seed)
    bids = {MID - i: rng.randrange(1, 10**9) for i in range(1, 2001)}
    asks = {MID + i: rng.randrange(1, 10**9) for i in range(1, 2001)}
    snap = (sorted(bids.items(), reverse=True), sorted(asks.items()))
    out = []
    uid = 1000
    for _ in range(n_diffs):
        k = rng.choice(sizes)
        cb, ca = {}, {}
        for _ in range(k):
            depth = rng.randint(1, 20) if rng.random() < 0.7 else rng.randint(21, 1000)
            side, ch, p = ((bids, cb, MID - depth) if rng.random() < 0.5
                           else (asks, ca, MID + depth))
            q = 0 if (rng.random() < 0.3 and p in side) else rng.randrange(1, 10**9)
            ch[p] = q
            if q:
                side[p] = q
            else:
                side.pop(p, None)
        b = sorted(cb.items(), reverse=True)
        a = sorted(ca.items())
        first, uid = uid + 1, uid + len(b) + len(a)
        out.append((sbe_frame(first, uid, b, a), json_diff(first, uid, b, a)))
    return snap, out


def snapshot_dict(snap):
    return {"lastUpdateId": 1000, "priceExponent": PE, "qtyExponent": QE,
            "bids": [{"price": p, "qty": q} for p, q in snap[0]],
            "asks": [{"price": p, "qty": q} for p, q in snap[1]]}


# ----------------------------------------------------------------------------- contenders
class JsonBook:
    """What a user builds from the JSON stream: orjson + two SortedDicts of floats."""

    def __init__(self, snap):
        self.bids = SortedDict({-float(dec(p, PE)): float(dec(q, QE)) for p, q in snap[0]})
        self.asks = SortedDict({float(dec(p, PE)): float(dec(q, QE)) for p, q in snap[1]})
        self.lid = 1000

    def apply(self, raw):
        m = orjson.loads(raw)
        if m["u"] <= self.lid:
            return False
        if m["U"] > self.lid + 1:
            raise ValueError("gap")
        bids, asks = self.bids, self.asks
        for p, q in m["b"]:
            q = float(q)
            if q:
                bids[-float(p)] = q
            else:
                bids.pop(-float(p), None)
        for p, q in m["a"]:
            q = float(q)
            if q:
                asks[float(p)] = q
            else:
                asks.pop(float(p), None)
        self.lid = m["u"]
        return True

    def best_bid(self):
        p, q = self.bids.peekitem(0)
        return -p, q

    def top(self, n=10):
        return ([(-p, q) for p, q in self.bids.items()[:n]], list(self.asks.items()[:n]))


def load_baseline(spec):
    """The previous sbe.orderbook module, from a git revision or a file path."""
    if spec and os.path.isfile(spec):
        path = spec
    else:
        root = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
        try:
            src = subprocess.run(["git", "show", f"{spec or BASELINE_REV}:sbe/orderbook.py"],
                                 cwd=root, capture_output=True, check=True).stdout
        except (OSError, subprocess.CalledProcessError):
            return None
        fd, path = tempfile.mkstemp(suffix="_orderbook_baseline.py")
        os.write(fd, src)
        os.close(fd)
    spec_ = importlib.util.spec_from_file_location("orderbook_baseline", path)
    mod = importlib.util.module_from_spec(spec_)
    spec_.loader.exec_module(mod)
    return mod


def contenders(snap, baseline):
    sd = snapshot_dict(snap)

    def sbe_frame_run(diffs):
        book = OrderBook(SYMBOL)
        book.load_snapshot(sd)
        apply = book.apply_frame
        t = time.thread_time_ns()
        for f, _ in diffs:
            apply(f)
        return time.thread_time_ns() - t, book

    def sbe_live_run(diffs):
        from sbe.ws.streams import Frame
        lob = LiveOrderBook([SYMBOL], api_key="bench", stale_after=None)
        st = lob._sym[SYMBOL]
        st.book.load_snapshot(sd)
        st.state = "live"
        on_frame = lob._on_frame
        frames = [Frame(f, 0, st.stream) for f, _ in diffs]
        t = time.thread_time_ns()
        for fr in frames:
            on_frame(fr)
        dt = time.thread_time_ns() - t
        return dt, st.book

    def json_run(diffs):
        book = JsonBook(snap)
        apply = book.apply
        t = time.thread_time_ns()
        for _, j in diffs:
            apply(j)
        return time.thread_time_ns() - t, book

    out = {"sbe frame": sbe_frame_run, "sbe live": sbe_live_run, "orjson+SortedDict": json_run}
    if baseline is not None:
        decode = stream.Decoder(decimals="raw", groups="numpy").decode

        def baseline_run(diffs):
            book = baseline.OrderBook(SYMBOL)
            book.load_snapshot(sd)
            apply = book.apply_diff
            t = time.thread_time_ns()
            for f, _ in diffs:
                apply(decode(f))
            return time.thread_time_ns() - t, book

        out["baseline (decode+numpy insert)"] = baseline_run
    return out


def check_same(snap, diffs):
    """The contenders build the same book (not the baseline: it leaves a side unsorted
    when one diff adds several levels in one gap)."""
    runs = contenders(snap, None)
    _, b1 = runs["sbe frame"](diffs)
    _, b2 = runs["sbe live"](diffs)
    _, bj = runs["orjson+SortedDict"](diffs)
    assert b1.arrays("raw")[0].tolist() == b2.arrays("raw")[0].tolist()
    bb, ba = b1.top(10, "float")
    jb, ja = bj.top(10)
    assert [tuple(x) for x in bb.tolist()] == jb and [tuple(x) for x in ba.tolist()] == ja


def rounds(snap, diffs, runs, n_rounds):
    names = list(runs)
    times = {k: [] for k in names}
    for r in range(n_rounds):
        order = names[r % len(names):] + names[:r % len(names)]
        for k in order:
            dt, _ = runs[k](diffs)
            times[k].append(dt)
    return times


def per_call(fn, n=20000, reps=7):
    best = []
    for _ in range(reps):
        t = time.thread_time_ns()
        for _ in range(n):
            fn()
        best.append((time.thread_time_ns() - t) / n)
    return min(best), statistics.median(best)


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--diffs", type=int, default=10000)
    ap.add_argument("--rounds", type=int, default=5)
    ap.add_argument("--baseline", default=BASELINE_REV,
                    help="git revision or file of the previous sbe/orderbook.py ('' to skip)")
    args = ap.parse_args()
    assert sbe_frame(11, 12, [(99, 5)], [(101, 1)]) == stream.encode(
        {"$message": "DepthDiffStreamEvent", "eventTime": 1_763_000_000_000_000,
         "firstBookUpdateId": 11, "lastBookUpdateId": 12, "priceExponent": PE,
         "qtyExponent": QE, "bids": [{"price": 99, "qty": 5}],
         "asks": [{"price": 101, "qty": 1}], "symbol": SYMBOL})
    baseline = load_baseline(args.baseline) if args.baseline else None
    print(f"python {sys.version.split()[0]}, {args.diffs} diffs per round, {args.rounds} rounds,"
          f" thread CPU time; baseline: {'git ' + args.baseline if baseline else 'none'}")
    asyncio.set_event_loop(asyncio.new_event_loop())     # LiveOrderBook makes asyncio.Events
    buckets = [("1-20 levels", list(range(1, 21))), ("1 level", [1]), ("5 levels", [5]),
               ("10 levels", [10]), ("20 levels", [20])]
    for label, sizes in buckets:
        snap, diffs = make_data(args.diffs, sizes)
        check_same(snap, diffs)
        runs = contenders(snap, baseline)
        times = rounds(snap, diffs, runs, args.rounds)
        print(f"\n{label}: diffs/s (min / median over rounds)")
        rate = {k: [args.diffs / (t / 1e9) for t in v] for k, v in times.items()}
        for k, v in rate.items():
            print(f"  {k:32s} {min(v):>12,.0f} / {statistics.median(v):>12,.0f}")
        ref = "orjson+SortedDict"
        for k in rate:
            if k == ref:
                continue
            ratios = [a / b for a, b in zip(rate[k], rate[ref])]
            print(f"  {k} / {ref}: x{min(ratios):.1f} min, x{statistics.median(ratios):.1f} "
                  f"median (paired per round)")
        if baseline is not None:
            k = "baseline (decode+numpy insert)"
            ratios = [a / b for a, b in zip(rate["sbe frame"], rate[k])]
            print(f"  sbe frame / baseline: x{min(ratios):.1f} min, "
                  f"x{statistics.median(ratios):.1f} median")

    # reading the book: a 2000-level book after the 1-20 level replay
    snap, diffs = make_data(2000, list(range(1, 21)))
    runs = contenders(snap, baseline)
    _, book = runs["sbe frame"](diffs)
    _, jbook = runs["orjson+SortedDict"](diffs)
    print("\nreading (ns per call, min / median of 7 x 20000 calls)")
    cases = [("sbe best_bid()", book.best_bid), ("sbe top(10)", lambda: book.top(10)),
             ("sbe top(10, 'raw')", lambda: book.top(10, "raw")),
             ("SortedDict best bid", jbook.best_bid), ("SortedDict top(10)", jbook.top)]
    if baseline is not None:
        old_snap, old_diffs = make_data(2000, [1])
        old = baseline.OrderBook(SYMBOL)
        old.load_snapshot(snapshot_dict(old_snap))
        d = stream.Decoder(decimals="raw", groups="numpy").decode
        for f, _ in old_diffs:
            old.apply_diff(d(f))
        cases += [("baseline best_bid()", old.best_bid),
                  ("baseline top(10)", lambda: old.top(10)),
                  ("baseline top(10, 'raw')", lambda: old.top(10, "raw"))]
    for name, fn in cases:
        lo, med = per_call(fn)
        print(f"  {name:28s} {lo:>8.0f} / {med:>8.0f}")


if __name__ == "__main__":
    main()
