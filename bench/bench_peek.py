"""Peek (templateId, symbol, first/last sequence of a stream frame, read without decoding):
the generated ``sbe.stream.peek`` beside what it replaces and what a user would do instead.
Not a test.

    python bench/bench_peek.py [--rounds 15]

Contenders, per frame kind (bestBidAsk, a 3-trade batch, a 10+10-level depth diff):

* ``generated``: ``sbe.stream.peek`` (Cython, every read bounds-checked);
* ``struct``: the hand-written ``struct.Struct.unpack_from`` peek the stream client had before
  (kept here verbatim as the baseline);
* ``decode``: ``stream.Decoder().decode`` then reading the values from the dict (what a user
  without peek does), and ``record``: the same with ``output="record"``.

And the two WebSocket API / REST reads: ``spot.peek_envelope`` (request id of a
WebSocketResponse) and ``spot.peek_error`` (ErrorResponse of any schema id) beside their
hand-written struct versions. CPU time of this thread (``time.thread_time_ns``), contenders
interleaved in rounds; min / median ns per call and the paired ratio struct / generated.
"""

from __future__ import annotations

import argparse
import os
import statistics
import struct
import sys
import time

sys.path.insert(0, os.path.join(os.path.dirname(__file__), ".."))

from sbe import spot, stream  # noqa: E402

# --- the hand-written baselines (removed from sbe/ by issue 9 §1) ------------------------
_H = struct.Struct("<HHHH")
_Q = struct.Struct("<q")
_G16 = struct.Struct("<HH")
_G32 = struct.Struct("<HI")
TRADE, BEST_BID_ASK, DEPTH_SNAPSHOT, DEPTH_DIFF = 10000, 10001, 10002, 10003
_MIN_BLOCK = {BEST_BID_ASK: 16, DEPTH_SNAPSHOT: 16, DEPTH_DIFF: 24, TRADE: 0}


def _need(n, off, size, what):
    if off + size > n:
        raise ValueError(f"truncated: {what} needs {size} bytes at offset {off}")


def struct_peek(buf) -> tuple:
    n = len(buf)
    need = _need
    need(n, 0, 8, "message header")
    bl, tid, schema, _ = _H.unpack_from(buf, 0)
    if schema != 1 or tid not in _MIN_BLOCK:
        raise ValueError(f"unknown templateId {tid}")
    off = 8 + bl
    if bl < _MIN_BLOCK[tid]:
        raise ValueError("short block")
    if tid == BEST_BID_ASK or tid == DEPTH_SNAPSHOT:
        need(n, 8, 16, "bookUpdateId")
        first = last = _Q.unpack_from(buf, 16)[0]
        if tid == DEPTH_SNAPSHOT:
            for _ in range(2):
                need(n, off, 4, "group header")
                gbl, cnt = _G16.unpack_from(buf, off)
                off += 4 + gbl * cnt
    elif tid == DEPTH_DIFF:
        need(n, 8, 24, "update ids")
        first = _Q.unpack_from(buf, 16)[0]
        last = _Q.unpack_from(buf, 24)[0]
        for _ in range(2):
            need(n, off, 4, "group header")
            gbl, cnt = _G16.unpack_from(buf, off)
            off += 4 + gbl * cnt
    else:
        need(n, off, 6, "trades group header")
        gbl, cnt = _G32.unpack_from(buf, off)
        off += 6
        if cnt:
            need(n, off, gbl * cnt, "trades")
            first = _Q.unpack_from(buf, off)[0]
            last = _Q.unpack_from(buf, off + gbl * (cnt - 1))[0]
        else:
            first = last = None
        off += gbl * cnt
    need(n, off, 1, "symbol length")
    ln = buf[off]
    need(n, off + 1, ln, "symbol")
    return tid, bytes(buf[off + 1: off + 1 + ln]).decode("utf-8"), first, last


_U16x2 = struct.Struct("<HH")


def struct_request_id(data):
    block, template, schema, _ = _H.unpack_from(data, 0)
    if template != 50 or schema != 3:
        return None
    off = 8 + block
    entry, count = _U16x2.unpack_from(data, off)
    off += 4 + entry * count
    n = data[off]
    if off + 1 + n > len(data):
        return None
    return data[off + 1:off + 1 + n].decode("utf-8")


def struct_error(buf):
    bl, _tid, _sid, _ver = _H.unpack_from(buf, 0)
    code = struct.unpack_from("<h", buf, 8)[0]
    st = struct.unpack_from("<q", buf, 10)[0] if bl >= 10 else None
    ra = struct.unpack_from("<q", buf, 18)[0] if bl >= 18 else None
    pos = 8 + bl
    n = struct.unpack_from("<H", buf, pos)[0]
    msg = bytes(buf[pos + 2:pos + 2 + n]).decode("utf-8", "replace")
    null = -(1 << 63)
    return code, None if st == null else st, None if ra == null else ra, msg


# --- frames ------------------------------------------------------------------------------
BBA = {"$message": "BestBidAskStreamEvent", "eventTime": 1_763_000_000_123_456,
       "bookUpdateId": 71_234_567_890, "priceExponent": -2, "qtyExponent": -8,
       "bidPrice": 9_712_345, "bidQty": 123_456_789, "askPrice": 9_712_346,
       "askQty": 98_765_432, "symbol": "BTCUSDT"}
TRADES = {"$message": "TradesStreamEvent", "eventTime": 1, "transactTime": 2,
          "priceExponent": -2, "qtyExponent": -3, "symbol": "BNBBTC",
          "trades": [{"id": 100 + i, "price": 5 + i, "qty": 7, "isBuyerMaker": bool(i % 2),
                      "isBestMatch": True} for i in range(3)]}
LV = [{"price": 100 + i, "qty": 2 + i} for i in range(10)]
DIFF = {"$message": "DepthDiffStreamEvent", "eventTime": 1, "firstBookUpdateId": 40,
        "lastBookUpdateId": 45, "priceExponent": -1, "qtyExponent": -1, "bids": LV,
        "asks": LV, "symbol": "ETHBTC"}


def decode_peek(dec):
    def fn(buf):
        m = dec(buf)
        name = m["$message"]
        if name == "TradesStreamEvent":
            tr = m["trades"]
            ids = (tr[0]["id"], tr[-1]["id"]) if tr else (None, None)
        elif name == "DepthDiffStreamEvent":
            ids = (m["firstBookUpdateId"], m["lastBookUpdateId"])
        else:
            ids = (m["bookUpdateId"], m["bookUpdateId"])
        return stream.MESSAGES[name], m["symbol"], *ids
    return fn


def record_peek(dec):
    def fn(buf):
        r = dec(buf)
        if isinstance(r, stream.TradesStreamEvent):
            tr = r.trades
            return 10000, r.symbol, tr[0].id, tr[-1].id
        if isinstance(r, stream.DepthDiffStreamEvent):
            return 10003, r.symbol, r.firstBookUpdateId, r.lastBookUpdateId
        return 10001, r.symbol, r.bookUpdateId, r.bookUpdateId
    return fn


def run(title, contenders, buf, rounds, inner=20000):
    want = contenders[0][1](buf)
    for name, fn in contenders:
        assert fn(buf) == want, (name, fn(buf), want)
    times = {name: [] for name, _ in contenders}
    for _ in range(rounds):
        for name, fn in contenders:
            t0 = time.thread_time_ns()
            for _ in range(inner):
                fn(buf)
            times[name].append((time.thread_time_ns() - t0) / inner)
    base = contenders[0][0]
    print(f"{title} ({len(buf)} B), ns per call (thread CPU), {rounds} rounds")
    for name, _ in contenders:
        t = times[name]
        r = [x / g for x, g in zip(t, times[base])]
        print(f"  {name:10s} min {min(t):8.1f}  median {statistics.median(t):8.1f}"
              + (f"   {name}/{base} paired median {statistics.median(r):.2f}"
                 f" (min {min(r):.2f})" if name != base else ""))


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--rounds", type=int, default=15)
    a = ap.parse_args()
    dec = stream.Decoder().decode
    rec = stream.Decoder(output="record").decode
    peek = stream.peek
    for title, msg in (("bestBidAsk", BBA), ("trades x3", TRADES), ("depth diff 10+10", DIFF)):
        run(title, [("generated", peek), ("struct", struct_peek),
                    ("decode", decode_peek(dec)), ("record", record_peek(rec))],
            stream.encode(msg), a.rounds)
    env = spot.encode({"$message": "WebSocketResponse", "sbeSchemaIdVersionDeprecated": False,
                       "status": 200, "rateLimits": [{"rateLimitType": 2, "interval": 1,
                                                      "intervalNum": 1, "rateLimit": 6000,
                                                      "current": 5}],
                       "id": "req-1234",
                       "result": spot.encode({"$message": "ServerTimeResponse",
                                              "serverTime": 1})})
    run("WS API envelope id", [("generated", lambda b: spot.peek_envelope(b)[0]),
                               ("struct", struct_request_id)], env, a.rounds)
    err = spot.encode({"$message": "ErrorResponse", "code": -1121, "serverTime": 1,
                       "retryAfter": None, "msg": "Invalid symbol.", "data": None},
                      schema_id=2)
    run("ErrorResponse (schema 2)", [("generated", spot.peek_error), ("struct", struct_error)],
        err, a.rounds)


if __name__ == "__main__":
    main()
