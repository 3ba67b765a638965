"""Cost of the JSON fallback's conversion to the SBE shape (plain script, not a test):

    python bench/bench_json_fallback.py [--rounds 7]

Same data (sbe.testing.MarketData) three ways, interleaved in rounds, on one body each:

* ``sbe decode``        ``spot.decode`` of the SBE answer (the normal path);
* ``orjson``            ``orjson.loads`` of Binance's JSON answer (what a user would pick;
                        prices stay strings, no schema names);
* ``json_shape``        ``sbe.binance.json_shape.from_json`` alone, on the parsed JSON (the
                        conversion step);
* ``orjson+json_shape`` ``orjson.loads`` + ``from_json`` (what the client returns when
                        Binance falls back to JSON: the SBE shape).

Counts thread CPU time (``time.thread_time_ns``); prints min/median, the ratio of the minima
to ``orjson`` and the median of the per-round ratios (paired: same round, same load).
"""

from __future__ import annotations

import argparse
import json
import statistics
import time

from sbe import spot
from sbe.binance import json_shape
from sbe.testing import MarketData

try:
    import orjson
    loads = orjson.loads
except ImportError:  # pragma: no cover
    loads = json.loads


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--rounds", type=int, default=7)
    args = ap.parse_args()
    md = MarketData()
    cases = [("depth 5000", md.depth_bytes("BTCUSDT", 5000), "numpy"),
             ("klines 500", spot.encode(md.klines("BTCUSDT", "1h", 500)), "numpy"),
             ("ticker24h 59", spot.encode(md.ticker_list("Ticker24hFullResponse")), "numpy"),
             ("exchangeInfo", spot.encode(md.exchange_info(None)), "list")]
    print(f"{'payload':<14}{'contender':<20}{'min ms':>10}{'median ms':>11}{'x orjson':>10}"
          f"{'paired x':>10}")
    for name, raw, groups in cases:
        msg = spot.decode(raw)["$message"]
        body = json.dumps(json_shape.to_json(raw)).encode()
        parsed = loads(body)
        runs = {
            "sbe decode": lambda: spot.decode(raw, decimals="float", groups=groups),
            "orjson": lambda: loads(body),
            "json_shape": lambda: json_shape.from_json(
                parsed, msg, decimals="float", groups=groups),
            "orjson+json_shape": lambda: json_shape.from_json(
                loads(body), msg, decimals="float", groups=groups),
        }
        times = {k: [] for k in runs}
        for _ in range(args.rounds):
            for k, fn in runs.items():
                t = time.thread_time_ns()
                fn()
                times[k].append(time.thread_time_ns() - t)
        base = min(times["orjson"])
        for k, v in times.items():
            paired = statistics.median(a / b for a, b in zip(v, times["orjson"]))
            print(f"{name:<14}{k:<20}{min(v) / 1e6:>10.3f}{statistics.median(v) / 1e6:>11.3f}"
                  f"{min(v) / base:>10.2f}{paired:>10.2f}")


if __name__ == "__main__":
    main()
