"""``python -m sbe stream`` and the stream part of ``python -m sbe demo``.

    python -m sbe stream btcusdt@bestBidAsk btcusdt@depth [--base-url testnet] [--key-file k.json]
    python -m sbe stream btcusdt@trade --local          # against an in-process local server

Used by :mod:`sbe.__main__` (which imports this module only when the ``stream`` or ``demo``
command runs; this module never imports the CLI): :func:`setup_stream` (arguments),
:func:`run_stream` and :func:`demo_streams`. Only the public API of :mod:`sbe.ws`.
"""

from __future__ import annotations

import asyncio
import json
import os
import sys
import time
from typing import Any

def setup_stream(p) -> None:
    p.add_argument("streams", nargs="+", metavar="STREAM",
                   help="stream names: <symbol>@trade, @bestBidAsk, @depth, @depth20")
    p.add_argument("--base-url", default=os.environ.get("SBE_STREAM_URL") or "prod",
                   help="prod, testnet, demo or a ws(s):// URL (default $SBE_STREAM_URL or prod)")
    p.add_argument("--key-file", help="JSON file with api_key (an Ed25519 key) [and "
                                      "private_key]; default: environment BINANCE_API_KEY")
    p.add_argument("--decimals", choices=("raw", "float", "decimal"), default="decimal")
    p.add_argument("-n", "--count", type=int, default=0, help="stop after N events (0: never)")
    p.add_argument("--seconds", type=float, default=0, help="stop after N seconds (0: never)")
    p.add_argument("--local", action="store_true",
                   help="start a local stream server in-process and connect to it")


def _key(args):
    from sbe.ws import KeyTypeError
    if args.key_file:
        with open(args.key_file) as fh:
            cfg = json.load(fh)
        api_key = cfg.get("api_key")
        if cfg.get("api_secret"):
            raise KeyTypeError("SBE market-data streams accept only Ed25519 API keys; the key "
                               "file holds an HMAC secret")
        if cfg.get("private_key"):
            from sbe.client.signing import load_private_key
            signer = load_private_key(cfg["private_key"], cfg.get("private_key_password"))
            if getattr(signer, "kind", None) != "ed25519":
                raise KeyTypeError("SBE market-data streams accept only Ed25519 API keys; the "
                                   f"key file holds an {signer.kind.upper()} key")
        return api_key
    if os.environ.get("BINANCE_API_SECRET") and not os.environ.get("BINANCE_PRIVATE_KEY") \
            and not os.environ.get("BINANCE_PRIVATE_KEY_FILE"):
        raise KeyTypeError("SBE market-data streams accept only Ed25519 API keys; "
                           "BINANCE_API_SECRET is an HMAC secret")
    return os.environ.get("BINANCE_API_KEY")


def _dump(ev) -> str:
    from sbe._jsonable import dumps
    return dumps(ev, compact=True)


async def _stream(args) -> int:
    from sbe.ws import StreamClient
    srv = None
    try:
        if args.local:
            from sbe.testing.ws_stream import LocalStreamServer
            syms = sorted({s.partition("@")[0].upper() for s in args.streams})
            srv = await LocalStreamServer(syms).start()
            base, key = srv.url, "local"
        else:
            base = args.base_url  # a shortcut or a URL: StreamClient resolves it (one table)
            key = _key(args)
        groups = "list" if args.decimals != "raw" else "numpy"
        n = 0
        deadline = time.monotonic() + args.seconds if args.seconds else None
        async with StreamClient(args.streams, api_key=key, base_url=base,
                                decimals=args.decimals, groups=groups) as sc:
            while True:
                timeout = None if deadline is None else deadline - time.monotonic()
                if timeout is not None and timeout <= 0:
                    break
                try:
                    ev = await sc.recv(timeout)
                except asyncio.TimeoutError:
                    break
                print(_dump(ev), flush=True)
                n += 1
                if args.count and n >= args.count:
                    break
    finally:
        if srv is not None:
            await srv.stop()
    return 0


def run_stream(args) -> int:
    try:
        return asyncio.run(_stream(args))
    except KeyboardInterrupt:
        return 130


# ------------------------------------------------------------------------------------------
# demo
# ------------------------------------------------------------------------------------------

async def demo_streams_async(local: Any = None, *, seconds: float = 1.0, events: int = 20000,
                             out=None) -> dict:
    """A short stream session and a live order book against a local stream server.

    ``local``: None, a ``sbe.testing.data.MarketData`` or an object with a ``market``/``data``
    attribute holding one (e.g. the REST LocalBinance) so both servers share the books.
    Prints and returns events per second through the client, the decode cost per event and
    the cost of parsing the equivalent JSON event with orjson/json."""
    from sbe import stream as sbe_stream
    from sbe.orderbook import LiveOrderBook
    from sbe.testing.ws_stream import LocalStreamServer
    from sbe.ws import AttemptLimiter, StreamClient
    out = out or sys.stdout
    md = None
    if local is not None:
        md = local if hasattr(local, "depth_bytes") else (
            getattr(local, "market", None) or getattr(local, "data", None))
        if md is not None and not hasattr(md, "depth_bytes"):
            md = None
    res: dict = {}
    syms = ["BTCUSDT", "ETHUSDT"]
    async with LocalStreamServer(syms, market=md, interval=0.01) as srv:
        # 1. live session: a few real ticks
        async with StreamClient(["btcusdt@bestBidAsk", "btcusdt@depth", "ethusdt@trade"],
                                api_key="local", base_url=srv.url,
                                attempts=AttemptLimiter()) as sc:
            first = await sc.recv(5)
            print(f"stream: {first['$stream']} {first['$message']} eventTime={first['eventTime']}"
                  f" latency={first['$recvTime'] - first['eventTime']} us", file=out)
        # 2. throughput: the server pumps pre-encoded bestBidAsk frames over loopback
        srv.pause()
        ev = {"$message": "BestBidAskStreamEvent", "eventTime": 1_763_000_000_123_456,
              "bookUpdateId": 0, "priceExponent": -2, "qtyExponent": -8,
              "bidPrice": 9_712_345, "bidQty": 123_456_789, "askPrice": 9_712_346,
              "askQty": 98_765_432, "symbol": "BTCUSDT"}
        per_rep = 1000
        reps = max(1, events // per_rep)
        # every round its own bookUpdateIds (the client drops replays), encoded beforehand
        rounds = []
        for r in range(reps):
            batch = []
            for i in range(per_rep):
                ev["bookUpdateId"] = 10_000_000 + r * per_rep + i
                batch.append(sbe_stream.encode(ev))
            rounds.append(batch)
        frames = rounds[0]
        async with StreamClient(["btcusdt@bestBidAsk"], api_key="local", base_url=srv.url,
                                attempts=AttemptLimiter()) as sc:
            await asyncio.sleep(0.05)
            total = reps * len(frames)
            t0 = time.perf_counter()
            pump = asyncio.create_task(srv.pump(frames, "btcusdt@bestBidAsk", repeat=1))
            got = 0
            for r in range(reps):
                while got < (r + 1) * len(frames):
                    await sc.recv(5)
                    got += 1
                if r + 1 < reps:
                    frames = rounds[r + 1]
                    await pump
                    pump = asyncio.create_task(srv.pump(frames, "btcusdt@bestBidAsk"))
            await pump
            dt = time.perf_counter() - t0
        res["stream_events_per_s"] = total / dt
        # 3. per-event decode cost beside JSON
        import json as _json
        js = _json.dumps({"e": "bestBidAsk", "E": 1_763_000_000_123, "u": 71_234_567_890,
                          "s": "BTCUSDT", "b": "97123.45", "B": "1.23456789", "a": "97123.46",
                          "A": "0.98765432"}).encode()
        dec = sbe_stream.Decoder(decimals="float").decode
        f0 = frames[0]
        res["sbe_decode_ns"] = _per_call(lambda: dec(f0))
        try:
            import orjson
            res["orjson_parse_ns"] = _per_call(lambda: orjson.loads(js))
        except ImportError:
            pass
        res["json_parse_ns"] = _per_call(lambda: _json.loads(js))
        print(f"stream client: {res['stream_events_per_s']:,.0f} events/s over loopback "
              f"({total} bestBidAsk events)", file=out)
        line = f"per event: SBE decode {res['sbe_decode_ns']:.0f} ns"
        if "orjson_parse_ns" in res:
            line += f", orjson.loads {res['orjson_parse_ns']:.0f} ns"
        line += f", json.loads {res['json_parse_ns']:.0f} ns (JSON still has string prices)"
        print(line, file=out)
        # 4. live order book
        srv.pause(False)
        async with LiveOrderBook(["BTCUSDT"], api_key="local", base_url=srv.url,
                                 rest_url=srv.http_url, attempts=AttemptLimiter()) as lob:
            await lob.wait_synced(timeout=10)
            await asyncio.sleep(seconds / 2)
            srv.drop_diffs(1, "BTCUSDT")
            await asyncio.sleep(seconds / 2)
            b = lob["BTCUSDT"]
            res["book_updates"] = b.updates
            res["book_resyncs"] = lob.resyncs()
            print(f"order book: {b!r}; {b.updates} diffs applied, {lob.resyncs()} resync "
                  f"(after a dropped diff)", file=out)
            bids, asks = b.top(3, "decimal")
            print("  top 3 bids " + ", ".join(f"{p}x{q}" for p, q in bids.tolist()), file=out)
            print("  top 3 asks " + ", ".join(f"{p}x{q}" for p, q in asks.tolist()), file=out)
    return res


def _per_call(fn, n: int = 20000) -> float:
    for _ in range(200):
        fn()
    t0 = time.perf_counter_ns()
    for _ in range(n):
        fn()
    return (time.perf_counter_ns() - t0) / n


def demo_streams(local: Any = None, **kw) -> dict:
    """Synchronous wrapper of :func:`demo_streams_async` (for ``python -m sbe demo``)."""
    return asyncio.run(demo_streams_async(local, **kw))
