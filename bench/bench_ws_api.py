"""WebSocket API request -> response round trip on loopback (plain script, not a test).

    python bench/bench_ws_api.py [--rounds 7] [--requests 1000] [--limit 100]
                                 [--baseline <git rev>]

A server in another PROCESS (``--serve``, picows) answers ``depth`` requests at once with a
pre-built reply: an SBE ``WebSocketResponse``/``DepthResponse`` on ``responseFormat=sbe``, the
Binance JSON reply otherwise (same book, ``limit`` levels a side).  Contenders, interleaved
round by round (order rotated) in the same run:

* ``sbe WebSocketAPI``   ``await api.depth(...)``: picows transport, decode in the frame callback
  (levels as lists of dicts; ``groups=numpy``: structured arrays, what a book would use)
* ``baseline WebSocketAPI``  the client of ``--baseline`` (default: the commit before the picows
  transport, on ``websockets``), loaded from git
* ``websockets+sbe``     plain ``websockets`` client, JSON request, ``sbe.spot.decode`` of the reply
* ``websockets+orjson``  plain ``websockets`` client against the JSON API, ``orjson.loads``
* ``websockets+orjson+float``  the same, prices/quantities converted with ``float()`` (SBE
  gives numbers; JSON gives strings)

Per contender and round: client thread CPU per request (``time.thread_time_ns`` over
``--requests`` sequential requests: JSON encoding of the request, framing, the event loop,
decoding the reply) and the median / p99 wall round trip.  Reports min and median over rounds
and the median of per-round ratios against ``sbe WebSocketAPI``.
"""

from __future__ import annotations

import argparse
import asyncio
import os
import statistics
import struct
import subprocess
import sys
import time
import types

HERE = os.path.dirname(os.path.abspath(__file__))
REPO = os.path.dirname(HERE)
sys.path.insert(0, REPO)

import orjson  # noqa: E402

from sbe import spot  # noqa: E402

cpu = time.thread_time_ns
wall = time.perf_counter_ns


# ------------------------------------------------------------------------------ replies
def _replies(limit: int):
    """(sbe_prefix, sbe_suffix, json_prefix, json_suffix): the reply around its request id."""
    from sbe.testing.data import MarketData, to_json
    md = MarketData()
    inner = spot.encode(md.depth("BTCUSDT", limit))
    env = spot.encode({"$message": "WebSocketResponse", "sbeSchemaIdVersionDeprecated": False,
                       "status": 200,
                       "rateLimits": [{
                           "rateLimitType": spot.ENUMS["rateLimitType"]["RequestWeight"],
                           "interval": spot.ENUMS["rateLimitInterval"]["Minute"],
                           "intervalNum": 1, "rateLimit": 6000, "current": 5}],
                       "id": "X", "result": spot.decode(inner)})
    block = struct.unpack_from("<H", env, 0)[0]
    entry, count = struct.unpack_from("<HH", env, 8 + block)
    off = 8 + block + 4 + entry * count
    assert env[off] == 1 and env[off + 1:off + 2] == b"X"
    result = orjson.dumps(to_json(inner))
    jpre = b'{"id":"'
    jsuf = (b'","status":200,"result":' + result + b',"rateLimits":[{"rateLimitType":'
            b'"REQUEST_WEIGHT","interval":"MINUTE","intervalNum":1,"limit":6000,"count":5}]}')
    return bytes(env[:off]), bytes(env[off + 2:]), jpre, jsuf


# ------------------------------------------------------------------------------ server
def serve(limit: int) -> None:
    from picows import WSListener, WSMsgType, ws_create_server
    spre, ssuf, jpre, jsuf = _replies(limit)

    class Srv(WSListener):
        def __init__(self, sbe_format: bool):
            self.sbe = sbe_format

        def on_ws_frame(self, t, frame):
            if frame.msg_type is WSMsgType.TEXT:
                rid = orjson.loads(frame.get_payload_as_bytes())["id"].encode()
                if self.sbe:
                    t.send(WSMsgType.BINARY, spre + bytes([len(rid)]) + rid + ssuf)
                else:
                    t.send(WSMsgType.TEXT, jpre + rid + jsuf)
            elif frame.msg_type is WSMsgType.CLOSE:
                t.send_close(frame.get_close_code())
                t.disconnect()

    def factory(req):
        return Srv(b"responseFormat=sbe" in req.path)

    async def main():
        server = await ws_create_server(factory, "127.0.0.1", 0, max_frame_size=1 << 20)
        print("PORT", server.sockets[0].getsockname()[1], flush=True)
        await asyncio.get_running_loop().run_in_executor(None, sys.stdin.read)
        server.close()

    asyncio.run(main())


# ------------------------------------------------------------------------------ contenders
def _load_baseline(rev: str):
    src = subprocess.run(["git", "-C", REPO, "show", f"{rev}:sbe/ws/api.py"], check=True,
                         capture_output=True, text=True).stdout
    mod = types.ModuleType("sbe.ws._bench_baseline_api")
    mod.__package__ = "sbe.ws"
    sys.modules[mod.__name__] = mod
    exec(compile(src, f"{rev}:sbe/ws/api.py", "exec"), mod.__dict__)
    return mod.WebSocketAPI


class Contender:
    name = ""

    async def open(self, port: int): ...

    async def one(self, rid: int): ...

    async def close(self): ...


class SbeApi(Contender):
    name = "sbe WebSocketAPI"
    cls = None

    def __init__(self, limit, cls=None, groups="list"):
        self.limit = limit
        self.groups = groups
        if cls is not None:
            self.cls = cls
        if groups != "list":
            self.name = f"{self.name} groups={groups}"

    async def open(self, port):
        from sbe.ws import AttemptLimiter, WebSocketAPI
        cls = self.cls or WebSocketAPI
        self.api = cls(f"ws://127.0.0.1:{port}/ws-api/v3", attempts=AttemptLimiter(),
                       groups=self.groups)
        await self.api.connect()

    async def one(self, rid):
        d = await self.api.depth("BTCUSDT", self.limit)
        assert len(d["bids"]) == self.limit

    async def close(self):
        await self.api.close()


class Baseline(SbeApi):
    name = "baseline WebSocketAPI"


class WsSbe(Contender):
    name = "websockets+sbe"

    def __init__(self, limit):
        self.limit = limit
        self.dec = spot.Decoder()

    async def open(self, port):
        import websockets
        self.ws = await websockets.connect(
            f"ws://127.0.0.1:{port}/ws-api/v3?responseFormat=sbe&sbeSchemaId={spot.SCHEMA_ID}"
            f"&sbeSchemaVersion={spot.SCHEMA_VERSION}", compression=None, max_size=None)

    async def one(self, rid):
        await self.ws.send(orjson.dumps({"id": str(rid), "method": "depth", "params": {
            "symbol": "BTCUSDT", "limit": self.limit}}).decode())
        env = self.dec.decode(await self.ws.recv())
        assert env["id"] == str(rid) and len(env["result"]["bids"]) == self.limit

    async def close(self):
        await self.ws.close()


class WsJson(WsSbe):
    name = "websockets+orjson"
    floats = False

    async def open(self, port):
        import websockets
        self.ws = await websockets.connect(f"ws://127.0.0.1:{port}/ws-api/v3", compression=None,
                                           max_size=None)

    async def one(self, rid):
        await self.ws.send(orjson.dumps({"id": str(rid), "method": "depth", "params": {
            "symbol": "BTCUSDT", "limit": self.limit}}).decode())
        msg = orjson.loads(await self.ws.recv())
        res = msg["result"]
        if self.floats:
            res["bids"] = [[float(p), float(q)] for p, q in res["bids"]]
            res["asks"] = [[float(p), float(q)] for p, q in res["asks"]]
        assert msg["id"] == str(rid) and len(res["bids"]) == self.limit


class WsJsonFloat(WsJson):
    name = "websockets+orjson+float"
    floats = True


async def measure(c: Contender, n: int):
    rtts = []
    for i in range(20):                                  # warm up
        await c.one(i)
    c0 = cpu()
    for i in range(n):
        t0 = wall()
        await c.one(i)
        rtts.append(wall() - t0)
    per_req_cpu = (cpu() - c0) / n / 1000
    rtts.sort()
    return per_req_cpu, rtts[len(rtts) // 2] / 1000, rtts[int(len(rtts) * 0.99)] / 1000


async def bench(args, port):
    contenders = [SbeApi(args.limit), SbeApi(args.limit, groups="numpy"), WsSbe(args.limit),
                  WsJson(args.limit), WsJsonFloat(args.limit)]
    if args.baseline:
        contenders.insert(1, Baseline(args.limit, _load_baseline(args.baseline)))
    for c in contenders:
        await c.open(port)
    res = {c.name: [] for c in contenders}
    try:
        for r in range(args.rounds):
            order = contenders[r % len(contenders):] + contenders[:r % len(contenders)]
            for c in order:
                res[c.name].append(await measure(c, args.requests))
    finally:
        for c in contenders:
            await c.close()
    return res


def report(res, args):
    ref = "sbe WebSocketAPI"
    print(f"\ndepth limit={args.limit}, {args.requests} sequential requests x {args.rounds} "
          "rounds (interleaved), loopback, server in another process")
    print(f"{'contender':26} {'CPU us/req min':>15} {'median':>8} {'RTT p50 min':>12} "
          f"{'median':>8} {'RTT p99 med':>12} {'CPU ratio':>10} {'RTT ratio':>10}")
    for name, rows in res.items():
        cpus = [r[0] for r in rows]
        p50 = [r[1] for r in rows]
        p99 = [r[2] for r in rows]
        cr = statistics.median(r[0] / s[0] for r, s in zip(rows, res[ref]))
        lr = statistics.median(r[1] / s[1] for r, s in zip(rows, res[ref]))
        print(f"{name:26} {min(cpus):15.1f} {statistics.median(cpus):8.1f} {min(p50):12.1f} "
              f"{statistics.median(p50):8.1f} {statistics.median(p99):12.1f} {cr:10.2f} "
              f"{lr:10.2f}")
    print("(ratios: contender / sbe WebSocketAPI, median of per-round ratios; >1 = slower)")


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--serve", action="store_true")
    ap.add_argument("--rounds", type=int, default=7)
    ap.add_argument("--requests", type=int, default=1000)
    ap.add_argument("--limit", type=int, default=100)
    ap.add_argument("--baseline", default="9133137",
                    help="git rev of the previous client ('' to skip)")
    args = ap.parse_args()
    if args.serve:
        serve(args.limit)
        return
    proc = subprocess.Popen([sys.executable, __file__, "--serve", "--limit", str(args.limit)],
                            stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True)
    try:
        line = proc.stdout.readline().split()
        port = int(line[1])
        res = asyncio.run(bench(args, port))
    finally:
        proc.stdin.close()
        proc.wait(10)
    report(res, args)


if __name__ == "__main__":
    main()
