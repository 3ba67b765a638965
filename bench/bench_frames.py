"""Klines to a pandas DataFrame: SBE body -> ``sbe.to_pandas`` beside the JSON route a user
would take instead (``orjson.loads`` of Binance's kline JSON -> ``pd.DataFrame`` ->
``astype(float)`` of the string columns -> ``pd.to_datetime(unit="ms")``).  Not a test.

    python bench/bench_frames.py [--rows 1000] [--rounds 15]

Both end with the same columns: 2 datetime columns, 9 float64 decimal columns (the JSON
route parses decimal strings, which is exact too), numTrades int64. SBE side = decode
(``groups="numpy"``, raw mantissas) + ``to_pandas``. CPU time of this thread
(``time.thread_time_ns``), contenders interleaved in rounds; min / median and the paired
ratio (JSON / SBE) per round.
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import time

import orjson
import pandas as pd

sys.path.insert(0, os.path.join(os.path.dirname(__file__), ".."))

import sbe  # noqa: E402
from sbe import spot  # noqa: E402
from sbe.testing import MarketData  # noqa: E402
from sbe.testing.data import encode, to_json  # noqa: E402

COLS = ["openTime", "openPrice", "highPrice", "lowPrice", "closePrice", "volume", "closeTime",
        "quoteVolume", "numTrades", "takerBuyBaseVolume", "takerBuyQuoteVolume", "ignore"]


def sbe_route(body: bytes):
    return sbe.to_pandas(spot.decode(body, groups="numpy"), "klines")


def json_route(text: bytes):
    df = pd.DataFrame(orjson.loads(text), columns=COLS).drop(columns="ignore")
    for c in COLS[1:6] + COLS[7:8] + COLS[9:11]:
        df[c] = df[c].astype(float)
    df["openTime"] = pd.to_datetime(df["openTime"], unit="ms")
    df["closeTime"] = pd.to_datetime(df["closeTime"], unit="ms")
    return df


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--rows", type=int, default=1000)
    ap.add_argument("--rounds", type=int, default=15)
    a = ap.parse_args()
    body = encode(MarketData().klines("BTCUSDT", "1m", a.rows))
    text = orjson.dumps(to_json(body))
    x, y = sbe_route(body), json_route(text)
    assert list(x["openPrice"]) == list(y["openPrice"]), "routes disagree"
    inner = max(1, 20000 // a.rows)
    times = {"sbe": [], "json": []}
    for _ in range(a.rounds):
        for name, fn, arg in (("sbe", sbe_route, body), ("json", json_route, text)):
            t0 = time.thread_time_ns()
            for _ in range(inner):
                fn(arg)
            times[name].append((time.thread_time_ns() - t0) / inner / 1e3)
    ratios = [j / s for s, j in zip(times["sbe"], times["json"])]
    print(f"{a.rows} klines -> DataFrame, µs per call (thread CPU), {a.rounds} rounds")
    for name in ("sbe", "json"):
        print(f"  {name:5s} min {min(times[name]):9.1f}  median "
              f"{statistics.median(times[name]):9.1f}")
    print(f"  json/sbe paired ratio: min {min(ratios):.2f}  median "
          f"{statistics.median(ratios):.2f}")


if __name__ == "__main__":
    main()
