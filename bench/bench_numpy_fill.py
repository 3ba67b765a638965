"""numpy groups with decimals="float" (C fill loops) and the exchangeInfo fast shape.

Run:  python bench/bench_numpy_fill.py [--rounds 15] [--baseline PATH]

Each case sits beside orjson on the equivalent Binance JSON (plus the numpy conversion a user
would write). Contenders run interleaved in rounds; each sample is the thread CPU time
(time.thread_time_ns) of a batch of calls divided by the batch size; min and median per call
are reported, and paired ratios per round (median of the per-round ratios).

--baseline PATH: also measure the same SBE cases with another checkout's built package
(e.g. a worktree of the commit before the C fill loops) in a subprocess, alternating
processes with the current tree, so "before" and "after" share the machine's noise.
Not part of the test suite: timings are reported, never asserted.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import time

HERE = os.path.dirname(os.path.abspath(__file__))


# -- payloads ---------------------------------------------------------------------------

def _fmt(mantissa: int, exponent: int) -> str:
    from decimal import Decimal
    return format(Decimal(mantissa).scaleb(exponent), "f")


def trade_event(fills: int = 1):
    """TradesStreamEvent with ``fills`` trades, and the Binance trade-stream JSON."""
    import orjson
    from sbe import stream
    trades = [{"id": 4_000_000_000 + i, "price": 9_712_345 + i, "qty": 1_234_567 + i,
               "isBuyerMaker": bool(i % 2)} for i in range(fills)]
    ev = {"$message": "TradesStreamEvent", "eventTime": 1_763_000_000_123_456,
          "transactTime": 1_763_000_000_123_400, "priceExponent": -2, "qtyExponent": -8,
          "trades": trades, "symbol": "BTCUSDT"}
    t = trades[0]
    js = {"e": "trade", "E": 1_763_000_000_123, "s": "BTCUSDT", "t": t["id"],
          "p": _fmt(t["price"], -2), "q": _fmt(t["qty"], -8), "T": 1_763_000_000_123,
          "m": t["isBuyerMaker"], "M": True}
    return stream.encode(ev), orjson.dumps(js)


def klines(n: int = 1000, seed: int = 3):
    import random
    import orjson
    from sbe import spot
    rnd = random.Random(seed)
    rows, js_rows = [], []
    for i in range(n):
        o = 9_700_000 + rnd.randrange(-5000, 5000)
        h, lo, c = o + rnd.randrange(0, 500), o - rnd.randrange(0, 500), o + rnd.randrange(-300, 300)
        v, qv = rnd.randrange(1, 10**12), rnd.randrange(1, 10**14)
        tb, tq = v // 2, qv // 2
        t0 = 1_763_000_000_000 + i * 60_000
        rows.append({"openTime": t0, "openPrice": o, "highPrice": h, "lowPrice": lo,
                     "closePrice": c, "volume": v, "closeTime": t0 + 59_999,
                     "quoteVolume": qv, "numTrades": rnd.randrange(1, 10**5),
                     "takerBuyBaseVolume": tb, "takerBuyQuoteVolume": tq})
        js_rows.append([t0, _fmt(o, -2), _fmt(h, -2), _fmt(lo, -2), _fmt(c, -2), _fmt(v, -8),
                        t0 + 59_999, _fmt(qv, -8), rows[-1]["numTrades"], _fmt(tb, -8),
                        _fmt(tq, -8), "0"])
    msg = {"$message": "KlinesResponse", "priceExponent": -2, "qtyExponent": -8, "klines": rows}
    return spot.encode(msg), orjson.dumps(js_rows)


# -- contenders ---------------------------------------------------------------------------

def sbe_cases() -> dict:
    """name -> zero-argument callable, for the cases that exist in both trees."""
    sys.path.insert(0, HERE)
    import data
    from sbe import spot, stream
    tr, _ = trade_event(1)
    d100, _ = data.depth(100)
    d5000, _ = data.depth(5000)
    kl, _ = klines(1000)
    ex, _ = data.exchange_info(2000)
    snf = stream.Decoder(groups="numpy", decimals="float")
    pnf = spot.Decoder(groups="numpy", decimals="float")
    slf = stream.Decoder(decimals="float")
    pdict = spot.Decoder()
    cases = {
        "trade 1 fill: numpy+float": lambda: snf.decode(tr),
        "trade 1 fill: list+float": lambda: slf.decode(tr),
        "depth 100: numpy+float": lambda: pnf.decode(d100),
        "depth 5000: numpy+float": lambda: pnf.decode(d5000),
        "klines 1000: numpy+float": lambda: pnf.decode(kl),
        "exchangeInfo 2000: dict": lambda: pdict.decode(ex),
    }
    try:
        fast = spot.Decoder(groups="flat")
    except ValueError:  # before groups="flat"
        fast = None
    if fast is not None:
        cases["exchangeInfo 2000: groups='flat'"] = lambda: fast.decode(ex)
    return cases


def json_cases() -> dict:
    sys.path.insert(0, HERE)
    import numpy as np
    import orjson
    import data
    _, tr = trade_event(1)
    _, d100 = data.depth(100)
    _, d5000 = data.depth(5000)
    _, kl = klines(1000)
    _, ex = data.exchange_info(2000)

    def trade(buf):
        d = orjson.loads(buf)
        return d, np.array([(float(d["p"]), float(d["q"]))])

    def depth(buf):
        d = orjson.loads(buf)
        return np.array(d["bids"], dtype=np.float64), np.array(d["asks"], dtype=np.float64)

    def kline(buf):
        return np.array(orjson.loads(buf), dtype=np.float64)

    return {
        "trade 1 fill: orjson+numpy": lambda: trade(tr),
        "depth 100: orjson+numpy": lambda: depth(d100),
        "depth 5000: orjson+numpy": lambda: depth(d5000),
        "klines 1000: orjson+numpy": lambda: kline(kl),
        "exchangeInfo 2000: orjson.loads": lambda: orjson.loads(ex),
    }


def _batch(fn) -> int:
    """Calls per sample: about 2 ms of work (timed after warm-up calls: a first call that
    imports or allocates would make the batch tiny and every sample cache-cold)."""
    for _ in range(3):
        fn()
    t = time.perf_counter()
    for _ in range(5):
        fn()
    dt = max((time.perf_counter() - t) / 5, 1e-7)
    return max(1, min(20000, int(0.002 / dt)))


def measure(cases: dict, rounds: int, warmup: int = 3) -> dict:
    """{name: [ns per call, one per round]}, contenders interleaved within each round; the
    first ``warmup`` rounds are discarded."""
    sizes = {k: _batch(f) for k, f in cases.items()}
    out = {k: [] for k in cases}
    for r in range(rounds + warmup):
        if r == warmup:
            out = {k: [] for k in cases}
        for k, f in cases.items():
            n = sizes[k]
            t0 = time.thread_time_ns()
            for _ in range(n):
                f()
            out[k].append((time.thread_time_ns() - t0) / n)
    return out


def _worker(which: str, rounds: int) -> None:
    cases = sbe_cases() if which == "sbe" else {**sbe_cases(), **json_cases()}
    print(json.dumps(measure(cases, rounds)))


def _run(python: str, tree: str, which: str, rounds: int) -> dict:
    env = dict(os.environ, PYTHONPATH=tree)
    res = subprocess.run([python, os.path.abspath(__file__), "--worker", which,
                          "--rounds", str(rounds)], cwd=tree, env=env, check=True,
                         capture_output=True, text=True)
    return json.loads(res.stdout.strip().splitlines()[-1])


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--rounds", type=int, default=15)
    ap.add_argument("--procs", type=int, default=3, help="alternating processes per tree")
    ap.add_argument("--baseline", help="checkout whose built sbe is the 'before'")
    ap.add_argument("--worker", choices=["sbe", "all"])
    a = ap.parse_args()
    if a.worker:
        _worker(a.worker, a.rounds)
        return
    tree = os.path.dirname(HERE)
    samples: dict = {}
    per = max(1, a.rounds // a.procs)
    for _ in range(a.procs):
        runs = [("", _run(sys.executable, tree, "all", per))]
        if a.baseline:
            runs.append(("before: ", _run(sys.executable, a.baseline, "sbe", per)))
        for prefix, res in runs:
            for k, v in res.items():
                samples.setdefault(prefix + k, []).extend(v)
    width = max(len(k) for k in samples)
    print(f"{'case':<{width}}  {'min':>10}  {'median':>10}   (per call, thread CPU time)")
    for k in sorted(samples, key=lambda k: (k.split(":")[0].removeprefix("before"), k)):
        v = samples[k]
        print(f"{k:<{width}}  {_t(min(v)):>10}  {_t(statistics.median(v)):>10}")
    print("\npaired ratios (median of per-round ratios, > 1 means the first is faster):")
    names = list(samples)
    for i, k in enumerate(names):
        if ": orjson" in k or k.startswith("before: ") or "list" in k:
            continue
        case = k.split(":")[0]
        for other in names[i + 1:] + [n for n in names[:i] if n.startswith("before: ")]:
            if other.removeprefix("before: ").split(":")[0] != case or "list" in other:
                continue
            if other.startswith("before: ") and other.removeprefix("before: ") != k:
                continue
            a_, b_ = samples[k], samples[other]
            r = statistics.median(b / x for x, b in zip(a_, b_))
            print(f"  {k}  vs  {other}: {r:.2f}x")


def _t(ns: float) -> str:
    return f"{ns / 1000:.2f} us" if ns >= 1000 else f"{ns:.0f} ns"


if __name__ == "__main__":
    main()
