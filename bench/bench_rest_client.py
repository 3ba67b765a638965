"""REST client cost per call over loopback (plain script, not a test):

    python bench/bench_rest_client.py [--rounds 15] [--calls 40]

Contenders, interleaved in rounds against one local server (sbe.testing.LocalBinance):

* ``sbe.client``   ``Client.depth(limit=5000)`` / ``exchange_info()``: SBE, bounded streamed
                   body, deadline, decode to numpy/dicts;
* ``httpx+sbe``    ``httpx.Client.get`` of the same SBE body + ``sbe.spot`` decode (no
                   client policies: the floor for this transport);
* ``httpx+orjson`` ``httpx.Client.get`` of the JSON answer + ``orjson.loads`` (what a user
                   would pick instead; prices stay strings).

Counts the calling thread's CPU time (``time.thread_time_ns``; the server runs in other
threads) and wall time; prints min/median per call and the paired ratio to sbe.client.
"""

from __future__ import annotations

import argparse
import statistics
import time

import httpx

from sbe import spot
from sbe.client import Client
from sbe.testing import LocalBinance


def _case(srv, path, params, groups):
    c = Client(base_url=srv.url, decimals="float", groups=groups)
    h = httpx.Client()
    url = srv.url + path
    sbe_hdr = {"Accept": "application/sbe", "X-MBX-SBE": f"{spot.SCHEMA_ID}:{spot.SCHEMA_VERSION}"}
    dec = spot.Decoder(decimals="float", groups=groups)
    try:
        import orjson
        loads = orjson.loads
    except ImportError:  # pragma: no cover
        import json
        loads = json.loads

    def via_client():
        return c.request("GET", path, params, groups=groups)

    def via_httpx_sbe():
        return dec.decode(h.get(url, params=params, headers=sbe_hdr).content)

    def via_httpx_orjson():
        return loads(h.get(url, params=params, headers={"Accept": "application/json"}).content)

    return c, h, {"sbe.client": via_client, "httpx+sbe": via_httpx_sbe,
                  "httpx+orjson": via_httpx_orjson}


def run(rounds: int, calls: int) -> None:
    with LocalBinance(weight_limit=10 ** 9) as srv:
        for label, path, params, groups in [
                ("depth 5000", "/api/v3/depth", {"symbol": "BTCUSDT", "limit": 5000}, "numpy"),
                ("exchangeInfo", "/api/v3/exchangeInfo", None, "list"),
                ("ping", "/api/v3/ping", None, "list")]:
            c, h, fns = _case(srv, path, params, groups)
            for fn in fns.values():  # warm up connections and caches
                for _ in range(3):
                    fn()
            cpu = {k: [] for k in fns}
            wall = {k: [] for k in fns}
            for _ in range(rounds):
                for k, fn in fns.items():
                    t0, w0 = time.thread_time_ns(), time.perf_counter_ns()
                    for _ in range(calls):
                        fn()
                    cpu[k].append((time.thread_time_ns() - t0) / calls / 1e3)
                    wall[k].append((time.perf_counter_ns() - w0) / calls / 1e3)
            print(f"\n{label}: per call, µs (CPU of the calling thread | wall), "
                  f"{rounds} rounds x {calls} calls")
            base = cpu["sbe.client"]
            for k in fns:
                ratio = statistics.median(a / b for a, b in zip(cpu[k], base))
                print(f"  {k:<13} cpu min {min(cpu[k]):8.1f} med {statistics.median(cpu[k]):8.1f}"
                      f" | wall min {min(wall[k]):8.1f} med {statistics.median(wall[k]):8.1f}"
                      f" | cpu ratio to sbe.client {ratio:5.2f}")
            c.close()
            h.close()


if __name__ == "__main__":
    ap = argparse.ArgumentParser()
    ap.add_argument("--rounds", type=int, default=15)
    ap.add_argument("--calls", type=int, default=40)
    a = ap.parse_args()
    run(a.rounds, a.calls)
