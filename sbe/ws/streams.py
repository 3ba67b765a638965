"""Client for the Binance SBE market-data streams (``wss://stream-sbe.binance.com:9443``).

    async with StreamClient(["btcusdt@bestBidAsk", "btcusdt@depth"], api_key=KEY) as sc:
        async for ev in sc:              # dicts from sbe.stream (numpy levels for depth)
            print(ev["$stream"], ev["$recvTime"] - ev["eventTime"])

Data arrive as SBE binary frames, one event per frame, with no ``{"stream":..}`` wrapper even
on combined connections: events are demultiplexed by (templateId, symbol) and each decoded
event gets two extra keys, ``"$stream"`` (the stream name it belongs to) and ``"$recvTime"``
(local receive time, µs since the epoch, the unit of ``eventTime``).  ``raw=True`` yields
:class:`Frame` tuples (bytes, recv time, stream) for users who decode themselves.

The client keeps the connections alive for you: reconnect with backoff after a drop (and
resubscribe), rotation before the 24-hour limit and on ``serverShutdown`` (the replacement
connection is opened first and the switch happens per stream once both connections overlap,
so nothing is lost and nothing is delivered twice), at most 1024 streams per connection
(larger sets are spread over several connections), control messages kept under 5 per second
per connection, connection attempts under 300 per 5 minutes (process-wide).
"""

from __future__ import annotations

import asyncio
import collections
import itertools
import json
import logging
import struct
import time
from typing import Any, Awaitable, Callable, Iterable, NamedTuple, Optional, Union

from websockets.asyncio.client import connect as ws_connect
from websockets.exceptions import ConnectionClosed, InvalidHandshake, InvalidStatus

from ._util import (CONNECTION_ATTEMPTS, AttemptLimiter, Backoff, HandshakeError, RateLimiter,
                    StreamError, SubscriptionError, require_ed25519)

__all__ = ["StreamClient", "Frame", "PROD", "TESTNET", "DEMO", "stream_key", "normalize_stream",
           "MAX_STREAMS_PER_CONNECTION"]

log = logging.getLogger("sbe.ws.streams")

PROD = "wss://stream-sbe.binance.com:9443"
TESTNET = "wss://stream-sbe.testnet.binance.vision:9443"
DEMO = "wss://demo-stream-sbe.binance.com:9443"

MAX_STREAMS_PER_CONNECTION = 1024
#: streams put in the connection URL; the rest are subscribed with SUBSCRIBE messages
URL_STREAMS = 200
#: streams per SUBSCRIBE/UNSUBSCRIBE message
PARAMS_PER_MESSAGE = 200

TRADE, BEST_BID_ASK, DEPTH_SNAPSHOT, DEPTH_DIFF = 10000, 10001, 10002, 10003
_NAME_TID = {"TradesStreamEvent": TRADE, "BestBidAskStreamEvent": BEST_BID_ASK,
             "DepthSnapshotStreamEvent": DEPTH_SNAPSHOT, "DepthDiffStreamEvent": DEPTH_DIFF}
_CONTIGUOUS = {TRADE: 1, DEPTH_DIFF: 1, BEST_BID_ASK: 0, DEPTH_SNAPSHOT: 0}


class Frame(NamedTuple):
    """A raw SBE frame (``raw=True``): ``data`` is the message, ``recv_time`` µs since epoch."""
    data: bytes
    recv_time: int
    stream: Optional[str]


def normalize_stream(name: str) -> str:
    """``BTCUSDT@bestBidAsk`` → ``btcusdt@bestBidAsk`` (Binance requires lower-case symbols)."""
    sym, sep, chan = name.strip().partition("@")
    if not sep or not sym or not chan:
        raise ValueError(f"not a stream name: {name!r} (expected <symbol>@<channel>)")
    return f"{sym.lower()}@{chan}"


def stream_key(name: str) -> tuple:
    """(templateId, SYMBOL) of the events of a stream name."""
    sym, _, chan = normalize_stream(name).partition("@")
    if chan == "trade":
        tid = TRADE
    elif chan == "bestBidAsk":
        tid = BEST_BID_ASK
    elif chan == "depth" or chan.startswith("depth@"):
        tid = DEPTH_DIFF
    elif chan.startswith("depth") and chan[5:].split("@")[0].isdigit():
        tid = DEPTH_SNAPSHOT
    else:
        raise ValueError(f"unknown SBE stream channel {chan!r} in {name!r} "
                         "(trade, bestBidAsk, depth, depth20)")
    return tid, sym.upper()


_H = struct.Struct("<HHHH")
_Q = struct.Struct("<q")
_G16 = struct.Struct("<HH")
_G32 = struct.Struct("<HI")


def peek(buf) -> tuple:
    """(templateId, symbol, first seq, last seq) of a stream frame, read without decoding."""
    bl, tid, _, _ = _H.unpack_from(buf, 0)
    if tid == BEST_BID_ASK or tid == DEPTH_SNAPSHOT:
        first = last = _Q.unpack_from(buf, 16)[0]
        off = 8 + bl
        if tid == DEPTH_SNAPSHOT:
            for _ in range(2):
                gbl, n = _G16.unpack_from(buf, off)
                off += 4 + gbl * n
    elif tid == DEPTH_DIFF:
        first = _Q.unpack_from(buf, 16)[0]
        last = _Q.unpack_from(buf, 24)[0]
        off = 8 + bl
        for _ in range(2):
            gbl, n = _G16.unpack_from(buf, off)
            off += 4 + gbl * n
    elif tid == TRADE:
        off = 8 + bl
        gbl, n = _G32.unpack_from(buf, off)
        off += 6
        if n:
            first = _Q.unpack_from(buf, off)[0]
            last = _Q.unpack_from(buf, off + gbl * (n - 1))[0]
        else:
            first = last = None
        off += gbl * n
    else:
        return tid, None, None, None
    ln = buf[off]
    sym = bytes(buf[off + 1: off + 1 + ln]).decode("utf-8")
    return tid, sym, first, last


def _msg_key(msg: dict) -> tuple:
    tid = _NAME_TID.get(msg["$message"])
    if tid == DEPTH_DIFF:
        return tid, msg["symbol"], msg["firstBookUpdateId"], msg["lastBookUpdateId"]
    if tid == BEST_BID_ASK or tid == DEPTH_SNAPSHOT:
        s = msg["bookUpdateId"]
        return tid, msg["symbol"], s, s
    if tid == TRADE:
        tr = msg["trades"]
        if len(tr):
            return tid, msg["symbol"], int(tr[0]["id"]), int(tr[-1]["id"])
        return tid, msg["symbol"], None, None
    return tid, msg.get("symbol"), None, None


class _KeyState:
    """Per (templateId, symbol): which connection delivers it and the last sequence delivered."""
    __slots__ = ("owner", "last", "pending", "buffer", "contig")

    def __init__(self, owner, contig):
        self.owner = owner
        self.last = None
        self.pending = None
        self.buffer: list = []
        self.contig = contig


class _Conn:
    _ids = itertools.count(1)

    def __init__(self, client: "StreamClient", streams: list):
        self.client = client
        self.n = next(self._ids)
        self.streams: list = list(streams)
        self.ws = None
        self.task: Optional[asyncio.Task] = None
        self.timer: Optional[asyncio.Task] = None
        self.opened = asyncio.Event()
        self.opened_at = 0.0
        self.retiring = False           # rotation replaced it: do not reconnect
        self.rotating = False
        self.connects = 0
        self.sender = RateLimiter(client.message_rate, 1.0)
        self.pending: dict = {}
        self.fatal: Optional[BaseException] = None

    def __repr__(self):
        return f"<conn {self.n} streams={len(self.streams)}>"

    def url(self) -> tuple:
        base = self.client.base_url
        first = self.streams[:URL_STREAMS]
        if not first:
            return f"{base}/ws", []
        if len(first) == 1 and not self.client.combined:
            return f"{base}/ws/{first[0]}", self.streams[1:]
        return f"{base}/stream?streams={'/'.join(first)}", self.streams[URL_STREAMS:]

    async def run(self):
        c = self.client
        backoff = Backoff(c.backoff_base, c.backoff_cap)
        while not c._closing and not self.retiring:
            await c.attempts.acquire()
            url, extra = self.url()
            try:
                ws = await ws_connect(url, additional_headers={"X-MBX-APIKEY": c.api_key},
                                      open_timeout=c.open_timeout, max_size=None,
                                      ping_interval=c.ping_interval, ping_timeout=c.ping_timeout,
                                      close_timeout=1.0, compression=None)
            except InvalidStatus as e:
                st = e.response.status_code
                if st in (418, 429) or st >= 500:
                    delay = backoff.next()
                    ra = e.response.headers.get("Retry-After")
                    if ra and ra.isdigit():
                        delay = max(delay, float(ra))
                    log.warning("stream connect: HTTP %s, retrying in %.2fs", st, delay)
                    await asyncio.sleep(delay)
                    continue
                err = HandshakeError(st, e.response.body or b"", url)
                self.fatal = err
                self.opened.set()
                c._fail(err)
                return
            except (OSError, asyncio.TimeoutError, InvalidHandshake) as e:
                if c._closing or self.retiring:
                    return
                delay = backoff.next()
                log.warning("stream connect to %s failed (%s), retrying in %.2fs", url, e, delay)
                if self.connects == 0 and c.fail_fast:
                    self.fatal = StreamError(f"cannot connect to {url}: {e}")
                    self.opened.set()
                    c._fail(self.fatal)
                    return
                await asyncio.sleep(delay)
                continue
            self.ws = ws
            self.opened_at = time.monotonic()
            self.connects += 1
            reconnect = self.connects > 1
            if self.timer is None and c.max_connection_age:
                self.timer = asyncio.create_task(self._age_timer())
            try:
                if extra:
                    for i in range(0, len(extra), PARAMS_PER_MESSAGE):
                        await self.request("SUBSCRIBE", extra[i:i + PARAMS_PER_MESSAGE])
                self.opened.set()
                if reconnect:
                    c._on_reconnect(self)
                got_data = False
                async for m in ws:
                    if isinstance(m, bytes):
                        c._on_frame(self, m)
                        if not got_data:
                            got_data = True
                            backoff.reset()
                    else:
                        self._on_text(m)
            except ConnectionClosed:
                pass
            except SubscriptionError as e:
                c._fail(e)
            finally:
                self.ws = None
                for f in self.pending.values():
                    if not f.done():
                        f.set_exception(ConnectionError("connection closed"))
                self.pending.clear()
                try:
                    await ws.close()
                except Exception:
                    pass
            if c._closing or self.retiring:
                break
            delay = backoff.next()
            log.info("stream connection %s dropped, reconnecting in %.2fs", self.n, delay)
            await asyncio.sleep(delay)
        c._conn_ended(self)

    async def _age_timer(self):
        c = self.client
        while not c._closing and not self.retiring:
            left = self.opened_at + c.max_connection_age - time.monotonic()
            if self.ws is not None and left <= 0:
                c._rotate(self, "connection age")
                return
            await asyncio.sleep(max(0.01, min(left, 5.0)) if self.ws is not None else 0.05)

    def _on_text(self, text: str):
        try:
            js = json.loads(text)
        except ValueError:
            log.warning("non-JSON text frame: %r", text[:200])
            return
        if isinstance(js, dict) and js.get("e") == "serverShutdown":
            self.client._rotate(self, "serverShutdown")
            return
        rid = js.get("id") if isinstance(js, dict) else None
        fut = self.pending.pop(rid, None)
        if fut is not None and not fut.done():
            if js.get("error"):
                e = js["error"]
                fut.set_exception(SubscriptionError(f"{e.get('code')}: {e.get('msg')}"))
            else:
                fut.set_result(js.get("result"))
        else:
            self.client._on_control(self, js)

    async def request(self, method: str, params=None, timeout: float = 10.0):
        ws = self.ws
        if ws is None:
            raise ConnectionError("not connected")
        rid = next(self.client._req_ids)
        fut = asyncio.get_running_loop().create_future()
        self.pending[rid] = fut
        body = {"method": method, "id": rid}
        if params is not None:
            body["params"] = params
        await self.sender.acquire()
        await ws.send(json.dumps(body))
        return await asyncio.wait_for(fut, timeout)

    async def close(self):
        self.retiring = True
        if self.timer is not None:
            self.timer.cancel()
        ws = self.ws
        if ws is not None:
            try:
                await ws.close()
            except Exception:
                pass
        if self.task is not None and self.task is not asyncio.current_task():
            try:
                await asyncio.wait_for(asyncio.shield(self.task), 3.0)
            except (asyncio.TimeoutError, asyncio.CancelledError, Exception):
                self.task.cancel()


class StreamClient:
    """Market-data stream client: an async iterator of decoded events (or raw frames).

    ``streams``: initial stream names (``btcusdt@trade``, ``btcusdt@bestBidAsk``,
    ``btcusdt@depth``, ``btcusdt@depth20``); symbols are lower-cased.  ``api_key``: the
    Ed25519 API key (string or a key object with ``api_key``; HMAC/RSA key objects are
    refused).  ``raw=True`` yields :class:`Frame` instead of dicts; ``decimals``/``groups``
    are passed to ``sbe.stream.Decoder``.  ``max_connection_age`` (default 23h50m) triggers a
    rotation before Binance's 24-hour close.  ``on_reconnect(streams)`` is called after a
    dropped connection came back (events may have been missed in between).
    """

    def __init__(self, streams: Iterable[str] = (), *, api_key: Any = None,
                 base_url: str = PROD, raw: bool = False, decimals: str = "raw",
                 groups: str = "numpy", combined: bool = True,
                 max_streams_per_connection: int = MAX_STREAMS_PER_CONNECTION,
                 message_rate: int = 4, max_connection_age: Optional[float] = 24 * 3600 - 600,
                 overlap_timeout: float = 10.0, backoff_base: float = 0.2,
                 backoff_cap: float = 30.0, open_timeout: float = 10.0,
                 ping_interval: Optional[float] = 20.0, ping_timeout: Optional[float] = 60.0,
                 attempts: Optional[AttemptLimiter] = None, fail_fast: bool = True,
                 on_reconnect: Optional[Callable[[list], Any]] = None,
                 max_queue: int = 0):
        self.api_key = require_ed25519(api_key)
        base = base_url.rstrip("/")
        for suffix in ("/ws", "/stream"):
            if base.endswith(suffix):
                base = base[: -len(suffix)]
        if base.startswith("https://"):
            base = "wss://" + base[8:]
        elif base.startswith("http://"):
            base = "ws://" + base[7:]
        self.base_url = base
        self.raw = raw
        self.combined = combined
        if not raw:
            from sbe import stream as _stream
            self._decode = _stream.Decoder(decimals=decimals, groups=groups).decode
        else:
            self._decode = None
        if not 1 <= max_streams_per_connection <= MAX_STREAMS_PER_CONNECTION:
            raise ValueError(f"max_streams_per_connection must be 1..{MAX_STREAMS_PER_CONNECTION}")
        self.max_streams = max_streams_per_connection
        self.message_rate = message_rate
        self.max_connection_age = max_connection_age
        self.overlap_timeout = overlap_timeout
        self.backoff_base, self.backoff_cap = backoff_base, backoff_cap
        self.open_timeout = open_timeout
        self.ping_interval, self.ping_timeout = ping_interval, ping_timeout
        self.attempts = attempts or CONNECTION_ATTEMPTS
        self.fail_fast = fail_fast
        self.on_reconnect = on_reconnect
        self.max_queue = max_queue
        self._streams: dict = {}          # name -> key
        self._key_stream: dict = {}       # key -> name
        for s in streams:
            self._add_name(normalize_stream(s))
        self._conns: list = []            # active connections
        self._retiring: set = set()
        self._keys: dict = {}             # key -> _KeyState
        self._q: collections.deque = collections.deque()
        self._waiter: Optional[asyncio.Future] = None
        self._closing = False
        self._started = False
        self._error: Optional[BaseException] = None
        self._req_ids = itertools.count(1)
        self._tasks: set = set()
        self.stats = collections.Counter()

    # ---------------------------------------------------------------- public API
    @property
    def streams(self) -> list:
        return list(self._streams)

    @property
    def connections(self) -> int:
        return len(self._conns)

    async def start(self) -> "StreamClient":
        """Open the connections (returns once each is open; raises on handshake errors)."""
        if self._started:
            return self
        self._started = True
        names = list(self._streams)
        for i in range(0, max(len(names), 1), self.max_streams):
            self._spawn(_Conn(self, names[i:i + self.max_streams]))
        await self._wait_open(self._conns)
        return self

    async def close(self) -> None:
        self._closing = True
        conns = list(self._conns) + list(self._retiring)
        await asyncio.gather(*(c.close() for c in conns), return_exceptions=True)
        for t in list(self._tasks):
            t.cancel()
        self._wake()

    async def __aenter__(self):
        return await self.start()

    async def __aexit__(self, *exc):
        await self.close()

    def __aiter__(self):
        return self

    async def __anext__(self):
        q = self._q
        while True:
            if q:
                return q.popleft()
            if self._error is not None:
                err, self._error = self._error, None
                raise err
            if self._closing:
                raise StopAsyncIteration
            if not self._started:
                await self.start()
                continue
            self._waiter = asyncio.get_running_loop().create_future()
            try:
                await self._waiter
            finally:
                self._waiter = None

    async def recv(self, timeout: Optional[float] = None):
        """The next event (``asyncio.TimeoutError`` after ``timeout`` seconds)."""
        return await asyncio.wait_for(self.__anext__(), timeout)

    async def run(self, callback: Callable[[Any], Union[None, Awaitable[None]]]) -> None:
        """Callback form: call ``callback(event)`` (sync or async) for each event until closed."""
        async for ev in self:
            r = callback(ev)
            if asyncio.iscoroutine(r):
                await r

    async def subscribe(self, *streams: str) -> None:
        """Add streams live (SUBSCRIBE messages, rate-limited); opens more connections past
        ``max_streams_per_connection``."""
        names = [normalize_stream(s) for s in _flat(streams)]
        names = [n for n in dict.fromkeys(names) if n not in self._streams]
        for n in names:
            self._add_name(n)
        if not self._started or not names:
            return
        todo = collections.deque(names)
        sends = []
        for c in self._conns:
            room = self.max_streams - len(c.streams)
            if room <= 0 or not todo:
                continue
            batch = [todo.popleft() for _ in range(min(room, len(todo)))]
            c.streams.extend(batch)
            sends.append(self._send_batches(c, "SUBSCRIBE", batch))
        new = []
        while todo:
            batch = [todo.popleft() for _ in range(min(self.max_streams, len(todo)))]
            conn = _Conn(self, batch)
            self._spawn(conn)
            new.append(conn)
        await asyncio.gather(*sends)
        await self._wait_open(new)

    async def unsubscribe(self, *streams: str) -> None:
        names = [normalize_stream(s) for s in _flat(streams)]
        sends = []
        for c in list(self._conns):
            mine = [n for n in names if n in c.streams]
            if not mine:
                continue
            for n in mine:
                c.streams.remove(n)
            if not c.streams and len(self._conns) > 1:
                self._conns.remove(c)
                sends.append(c.close())
            else:
                sends.append(self._send_batches(c, "UNSUBSCRIBE", mine))
        gone = set()
        for n in names:
            key = self._streams.pop(n, None)
            if key is not None:
                self._key_stream.pop(key, None)
                self._keys.pop(key, None)
                gone.add(n)
        if gone:       # drop queued events of those streams
            keep = [it for it in self._q
                    if (it.stream if isinstance(it, Frame) else it.get("$stream")) not in gone]
            self._q.clear()
            self._q.extend(keep)
        await asyncio.gather(*sends)

    async def list_subscriptions(self) -> list:
        out = []
        for c in self._conns:
            out.extend(await c.request("LIST_SUBSCRIPTIONS") or [])
        return out

    # ---------------------------------------------------------------- internals
    def _add_name(self, n: str):
        key = stream_key(n)
        self._streams[n] = key
        self._key_stream[key] = n

    async def _send_batches(self, c: _Conn, method: str, names: list):
        if c.ws is None:        # not connected: the (re)connect URL/subscribe covers it
            return
        for i in range(0, len(names), PARAMS_PER_MESSAGE):
            try:
                await c.request(method, names[i:i + PARAMS_PER_MESSAGE])
            except ConnectionError:
                return

    def _spawn(self, conn: _Conn):
        self._conns.append(conn)
        conn.task = asyncio.create_task(conn.run())

    async def _wait_open(self, conns):
        if not conns:
            return
        waits = [asyncio.ensure_future(c.opened.wait()) for c in conns]
        try:
            await asyncio.wait_for(asyncio.gather(*waits), self.open_timeout * 3)
        except asyncio.TimeoutError:
            for w in waits:
                w.cancel()
            raise StreamError("timed out opening the stream connections") from None
        for c in conns:
            if c.fatal is not None:
                self._error = None
                await self.close()
                raise c.fatal

    def _push(self, item):
        if self.max_queue and len(self._q) >= self.max_queue:
            self._q.popleft()
            self.stats["dropped_queue_full"] += 1
        self._q.append(item)
        w = self._waiter
        if w is not None and not w.done():
            w.set_result(None)

    def _wake(self):
        w = self._waiter
        if w is not None and not w.done():
            w.set_result(None)

    def _fail(self, err: BaseException):
        self._error = err
        self._wake()

    def _make_item(self, data, msg, key, recv):
        stream = self._key_stream.get(key)
        if msg is None:
            return Frame(data, recv, stream)
        msg["$stream"] = stream
        msg["$recvTime"] = recv
        return msg

    def _on_frame(self, conn: _Conn, data: bytes):
        recv = time.time_ns() // 1000
        if self._decode is not None:
            msg = self._decode(data)
            tid, sym, first, last = _msg_key(msg)
        else:
            msg = None
            tid, sym, first, last = peek(data)
        key = (tid, sym)
        if key not in self._key_stream:      # unsubscribed (or never asked for)
            self.stats["unsubscribed"] += 1
            return
        st = self._keys.get(key)
        if st is None:
            st = self._keys[key] = _KeyState(conn, _CONTIGUOUS.get(tid, 0))
        if st.owner is conn:
            if st.pending is None:
                if last is not None:
                    st.last = last
                self._push(self._make_item(data, msg, key, recv))
                self.stats["events"] += 1
            else:               # conn being replaced: still the source until the switch
                if last is not None and st.last is not None and last <= st.last:
                    self.stats["duplicates"] += 1
                    return
                if last is not None:
                    st.last = last
                self._push(self._make_item(data, msg, key, recv))
                self.stats["events"] += 1
                self._try_switch(st, key)
        elif st.pending is conn:
            st.buffer.append((first, last, data, msg, recv))
            self._try_switch(st, key)
        else:
            self.stats["duplicates"] += 1

    def _try_switch(self, st: _KeyState, key, force: bool = False):
        buf = st.buffer
        if not buf:
            if force:
                st.owner, st.pending = st.pending, None
            return
        ok = force or st.last is None or buf[0][0] is None or \
            any(f is not None and f <= st.last + st.contig for f, *_ in buf)
        if not ok and len(buf) < 10_000:
            return
        st.owner, st.pending, st.buffer = st.pending, None, []
        for first, last, data, msg, recv in buf:
            if last is not None and st.last is not None and last <= st.last:
                self.stats["duplicates"] += 1
                continue
            if last is not None:
                st.last = last
            self._push(self._make_item(data, msg, key, recv))
            self.stats["events"] += 1
        self._maybe_retire_done()

    def _rotate(self, old: _Conn, why: str):
        if old.rotating or self._closing or old not in self._conns:
            return
        old.rotating = True
        self.stats["rotations"] += 1
        log.info("rotating stream connection %s (%s)", old.n, why)
        new = _Conn(self, list(old.streams))
        keys = [self._streams[n] for n in old.streams if n in self._streams]
        for key in keys:
            st = self._keys.get(key)
            if st is None:
                self._keys[key] = _KeyState(new, _CONTIGUOUS.get(key[0], 0))
            elif st.owner is old:
                st.pending = new
            else:
                st.owner = new
        idx = self._conns.index(old)
        self._conns[idx] = new
        self._retiring.add(old)
        new.task = asyncio.create_task(new.run())

        async def finish():
            try:
                await asyncio.wait_for(new.opened.wait(), self.open_timeout * 3)
                deadline = time.monotonic() + self.overlap_timeout
                while time.monotonic() < deadline and old.ws is not None:
                    if not any(st.pending is new for st in self._keys.values()):
                        break
                    await asyncio.sleep(0.005)
            except asyncio.TimeoutError:
                pass
            self._flush_pending(new)
            self._retiring.discard(old)
            await old.close()
        t = asyncio.create_task(finish())
        self._tasks.add(t)
        t.add_done_callback(self._tasks.discard)

    def _flush_pending(self, new: _Conn):
        for key, st in list(self._keys.items()):
            if st.pending is new:
                self._try_switch(st, key, force=True)

    def _maybe_retire_done(self):
        pass  # the rotation task polls; kept as a hook

    def _conn_ended(self, conn: _Conn):
        # an old connection closed by the server before every stream switched over
        for key, st in list(self._keys.items()):
            if st.owner is conn and st.pending is not None:
                self._try_switch(st, key, force=True)

    def _on_reconnect(self, conn: _Conn):
        self.stats["reconnects"] += 1
        if self.on_reconnect is not None:
            try:
                self.on_reconnect(list(conn.streams))
            except Exception:
                log.exception("on_reconnect callback failed")

    def _on_control(self, conn: _Conn, js):
        log.debug("control message on connection %s: %r", conn.n, js)


def _flat(items) -> list:
    out = []
    for s in items:
        if isinstance(s, str):
            out.append(s)
        else:
            out.extend(s)
    return out
