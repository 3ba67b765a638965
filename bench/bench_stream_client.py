"""Stream client benchmarks (pytest-benchmark); the end-to-end comparison against other
clients, with a sender process, is bench/bench_stream_transport.py.

    python -m pytest bench/bench_stream_client.py --benchmark-only

* events per second through :class:`sbe.ws.StreamClient` on loopback (local server pumping
  pre-encoded bestBidAsk / depth frames; the client decodes them into dicts / numpy levels);
* the per-event cost of the client's frame path (decode + route + queue) beside a JSON
  stream client's path (``orjson.loads`` / ``json.loads`` of the equivalent JSON event, plus
  the float conversion of its string prices, which SBE does not need).
"""

from __future__ import annotations

import asyncio
import json
import struct

import pytest

pytest.importorskip("websockets")
orjson = pytest.importorskip("orjson")

from sbe import stream  # noqa: E402
from sbe.testing.ws_stream import LocalStreamServer  # noqa: E402
from sbe.ws import AttemptLimiter, StreamClient  # noqa: E402

N = 5000

BBA = {"$message": "BestBidAskStreamEvent", "eventTime": 1_763_000_000_123_456,
       "bookUpdateId": 0, "priceExponent": -2, "qtyExponent": -8, "bidPrice": 9_712_345,
       "bidQty": 123_456_789, "askPrice": 9_712_346, "askQty": 98_765_432, "symbol": "BTCUSDT"}
BBA_JSON = orjson.dumps({"e": "bestBidAsk", "E": 1_763_000_000_123, "u": 71_234_567_890,
                         "s": "BTCUSDT", "b": "97123.45", "B": "1.23456789", "a": "97123.46",
                         "A": "0.98765432"})


def _depth(n_levels=20):
    return {"$message": "DepthDiffStreamEvent", "eventTime": 1_763_000_000_123_456,
            "firstBookUpdateId": 1, "lastBookUpdateId": 1, "priceExponent": -2,
            "qtyExponent": -8,
            "bids": [{"price": 9_700_000 - i, "qty": 10_000 + i} for i in range(n_levels)],
            "asks": [{"price": 9_700_001 + i, "qty": 10_000 + i} for i in range(n_levels)],
            "symbol": "BTCUSDT"}


DEPTH_JSON = orjson.dumps({"e": "depthUpdate", "E": 1_763_000_000_123, "s": "BTCUSDT",
                           "U": 1, "u": 1,
                           "b": [[f"{(9_700_000 - i) / 100:.2f}", f"{(10_000 + i) / 1e8:.8f}"]
                                 for i in range(20)],
                           "a": [[f"{(9_700_001 + i) / 100:.2f}", f"{(10_000 + i) / 1e8:.8f}"]
                                 for i in range(20)]})


def _frames(msg, field_off, n, start):
    base = bytearray(stream.encode(msg))
    out = []
    for i in range(n):
        b = bytearray(base)
        struct.pack_into("<q", b, field_off, start + i)
        if field_off == 24:                 # depth diff: first id too
            struct.pack_into("<q", b, 16, start + i)
        out.append(bytes(b))
    return out


def _bench_loopback(benchmark, name, frames_fn, raw=False):
    loop = asyncio.new_event_loop()
    try:
        async def setup():
            srv = await LocalStreamServer(["BTCUSDT"], interval=None).start()
            sc = await StreamClient([name], api_key="bench", base_url=srv.url, raw=raw,
                                    attempts=AttemptLimiter()).start()
            await asyncio.sleep(0.02)
            return srv, sc
        srv, sc = loop.run_until_complete(setup())
        state = {"start": 1}

        async def one_round():
            frames = frames_fn(N, state["start"])
            state["start"] += N
            pump = asyncio.create_task(srv.pump(frames, name))
            for _ in range(N):
                await sc.recv(5)
            await pump

        benchmark.pedantic(lambda: loop.run_until_complete(one_round()), rounds=5,
                           iterations=1, warmup_rounds=1)
        benchmark.extra_info["events_per_round"] = N
        benchmark.extra_info["events_per_second"] = N / benchmark.stats.stats.mean
        loop.run_until_complete(sc.close())
        loop.run_until_complete(srv.stop())
    finally:
        loop.close()


def test_loopback_best_bid_ask(benchmark):
    _bench_loopback(benchmark, "btcusdt@bestBidAsk", lambda n, s: _frames(BBA, 16, n, s))


def test_loopback_best_bid_ask_raw(benchmark):
    _bench_loopback(benchmark, "btcusdt@bestBidAsk", lambda n, s: _frames(BBA, 16, n, s), raw=True)


def test_loopback_depth20_levels(benchmark):
    _bench_loopback(benchmark, "btcusdt@depth", lambda n, s: _frames(_depth(), 24, n, s))


# ----------------------------------------------------------------- per-event cost
def _client_frame_path():
    """The client's per-frame work without sockets: decode, route, dedup check, queue."""
    from sbe.ws.streams import _Conn
    sc = StreamClient(["btcusdt@bestBidAsk"], api_key="bench")
    conn = _Conn(sc, ["btcusdt@bestBidAsk"])
    f = _frames(BBA, 16, 1, 1)[0]
    conn.on_binary(f, 0)
    sc._q.popleft()
    st = sc._keys[("BestBidAskStreamEvent", "BTCUSDT")]

    def step():
        st.last = None          # the same frame again is not a duplicate
        conn.on_binary(f, 0)
        sc._q.popleft()
    return step


def _bump(f, n):
    b = bytearray(f)
    struct.pack_into("<q", b, 16, struct.unpack_from("<q", b, 16)[0] + n)
    return bytes(b)


@pytest.mark.benchmark(group="per-event bestBidAsk")
def test_cost_sbe_client_path(benchmark):
    benchmark(_client_frame_path())


@pytest.mark.benchmark(group="per-event bestBidAsk")
def test_cost_sbe_decode_only(benchmark):
    dec = stream.Decoder(decimals="float").decode
    f = stream.encode(dict(BBA, bookUpdateId=5))
    benchmark(dec, f)


@pytest.mark.benchmark(group="per-event bestBidAsk")
def test_cost_json_orjson(benchmark):
    def parse():
        d = orjson.loads(BBA_JSON)
        d["b"], d["B"], d["a"], d["A"] = float(d["b"]), float(d["B"]), float(d["a"]), float(d["A"])
        return d
    benchmark(parse)


@pytest.mark.benchmark(group="per-event bestBidAsk")
def test_cost_json_stdlib(benchmark):
    def parse():
        d = json.loads(BBA_JSON)
        d["b"], d["B"], d["a"], d["A"] = float(d["b"]), float(d["B"]), float(d["a"]), float(d["A"])
        return d
    benchmark(parse)


@pytest.mark.benchmark(group="per-event depth 20+20")
def test_cost_depth_sbe_numpy(benchmark):
    dec = stream.Decoder(decimals="float", groups="numpy").decode
    f = stream.encode(_depth())
    benchmark(dec, f)


@pytest.mark.benchmark(group="per-event depth 20+20")
def test_cost_depth_orjson(benchmark):
    def parse():
        d = orjson.loads(DEPTH_JSON)
        d["b"] = [(float(p), float(q)) for p, q in d["b"]]
        d["a"] = [(float(p), float(q)) for p, q in d["a"]]
        return d
    benchmark(parse)
