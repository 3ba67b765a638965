"""Decode benchmark table: SBE dict / record / numpy beside orjson and msgspec.

Run: python bench/bench_decode.py [--rounds N] [--only bestBidAsk,trade,depth]

Cases (equivalent SBE and Binance JSON payloads from bench/data.py):
  bestBidAsk   stream BestBidAskStreamEvent (4 prices/quantities)
  trade        stream TradesStreamEvent with 1 fill (JSON: the <symbol>@trade event)
  depth100     REST DepthResponse, 100 bids + 100 asks

Contenders per case: SBE with a reused Decoder(decimals="float") as dict, record and
numpy (groups="numpy"), the module-level decode (record), orjson.loads (+ float() of the
decimal strings) and msgspec decoding into a Struct with float fields (strict=False turns
Binance's decimal strings into floats).

Method: the machine is shared and noisy, so contenders run interleaved in rounds; each
sample is the thread CPU time (time.thread_time_ns) of a batch, divided by the batch size.
Reported: min and median ns per decode, and the median of the per-round ratios to msgspec.
Timings are reported, never asserted (performance is not a test).
"""

from __future__ import annotations

import argparse
import gc
import os
import statistics
import sys
import time

import msgspec
import orjson

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))

import data  # noqa: E402

from sbe import spot, stream  # noqa: E402


class BookTicker(msgspec.Struct):
    e: str
    E: int
    u: int
    s: str
    b: float
    B: float
    a: float
    A: float


class Trade(msgspec.Struct):
    e: str
    E: int
    s: str
    t: int
    p: float
    q: float
    T: int
    m: bool
    M: bool


class Depth(msgspec.Struct):
    lastUpdateId: int
    bids: list[tuple[float, float]]
    asks: list[tuple[float, float]]


def _orjson_floats(keys):
    def parse(buf):
        d = orjson.loads(buf)
        for k in keys:
            d[k] = float(d[k])
        return d
    return parse


def _orjson_depth(buf):
    d = orjson.loads(buf)
    d["bids"] = [(float(p), float(q)) for p, q in d["bids"]]
    d["asks"] = [(float(p), float(q)) for p, q in d["asks"]]
    return d


def cases():
    bba, bba_js = data.best_bid_ask()
    trade, trade_js = data.trade(1)
    depth, depth_js = data.depth(100)
    out = {}
    for name, mod, sbe, js, struct, ojs in (
            ("bestBidAsk", stream, bba, bba_js, BookTicker, _orjson_floats("bBaA")),
            ("trade", stream, trade, trade_js, Trade, _orjson_floats("pq")),
            ("depth100", spot, depth, depth_js, Depth, _orjson_depth)):
        d_dict = mod.Decoder(decimals="float")
        d_rec = mod.Decoder(decimals="float", output="record")
        d_np = mod.Decoder(decimals="float", groups="numpy")
        ms = msgspec.json.Decoder(struct, strict=False)
        row = {
            "sbe dict": (d_dict.decode, sbe),
            "sbe record": (d_rec.decode, sbe),
            "sbe record (module decode)": (_ModuleRecordLoop(mod.decode), sbe),
            "sbe dict raw, reused Decoder": (mod.Decoder().decode, sbe),
            "sbe dict raw (module decode)": (mod.decode, sbe),
        }
        if name != "bestBidAsk":
            row["sbe numpy"] = (d_np.decode, sbe)
        row["orjson.loads + float()"] = (ojs, js)
        row["orjson.loads only"] = (orjson.loads, js)
        row["msgspec Struct(float)"] = (ms.decode, js)
        rec = d_rec.decode(sbe)
        assert rec.to_dict() == d_dict.decode(sbe)
        out[name] = row
    return out


class _ModuleRecordLoop:
    """``mod.decode(buf, decimals="float", output="record")`` called directly in the timing
    loop (keywords passed as a user writes them; a partial or lambda would add its own cost)."""

    def __init__(self, decode):
        self.decode = decode

    def loop(self, arg, n):
        decode = self.decode
        for _ in range(n):
            decode(arg, decimals="float", output="record")

    def __call__(self, arg):
        return self.decode(arg, decimals="float", output="record")


def _batch(fn, arg, n):
    if isinstance(fn, _ModuleRecordLoop):
        t0 = time.thread_time_ns()
        fn.loop(arg, n)
        return (time.thread_time_ns() - t0) / n
    t0 = time.thread_time_ns()
    for _ in range(n):
        fn(arg)
    return (time.thread_time_ns() - t0) / n


def measure(row, rounds, target_ns=20_000_000):
    sizes = {}
    for label, (fn, arg) in row.items():
        per = max(_batch(fn, arg, 200), 1.0)
        sizes[label] = max(200, int(target_ns / per))
    samples = {label: [] for label in row}
    gc.disable()
    try:
        for _ in range(rounds):
            for label, (fn, arg) in row.items():
                samples[label].append(_batch(fn, arg, sizes[label]))
    finally:
        gc.enable()
    return samples


def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--rounds", type=int, default=15)
    ap.add_argument("--only", default="")
    args = ap.parse_args(argv)
    only = set(filter(None, args.only.split(",")))
    print(f"python {sys.version.split()[0]}, msgspec {msgspec.__version__}, "
          f"orjson {orjson.__version__}; {args.rounds} interleaved rounds, thread CPU time")
    for name, row in cases().items():
        if only and name not in only:
            continue
        samples = measure(row, args.rounds)
        base = samples["msgspec Struct(float)"]
        rec = samples["sbe record"]
        print(f"\n{name}")
        print(f"  {'contender':30} {'min ns':>9} {'median ns':>10} {'msgspec/x':>10} "
              f"{'x/record':>9}")
        for label, vals in samples.items():
            ratio = statistics.median(b / v for b, v in zip(base, vals))
            vs_rec = statistics.median(v / r for v, r in zip(vals, rec))
            print(f"  {label:30} {min(vals):9.0f} {statistics.median(vals):10.0f} "
                  f"{ratio:10.2f} {vs_rec:9.2f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
