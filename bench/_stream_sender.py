"""Bench sender process: a picows WebSocket server sending bestBidAsk events (SBE or Binance
JSON) to every data connection, on command from a control connection.

    python bench/_stream_sender.py          # prints "PORT <n>" then serves until stdin closes

Control connection: path ``/control``; text commands ``burst <n> <sbe|json>`` (as fast as the
socket takes them) and ``paced <n> <rate> <sbe|json>`` (``rate`` events/s).  Every event carries
its send time (``time.time_ns()``) as its sequence (SBE ``bookUpdateId``, JSON ``"u"``) so the
receiver computes send->user latency; the eventTime is the same instant in µs.
"""

from __future__ import annotations

import asyncio
import os
import struct
import sys
import time

from picows import WSListener, WSMsgType, ws_create_server

sys.path.insert(0, os.path.join(os.path.dirname(__file__), ".."))
from sbe import stream  # noqa: E402

BBA = {"$message": "BestBidAskStreamEvent", "eventTime": 1_763_000_000_123_456,
       "bookUpdateId": 1, "priceExponent": -2, "qtyExponent": -8, "bidPrice": 9_712_345,
       "bidQty": 123_456_789, "askPrice": 9_712_346, "askQty": 98_765_432, "symbol": "BTCUSDT"}
SBE = bytearray(stream.encode(BBA))
_Q2 = struct.Struct("<qq")          # eventTime (offset 8), bookUpdateId (offset 16)


def sbe_frame(now_ns: int) -> bytes:
    _Q2.pack_into(SBE, 8, now_ns // 1000, now_ns)
    return bytes(SBE)


def json_frame(now_ns: int) -> bytes:
    return (b'{"u":%d,"E":%d,"s":"BTCUSDT","b":"97123.45000000","B":"1.23456789",'
            b'"a":"97123.46000000","A":"0.98765432"}' % (now_ns, now_ns // 1_000_000))


DATA: set = set()


class Data(WSListener):
    def on_ws_connected(self, t):
        DATA.add(t)

    def on_ws_disconnected(self, t):
        DATA.discard(t)

    def on_ws_frame(self, t, f):
        if f.msg_type == WSMsgType.CLOSE:
            t.send_close(f.get_close_code())
            t.disconnect()


class Control(WSListener):
    def on_ws_frame(self, t, f):
        if f.msg_type == WSMsgType.CLOSE:
            t.send_close(f.get_close_code())
            t.disconnect()
        elif f.msg_type == WSMsgType.TEXT:
            asyncio.get_running_loop().create_task(command(t, f.get_payload_as_ascii_text()))


async def command(ctl, text):
    parts = text.split()
    if parts[0] == "burst":
        n, fmt = int(parts[1]), parts[2]
        make, kind = (sbe_frame, WSMsgType.BINARY) if fmt == "sbe" else (json_frame, WSMsgType.TEXT)
        targets = list(DATA)
        for i in range(n):
            fr = make(time.time_ns())
            for t in targets:
                t.send(kind, fr)
            if i % 512 == 511:       # let the socket drain
                await asyncio.sleep(0)
    elif parts[0] == "paced":
        n, rate, fmt = int(parts[1]), float(parts[2]), parts[3]
        make, kind = (sbe_frame, WSMsgType.BINARY) if fmt == "sbe" else (json_frame, WSMsgType.TEXT)
        targets = list(DATA)
        step = 1.0 / rate
        nxt = time.monotonic()
        for _ in range(n):
            now = time.monotonic()
            if nxt > now:
                await asyncio.sleep(nxt - now)
            fr = make(time.time_ns())
            for t in targets:
                t.send(kind, fr)
            nxt += step
    ctl.send(WSMsgType.TEXT, b"done")


async def main():
    def factory(req):
        return Control() if req.path.startswith(b"/control") else Data()
    srv = await ws_create_server(factory, "127.0.0.1", 0)
    print("PORT", srv.sockets[0].getsockname()[1], flush=True)
    loop = asyncio.get_running_loop()
    await loop.run_in_executor(None, sys.stdin.read)     # until the parent closes stdin
    srv.close()


if __name__ == "__main__":
    asyncio.run(main())
