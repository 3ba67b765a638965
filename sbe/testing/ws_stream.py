"""A local Binance-like SBE market-data stream server (``websockets``, 127.0.0.1, port 0).

    async with LocalStreamServer(symbols=["BTCUSDT"], api_keys={"k": "ed25519"}) as srv:
        url = srv.url            # ws://127.0.0.1:<port>; also serves GET /api/v3/depth (SBE)

It speaks the real protocol: ``/ws/<stream>`` and ``/stream?streams=a/b``, the API key in
``X-MBX-APIKEY`` (Ed25519 keys only), SBE binary frames encoded with ``sbe.stream.encode``,
JSON SUBSCRIBE / UNSUBSCRIBE / LIST_SUBSCRIPTIONS, ``{"e":"serverShutdown"}`` text frames,
pings, at most 1024 streams and 5 incoming messages per second per connection (a connection
over the limit is closed, as Binance does) and a connection lifetime (24 h, compressible).

The market is :class:`SimMarket`: a deterministic order book per symbol (seeded RNG) moving
every ``interval`` seconds; each tick produces a depth diff, a bestBidAsk, trades and a
depth20 snapshot, and ``snapshot_message(symbol, limit)`` gives the matching REST
``DepthResponse`` (same update ids), so a local order book can be built against it.

Switches for tests: :meth:`kill` (drop connections without a close frame),
:meth:`server_shutdown` (send serverShutdown, close after ``grace``), ``lifetime=`` (the
24-hour close), :meth:`drop_diffs` (skip depth diffs so clients see a gap),
:meth:`pump` (send given frames as fast as possible, for benchmarks); misbehaviours:
:meth:`inject` (send any frame: garbage, text), :meth:`freeze` (half-open: stop reading and
sending, TCP stays up), attributes ``shutdown_on_connect`` (serverShutdown right after each
connect), ``close_after`` (close each connection after that many events), ``replay`` (resend
the last N events of each stream to every new connection, as a replaying server would).
"""

from __future__ import annotations

import asyncio
import collections
import json
import random
import time
import urllib.parse
from http import HTTPStatus
from typing import Iterable, Optional

from sbe._extras import require as _require

_require("websockets", "client", "sbe.testing.ws_stream")
from websockets.asyncio.server import broadcast, serve  # noqa: E402
from websockets.datastructures import Headers  # noqa: E402
from websockets.exceptions import ConnectionClosed  # noqa: E402
from websockets.http11 import Response  # noqa: E402

from sbe import spot, stream  # noqa: E402

__all__ = ["LocalStreamServer", "SimMarket", "SimBook"]

PRICE_EXP, QTY_EXP = -2, -8
MAX_STREAMS = 1024


class SimBook:
    """One symbol's deterministic book: integer mantissas, update ids, trade ids."""

    def __init__(self, symbol: str, seed: int = 0, mid: int = 10_000_00, levels: int = 50):
        self.symbol = symbol
        self.rng = random.Random(f"{symbol}:{seed}")
        self.mid = mid
        self.bids: dict = {}
        self.asks: dict = {}
        for i in range(1, levels + 1):
            self.bids[mid - i] = self.rng.randrange(1, 10**9)
            self.asks[mid + i] = self.rng.randrange(1, 10**9)
        self.update_id = 1000
        self.trade_id = 5000
        self.span = levels + 10

    def step(self, now_us: int) -> dict:
        """Advance one tick; return {'diff','bba','trade','depth20'} message dicts."""
        rng = self.rng
        first = self.update_id + 1
        changes_b, changes_a = {}, {}
        for _ in range(rng.randint(1, 4)):
            self.update_id += 1
            if rng.random() < 0.5:
                p = self.mid - rng.randint(1, self.span)
                q = 0 if (rng.random() < 0.3 and len(self.bids) > 5) else rng.randrange(1, 10**9)
                book, ch = self.bids, changes_b
            else:
                p = self.mid + rng.randint(1, self.span)
                q = 0 if (rng.random() < 0.3 and len(self.asks) > 5) else rng.randrange(1, 10**9)
                book, ch = self.asks, changes_a
            if q:
                book[p] = q
            else:
                book.pop(p, None)
            ch[p] = q
        last = self.update_id
        sym = self.symbol
        diff = {"$message": "DepthDiffStreamEvent", "eventTime": now_us,
                "firstBookUpdateId": first, "lastBookUpdateId": last,
                "priceExponent": PRICE_EXP, "qtyExponent": QTY_EXP,
                "bids": [{"price": p, "qty": q} for p, q in sorted(changes_b.items(), reverse=True)],
                "asks": [{"price": p, "qty": q} for p, q in sorted(changes_a.items())],
                "symbol": sym}
        bb = max(self.bids)
        ba = min(self.asks)
        bba = {"$message": "BestBidAskStreamEvent", "eventTime": now_us, "bookUpdateId": last,
               "priceExponent": PRICE_EXP, "qtyExponent": QTY_EXP, "bidPrice": bb,
               "bidQty": self.bids[bb], "askPrice": ba, "askQty": self.asks[ba], "symbol": sym}
        trades = []
        for _ in range(rng.randint(1, 3)):
            self.trade_id += 1
            buyer_maker = rng.random() < 0.5
            trades.append({"id": self.trade_id, "price": bb if buyer_maker else ba,
                           "qty": rng.randrange(1, 10**7), "isBuyerMaker": buyer_maker})
        trade = {"$message": "TradesStreamEvent", "eventTime": now_us, "transactTime": now_us,
                 "priceExponent": PRICE_EXP, "qtyExponent": QTY_EXP, "trades": trades,
                 "symbol": sym}
        b20, a20 = self.top(20)
        depth20 = {"$message": "DepthSnapshotStreamEvent", "eventTime": now_us,
                   "bookUpdateId": last, "priceExponent": PRICE_EXP, "qtyExponent": QTY_EXP,
                   "bids": b20, "asks": a20, "symbol": sym}
        return {"depth": diff, "bestBidAsk": bba, "trade": trade, "depth20": depth20}

    def top(self, n: int):
        bids = [{"price": p, "qty": self.bids[p]} for p in sorted(self.bids, reverse=True)[:n]]
        asks = [{"price": p, "qty": self.asks[p]} for p in sorted(self.asks)[:n]]
        return bids, asks

    def snapshot(self, limit: int = 100) -> dict:
        bids, asks = self.top(limit)
        return {"$message": "DepthResponse", "lastUpdateId": self.update_id,
                "priceExponent": PRICE_EXP, "qtyExponent": QTY_EXP, "bids": bids, "asks": asks}


class _MDBook:
    """A :class:`sbe.testing.data.MarketData` book seen through the SimBook interface, so the
    stream server and the REST server (LocalBinance) can share one MarketData."""

    def __init__(self, md, symbol: str):
        self.md, self.symbol = md, symbol
        self.info = md.info(symbol)
        self.trade_id = md.last_trade_id

    @property
    def _b(self):
        return self.md.book(self.symbol)

    @property
    def update_id(self):
        return self._b.update_id

    @property
    def bids(self):
        return self._b.bids

    @property
    def asks(self):
        return self._b.asks

    def step(self, now_us: int) -> dict:
        d = self._b.step()
        pe, qe = self.info.price_exp, self.info.qty_exp
        bids, asks = dict(d["bids"]), dict(d["asks"])     # last change of a price wins
        sym = self.symbol
        diff = {"$message": "DepthDiffStreamEvent", "eventTime": now_us,
                "firstBookUpdateId": d["firstUpdateId"], "lastBookUpdateId": d["lastUpdateId"],
                "priceExponent": pe, "qtyExponent": qe,
                "bids": [{"price": p, "qty": q} for p, q in sorted(bids.items(), reverse=True)],
                "asks": [{"price": p, "qty": q} for p, q in sorted(asks.items())], "symbol": sym}
        uid, b, a = self._b.snapshot(20)
        bba = {"$message": "BestBidAskStreamEvent", "eventTime": now_us, "bookUpdateId": uid,
               "priceExponent": pe, "qtyExponent": qe, "bidPrice": int(b[0, 0]),
               "bidQty": int(b[0, 1]), "askPrice": int(a[0, 0]), "askQty": int(a[0, 1]),
               "symbol": sym}
        self.trade_id += 1
        trade = {"$message": "TradesStreamEvent", "eventTime": now_us, "transactTime": now_us,
                 "priceExponent": pe, "qtyExponent": qe, "symbol": sym,
                 "trades": [{"id": self.trade_id, "price": int(a[0, 0]), "qty": 1,
                             "isBuyerMaker": False}]}
        lv = lambda arr: [{"price": int(p), "qty": int(q)} for p, q in arr]  # noqa: E731
        depth20 = {"$message": "DepthSnapshotStreamEvent", "eventTime": now_us,
                   "bookUpdateId": uid, "priceExponent": pe, "qtyExponent": qe,
                   "bids": lv(b), "asks": lv(a), "symbol": sym}
        return {"depth": diff, "bestBidAsk": bba, "trade": trade, "depth20": depth20}

    def snapshot(self, limit: int = 100) -> dict:
        return self.md.depth(self.symbol, limit)


class SimMarket:
    """Books for several symbols, stepped together.  ``market_data``: share the books of a
    :class:`sbe.testing.data.MarketData` (the REST server's) instead of the built-in ones."""

    def __init__(self, symbols: Iterable[str] = ("BTCUSDT", "ETHUSDT"), seed: int = 0,
                 market_data=None):
        if market_data is not None:
            self.books = {s.upper(): _MDBook(market_data, s.upper()) for s in symbols}
        else:
            self.books = {s.upper(): SimBook(s.upper(), seed, mid=10_000_00 * (i + 1))
                          for i, s in enumerate(symbols)}

    def book(self, symbol: str) -> SimBook:
        return self.books[symbol.upper()]


def _json_response(status: int, body: dict) -> Response:
    data = json.dumps(body).encode()
    return Response(status, HTTPStatus(status).phrase, Headers([
        ("Content-Type", "application/json;charset=UTF-8"), ("Content-Length", str(len(data)))]),
        data)


class _Client:
    __slots__ = ("ws", "streams", "opened", "msg_times", "url_streams", "frozen", "events")

    def __init__(self, ws, streams):
        self.ws = ws
        self.streams = set(streams)
        self.opened = time.monotonic()
        self.msg_times: collections.deque = collections.deque()
        self.frozen = False
        self.events = 0


class LocalStreamServer:
    """See the module docstring.  ``api_keys``: {api_key: 'ed25519'|'hmac'|'rsa'}; ``None``
    accepts any key (a key is still required unless ``require_key=False``)."""

    def __init__(self, symbols: Iterable[str] = ("BTCUSDT", "ETHUSDT"), *, seed: int = 0,
                 market=None, api_keys: Optional[dict] = None,
                 require_key: bool = True, interval: Optional[float] = 0.01,
                 lifetime: float = 24 * 3600, ping_interval: Optional[float] = 20.0,
                 ping_timeout: Optional[float] = 60.0, message_rate: int = 5,
                 max_streams: int = MAX_STREAMS, host: str = "127.0.0.1", port: int = 0):
        if market is not None and not isinstance(market, SimMarket):   # a data.MarketData
            market = SimMarket(symbols, seed, market_data=market)
        self.market = market or SimMarket(symbols, seed)
        self.api_keys = api_keys
        self.require_key = require_key
        self.interval = interval
        self.lifetime = lifetime
        self.ping_interval, self.ping_timeout = ping_interval, ping_timeout
        self.message_rate = message_rate
        self.max_streams = max_streams
        self.host, self.port = host, port
        self.clients: set = set()
        self.connection_attempts = 0
        self.rate_violations = 0
        self.messages_received = 0
        self.sent: collections.Counter = collections.Counter()
        self._drop: collections.Counter = collections.Counter()   # symbol|'*' -> diffs to drop
        self.dropped_diffs = 0
        self._server = None
        self._ticker: Optional[asyncio.Task] = None
        self._paused = False
        self.ticks = 0
        # misbehaviours (tests)
        self.shutdown_on_connect = False
        self.close_after: Optional[int] = None
        self.replay = 0
        self._history: dict = {}           # stream name -> deque of recent frames

    # ------------------------------------------------------------ lifecycle
    @property
    def url(self) -> str:
        return f"ws://{self.host}:{self.port}"

    @property
    def http_url(self) -> str:
        return f"http://{self.host}:{self.port}"

    async def start(self) -> "LocalStreamServer":
        self._server = await serve(self._handler, self.host, self.port,
                                   process_request=self._process_request,
                                   ping_interval=self.ping_interval,
                                   ping_timeout=self.ping_timeout, max_size=2**20,
                                   compression=None)
        self.port = self._server.sockets[0].getsockname()[1]
        if self.interval:
            self._ticker = asyncio.create_task(self._tick_loop())
        return self

    async def stop(self) -> None:
        if self._ticker:
            self._ticker.cancel()
            try:
                await self._ticker
            except (asyncio.CancelledError, Exception):
                pass
        for c in list(self.clients):    # frozen connections would wait for a close reply
            if c.frozen:
                c.ws.transport.abort()
        if self._server is not None:
            self._server.close()
            try:
                await asyncio.wait_for(self._server.wait_closed(), 3)
            except asyncio.TimeoutError:
                pass

    async def __aenter__(self):
        return await self.start()

    async def __aexit__(self, *exc):
        await self.stop()

    # ------------------------------------------------------------ switches
    def kill(self, n: Optional[int] = None) -> int:
        """Drop (abort, no close frame) all connections, or the n oldest; returns how many."""
        victims = sorted(self.clients, key=lambda c: c.opened)
        if n is not None:
            victims = victims[:n]
        for c in victims:
            c.ws.transport.abort()
        return len(victims)

    def server_shutdown(self, grace: float = 0.5) -> int:
        """Send ``{"e":"serverShutdown"}`` to every connection and close them after ``grace``."""
        msg = json.dumps({"e": "serverShutdown", "E": time.time_ns() // 1_000_000})
        victims = list(self.clients)
        for c in victims:
            asyncio.ensure_future(self._send_quiet(c.ws, msg))
        loop = asyncio.get_running_loop()
        for c in victims:
            loop.call_later(grace, lambda ws=c.ws: asyncio.ensure_future(ws.close(1001, "shutdown")))
        return len(victims)

    def inject(self, frame, stream_name: Optional[str] = None) -> int:
        """Send one frame as is (bytes: binary, str: text) to every connection (subscribed
        to ``stream_name`` if given); returns how many got it."""
        targets = [c.ws for c in self.clients if not c.frozen and
                   (stream_name is None or stream_name in c.streams)]
        broadcast(targets, frame)
        return len(targets)

    def freeze(self) -> int:
        """Half-open every current connection: stop reading (pings go unanswered) and
        sending, keep the TCP connection up.  Returns how many."""
        n = 0
        for c in self.clients:
            if not c.frozen:
                c.frozen = True
                c.ws.transport.pause_reading()
                n += 1
        return n

    def drop_diffs(self, n: int = 1, symbol: Optional[str] = None) -> None:
        """Skip the next ``n`` depth diffs of ``symbol`` (all symbols if None): a gap."""
        self._drop[symbol.upper() if symbol else "*"] += n

    def pause(self, paused: bool = True) -> None:
        self._paused = paused

    async def step(self, n: int = 1) -> None:
        """Advance the market n ticks now (for tests with ``interval=None``)."""
        for _ in range(n):
            self._tick()
        await asyncio.sleep(0)

    async def pump(self, frames: list, stream_name: Optional[str] = None, repeat: int = 1) -> int:
        """Send pre-encoded frames to every connection (subscribed to ``stream_name`` if given)
        as fast as the sockets take them; returns frames sent per connection."""
        targets = [c for c in self.clients if stream_name is None or stream_name in c.streams]
        sent = 0
        for _ in range(repeat):
            for f in frames:
                for c in targets:
                    await c.ws.send(f)
                sent += 1
        return sent

    def snapshot_message(self, symbol: str, limit: int = 100) -> bytes:
        book = self.market.book(symbol)
        if isinstance(book, _MDBook):
            return book.md.depth_bytes(book.symbol, limit)
        return spot.encode(book.snapshot(limit))

    # ------------------------------------------------------------ internals
    @staticmethod
    async def _send_quiet(ws, msg):
        try:
            await ws.send(msg)
        except ConnectionClosed:
            pass

    def _process_request(self, connection, request):
        self.connection_attempts += 1
        parsed = urllib.parse.urlsplit(request.path)
        if parsed.path == "/api/v3/depth":
            q = urllib.parse.parse_qs(parsed.query)
            sym = (q.get("symbol") or [""])[0].upper()
            limit = int((q.get("limit") or ["100"])[0])
            if sym not in self.market.books:
                return _json_response(400, {"code": -1121, "msg": "Invalid symbol."})
            body = self.snapshot_message(sym, limit)
            return Response(200, "OK", Headers([("Content-Type", "application/sbe"),
                                                ("Content-Length", str(len(body)))]), body)
        key = request.headers.get("X-MBX-APIKEY")
        if self.require_key:
            if not key:
                return _json_response(401, {"code": -2014, "msg": "API-key format invalid."})
            if self.api_keys is not None:
                kind = self.api_keys.get(key)
                if kind is None:
                    return _json_response(401, {"code": -2015, "msg":
                                          "Invalid API-key, IP, or permissions for action."})
                if kind != "ed25519":
                    return _json_response(401, {"code": -2015, "msg":
                                          "Only Ed25519 API keys are allowed for SBE streams."})
        streams = self._path_streams(parsed)
        if streams is None:
            return _json_response(400, {"code": -1100, "msg": "Invalid path."})
        if len(streams) > self.max_streams:
            return _json_response(400, {"code": -1100,
                                        "msg": f"Too many streams (max {self.max_streams})."})
        for s in streams:
            if not self._valid_stream(s):
                return _json_response(400, {"code": -1100, "msg": f"Invalid stream {s!r}."})
        connection.sbe_streams = streams
        return None

    def _path_streams(self, parsed):
        path = parsed.path
        if path in ("/ws", "/ws/"):
            return []
        if path.startswith("/ws/"):
            return [s for s in path[4:].split("/") if s]
        if path in ("/stream", "/stream/"):
            q = urllib.parse.parse_qs(parsed.query)
            raw = (q.get("streams") or [""])[0]
            return [s for s in raw.split("/") if s]
        return None

    def _valid_stream(self, s: str) -> bool:
        sym, sep, chan = s.partition("@")
        return (sep and sym == sym.lower() and sym.upper() in self.market.books
                and chan in ("trade", "bestBidAsk", "depth", "depth20"))

    async def _handler(self, ws):
        c = _Client(ws, getattr(ws, "sbe_streams", []))
        self.clients.add(c)
        closer = asyncio.get_running_loop().call_later(
            self.lifetime, lambda: asyncio.ensure_future(ws.close(1000, "24h limit")))
        if self.replay:
            for s in sorted(c.streams):
                for f in self._history.get(s, ()):
                    await self._send_quiet(ws, f)
        if self.shutdown_on_connect:
            await self._send_quiet(ws, json.dumps({"e": "serverShutdown",
                                                   "E": time.time_ns() // 1_000_000}))
            asyncio.get_running_loop().call_later(
                0.05, lambda: asyncio.ensure_future(ws.close(1001, "shutdown")))
        try:
            async for m in ws:
                self.messages_received += 1
                now = time.monotonic()
                c.msg_times.append(now)
                while c.msg_times and now - c.msg_times[0] > 1.0:
                    c.msg_times.popleft()
                if len(c.msg_times) > self.message_rate:
                    self.rate_violations += 1
                    await ws.close(1008, "Too many requests")
                    break
                if isinstance(m, bytes):
                    continue
                await self._control(c, m)
        except ConnectionClosed:
            pass
        finally:
            closer.cancel()
            self.clients.discard(c)

    async def _control(self, c: _Client, text: str):
        try:
            req = json.loads(text)
            method, rid = req["method"], req.get("id")
        except (ValueError, KeyError, TypeError):
            await ws_send(c.ws, {"error": {"code": 2, "msg": "Invalid request"}, "id": None})
            return
        params = req.get("params") or []
        if method in ("SUBSCRIBE", "UNSUBSCRIBE"):
            bad = [p for p in params if not isinstance(p, str) or not self._valid_stream(p)]
            if bad:
                await ws_send(c.ws, {"error": {"code": 2, "msg": f"Invalid stream {bad[0]!r}"},
                                     "id": rid})
                return
            if method == "SUBSCRIBE":
                if len(c.streams | set(params)) > self.max_streams:
                    await ws_send(c.ws, {"error": {"code": 2, "msg":
                                         f"Too many streams (max {self.max_streams})"}, "id": rid})
                    return
                c.streams.update(params)
            else:
                c.streams.difference_update(params)
            await ws_send(c.ws, {"result": None, "id": rid})
        elif method == "LIST_SUBSCRIPTIONS":
            await ws_send(c.ws, {"result": sorted(c.streams), "id": rid})
        else:
            await ws_send(c.ws, {"error": {"code": 2, "msg": "Unknown method"}, "id": rid})

    async def _tick_loop(self):
        while True:
            await asyncio.sleep(self.interval)
            if not self._paused:
                self._tick()

    def _tick(self):
        self.ticks += 1
        now = time.time_ns() // 1000
        subs = collections.defaultdict(list)
        for c in self.clients:
            if c.frozen:
                continue
            for s in c.streams:
                subs[s].append(c)
        for sym, book in self.market.books.items():
            msgs = book.step(now)
            low = sym.lower()
            for chan, msg in msgs.items():
                name = f"{low}@{chan}"
                if chan == "depth" and (self._drop[sym] or self._drop["*"]):
                    k = sym if self._drop[sym] else "*"
                    self._drop[k] -= 1
                    self.dropped_diffs += 1
                    continue
                targets = subs.get(name)
                if targets or self.replay:
                    frame = stream.encode(msg)
                    if self.replay:
                        h = self._history.get(name)
                        if h is None or h.maxlen != self.replay:
                            h = self._history[name] = collections.deque(h or (), self.replay)
                        h.append(frame)
                    if not targets:
                        continue
                    broadcast([c.ws for c in targets], frame)
                    self.sent[name] += len(targets)
                    if self.close_after is not None:
                        for c in targets:
                            c.events += 1
                            if c.events == self.close_after:
                                asyncio.ensure_future(c.ws.close(1000, "close_after"))


async def ws_send(ws, obj):
    try:
        await ws.send(json.dumps(obj))
    except ConnectionClosed:
        pass
