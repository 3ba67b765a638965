"""Client for the Binance SBE market-data streams (``wss://stream-sbe.binance.com:9443``).

    async with StreamClient(["btcusdt@bestBidAsk", "btcusdt@depth"], api_key=KEY) as sc:
        async for ev in sc:              # dicts from sbe.stream (numpy levels for depth)
            print(ev["$stream"], ev["$recvTime"] - ev["eventTime"])

    await sc.run(on_event)               # fastest: on_event(ev) called from the frame callback

Data arrive as SBE binary frames, one event per frame, with no ``{"stream":..}`` wrapper even
on combined connections: events are demultiplexed by (templateId, symbol) and each decoded
event gets two extra keys, ``"$stream"`` (the stream name it belongs to) and ``"$recvTime"``
(local receive time, µs since the epoch, the unit of ``eventTime``).  ``raw=True`` yields
:class:`Frame` tuples (bytes, recv time, stream) for users who decode themselves.

Frames are decoded inside the transport's frame callback (:mod:`sbe.ws._transport`, picows);
``run(callback)`` calls ``callback(event)`` right there, with no queue; the async iterator and
:meth:`StreamClient.recv` read a bounded queue (no task per event).

Never stall, never lie (details and defaults in docs/streams.md):

* a frame that cannot be decoded (garbage, truncated, a text frame that is not a control
  reply, JSON nested too deep) is counted in ``stats``, passed to ``on_error`` as a
  :class:`FrameError` and logged (WARNING, at most one line per kind every 10 s), then
  skipped; a message of a template this schema does not know (Binance's next schema) is
  surfaced the same way as :class:`UnknownMessage` (``stats["unknown_messages"]``);
* the queue holds at most ``max_queue`` events; past that ``overflow`` decides:
  ``"drop_oldest"`` (default) or ``"drop_newest"`` drop events, count them in
  ``stats["dropped_queue_full"]`` and raise :class:`QueueOverflow` from the iterator/``recv``
  exactly where the gap is (iterate again to go on); ``"error"`` fails the client;
* if a connection task dies, or the client fails, every consumer (iterator, ``recv``,
  ``run``) gets the exception;
* reconnects wait a jittered exponential backoff that resets only after a connection stayed
  up ``stable_after`` seconds (a server that closes at once, or sends ``serverShutdown`` at
  once, is retried at the backoff pace); each connection may use at most
  ``max_attempts_per_connection`` of the process-wide 300 attempts per 5 minutes;
* events carrying a sequence (trade ids, book update ids) already delivered are not delivered
  again after a reconnect or a rotation (``stats["duplicates"]``);
* frames over ``max_frame_size`` (default 1 MiB) are refused from their header; a connection
  that stops answering pings is dropped after ``ping_interval + ping_timeout`` and reopened.

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
import inspect
import itertools
import json
import logging
import time
from typing import Any, Awaitable, Callable, Iterable, NamedTuple, Optional, Union

from sbe import stream as _stream
from sbe._util import RateLimitedLog
from sbe.binance.urls import BASE_URLS, STREAM, resolve_url
from sbe.errors import DecodeError, SchemaMismatchError, UnknownTemplateError

from . import _transport
from ._util import (CONNECTION_ATTEMPTS, AttemptLimiter, Backoff, HandshakeError, RateLimiter,
                    StreamError, SubscriptionError, require_ed25519)

__all__ = ["StreamClient", "Frame", "PROD", "TESTNET", "DEMO", "stream_key", "normalize_stream",
           "MAX_STREAMS_PER_CONNECTION", "FrameError", "UnknownMessage", "QueueOverflow",
           "peek", "DEFAULT_MAX_FRAME_SIZE", "DEFAULT_MAX_QUEUE"]

log = logging.getLogger("sbe.ws.streams")

PROD = BASE_URLS[STREAM]["prod"]
TESTNET = BASE_URLS[STREAM]["testnet"]
DEMO = BASE_URLS[STREAM]["demo"]

MAX_STREAMS_PER_CONNECTION = 1024
#: streams put in the connection URL; the rest are subscribed with SUBSCRIBE messages
URL_STREAMS = 200
#: streams per SUBSCRIBE/UNSUBSCRIBE message
PARAMS_PER_MESSAGE = 200
#: Largest stream frame accepted.  The largest stream events are a depth20 snapshot (~700 B)
#: and a trade event batching the fills of one taker order (25 B per trade: 1 MiB holds
#: 40,000 trades); the largest Binance messages (exchangeInfo, depth 5000) are not streams.
DEFAULT_MAX_FRAME_SIZE = 1 << 20
#: Events held for a slow iterator consumer (a few seconds of a busy multi-symbol stream).
DEFAULT_MAX_QUEUE = 10_000
#: Largest control text frame parsed (LIST_SUBSCRIPTIONS of 1024 streams is ~30 KB).
MAX_TEXT_SIZE = 1 << 20
#: A sequence this far below the last one delivered is a restarted sequence, not a replay.
REPLAY_WINDOW = 10_000_000
#: Attempts one connection may use per 5 minutes (a tenth of Binance's 300 per IP).
MAX_ATTEMPTS_PER_CONNECTION = 30

# template ids and schema id: the generated stream module's
TRADE = _stream.TEMPLATE_TradesStreamEvent
BEST_BID_ASK = _stream.TEMPLATE_BestBidAskStreamEvent
DEPTH_SNAPSHOT = _stream.TEMPLATE_DepthSnapshotStreamEvent
DEPTH_DIFF = _stream.TEMPLATE_DepthDiffStreamEvent
STREAM_SCHEMA_ID = _stream.SCHEMA_ID
_NAME_TID = {_stream.TEMPLATES[t]: t for t in (TRADE, BEST_BID_ASK, DEPTH_SNAPSHOT, DEPTH_DIFF)}
#: streams whose sequences are contiguous (the next event starts at last + 1); an event whose
#: last sequence was delivered already is a duplicate on every stream
_CONTIGUOUS = {TRADE: 1, DEPTH_DIFF: 1, BEST_BID_ASK: 0, DEPTH_SNAPSHOT: 0}
_TID_NAME = {v: k for k, v in _NAME_TID.items()}


class Frame(NamedTuple):
    """A raw SBE frame (``raw=True``): ``data`` is the message, ``recv_time`` µs since epoch."""
    data: bytes
    recv_time: int
    stream: Optional[str]


class FrameError(StreamError, ValueError):
    """A frame was skipped: ``kind`` says why ("decode", "text", "unknown_message"),
    ``data`` holds the frame (bytes or str, first 4 KiB), ``connection`` its connection
    number; ``__cause__`` is the underlying error (e.g. an ``sbe.errors.DecodeError`` with
    path, offset and sizes)."""

    def __init__(self, kind: str, message: str, data=b"", connection: int = 0):
        super().__init__(message)
        self.kind, self.data, self.connection = kind, data[:4096], connection


class UnknownMessage(FrameError):
    """A binary message this client's schema does not know (a newer schema's template):
    never fatal, surfaced through ``on_error`` and ``stats["unknown_messages"]``."""

    def __init__(self, template_id: int, schema_id: int, version: int, data: bytes,
                 connection: int = 0):
        super().__init__("unknown_message", f"unknown message: templateId {template_id}, "
                         f"schema {schema_id}:{version}, {len(data)} bytes", data, connection)
        self.template_id, self.schema_id, self.version = template_id, schema_id, version


class QueueOverflow(StreamError):
    """The consumer fell behind: ``dropped`` events were dropped at this point of the stream
    (``overflow="drop_oldest"|"drop_newest"``); iterate again to go on."""

    def __init__(self, dropped: int, policy: str):
        super().__init__(f"event queue full: {dropped} event(s) dropped ({policy})")
        self.dropped, self.policy = dropped, policy


class _Gap:
    """Queue marker: events were dropped here."""
    __slots__ = ("dropped",)

    def __init__(self, n):
        self.dropped = n


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


#: (templateId, symbol, first seq, last seq) of a stream frame, read without decoding: the
#: generated, bounds-checked ``sbe.stream.peek``. A short or inconsistent frame raises
#: ``sbe.errors.TruncatedError``/``MalformedError`` (offset, sizes); another schema id
#: ``SchemaMismatchError``; a template the schema does not define ``UnknownTemplateError``.
peek = _stream.peek


class _KeyState:
    """Per (message name, symbol): which connection delivers it, the last sequence delivered."""
    __slots__ = ("owner", "last", "pending", "buffer", "contig", "stream", "tid")

    def __init__(self, owner, tid, stream):
        self.owner = owner
        self.last = None
        self.pending = None
        self.buffer: list = []
        self.tid = tid
        self.contig = _CONTIGUOUS[tid]
        self.stream = stream


def _trade_ids(msg) -> tuple:
    tr = msg["trades"]
    if len(tr):
        return int(tr[0]["id"]), int(tr[-1]["id"])
    return None, None


def _seq(tid, msg) -> tuple:
    """(first, last) sequence of a decoded event."""
    if tid == BEST_BID_ASK or tid == DEPTH_SNAPSHOT:
        s = msg["bookUpdateId"]
        return s, s
    if tid == DEPTH_DIFF:
        return msg["firstBookUpdateId"], msg["lastBookUpdateId"]
    return _trade_ids(msg)


def _make_on_binary(conn: "_Conn", c: "StreamClient"):
    """The frame callback of a decoding connection: decode and route one frame inside the
    transport's frame callback.  The common case (the key's owner, no rotation in progress)
    is inlined; objects it reads are bound once (a closure is faster than attributes)."""
    dec, by_sym, q, waiters = c._decode, c._by_sym, c._q, c._waiters

    def on_binary(data: bytes, recv_ns: int) -> None:
        try:
            msg = dec(data)
            by_name = by_sym.get(msg["symbol"])
            st = by_name.get(msg["$message"]) if by_name is not None else None
        except UnknownTemplateError as e:
            c._unknown(conn, data, e)
            return
        except (DecodeError, KeyError, TypeError, ValueError) as e:
            c._bad_frame(conn, "decode", data, e)
            return
        if st is None or st.owner is not conn or st.pending is not None:
            c._route_slow(conn, st, data, msg, recv_ns // 1000)
            return
        tid = st.tid
        if tid == BEST_BID_ASK or tid == DEPTH_SNAPSHOT:
            first = last = msg["bookUpdateId"]
        elif tid == DEPTH_DIFF:
            first = msg["firstBookUpdateId"]
            last = msg["lastBookUpdateId"]
        else:
            first, last = _trade_ids(msg)
        if last is not None:
            lst = st.last
            if lst is not None and first <= lst and last > lst - REPLAY_WINDOW:
                msg = c._replayed(st, first, last, msg)
                if msg is False:
                    return
            st.last = last
        msg["$stream"] = st.stream
        msg["$recvTime"] = recv_ns // 1000
        c._n_events += 1
        cb = c._cb
        if cb is not None:
            try:
                cb(msg)
            except BaseException as e:  # noqa: BLE001 - the user's callback: run() raises it
                c._callback_failed(e)
            return
        if len(q) < c.max_queue:
            q.append(msg)
        else:
            c._overflow(msg)
        if waiters:
            c._wake()

    return on_binary


class _Conn:
    _ids = itertools.count(1)

    def __init__(self, client: "StreamClient", streams: list, backoff: Optional[Backoff] = None,
                 limiter: Optional[RateLimiter] = None, delay: float = 0.0):
        self.client = client
        self.n = next(self._ids)
        self.streams: list = list(streams)
        self.ws: Optional[_transport.Connection] = None
        self.task: Optional[asyncio.Task] = None
        self.age_timer = None
        self.opened = asyncio.Event()
        self.opened_at = 0.0
        self.retiring = False           # rotation replaced it: do not reconnect
        self.rotating = False
        self.connects = 0
        # pacing survives rotations: a replacement inherits its predecessor's backoff
        self.backoff = backoff or Backoff(client.backoff_base, client.backoff_cap)
        self.limiter = limiter or RateLimiter(client.max_attempts_per_connection, 300.0)
        self.delay = delay
        # 4 per 1.1 s: a margin for delivery jitter under Binance's 5 per second
        self.sender = RateLimiter(client.message_rate, 1.1)
        self.pending: dict = {}
        self.fatal: Optional[BaseException] = None
        on_binary = _make_on_binary(self, client) if client._decode is not None \
            else self.on_binary_raw
        tap = client.on_frame
        if tap is not None:     # every binary frame as received (sbe.capture records them)
            n = self.n

            def on_binary(data, recv_ns, _route=on_binary):
                tap(data, recv_ns, n)
                _route(data, recv_ns)
        self.on_binary = on_binary

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

    @property
    def uptime(self) -> float:
        return time.monotonic() - self.opened_at if self.opened_at else 0.0

    async def run(self):
        c = self.client
        try:
            await self._run()
        except asyncio.CancelledError:
            raise
        except BaseException as e:       # a bug or an unexpected error: nobody waits forever
            err = StreamError(f"stream connection {self.n} failed: {type(e).__name__}: {e}")
            err.__cause__ = e
            self.fatal = self.fatal or err
            self.opened.set()
            c._fail(err)
        finally:
            self.ws = None
            if self.age_timer is not None:
                self.age_timer.cancel()
            c._conn_ended(self)

    async def _run(self):
        c = self.client
        backoff = self.backoff
        while not c._closing and not self.retiring:
            if self.delay > 0:
                await asyncio.sleep(self.delay)
                self.delay = 0.0
                if c._closing or self.retiring:
                    return
            await self.limiter.acquire()
            await c.attempts.acquire()
            c._stats["connect_attempts"] += 1
            url, extra = self.url()
            try:
                ws = await _transport.connect(
                    url, headers={"X-MBX-APIKEY": c.api_key},
                    on_binary=self.on_binary,
                    on_text=self.on_text, on_error=self.on_transport_error,
                    ping_interval=c.ping_interval, ping_timeout=c.ping_timeout or 10.0,
                    max_frame_size=c.max_frame_size, open_timeout=c.open_timeout)
            except HandshakeError as e:
                st = e.status
                if st in (0, 418, 429) or st >= 500:      # 0: a reply that is not HTTP
                    # Retry-After is honoured up to 10 minutes (a huge value is not a stall)
                    self.delay = max(backoff.next(), min(e.retry_after or 0.0, 600.0))
                    log.warning("stream connect: HTTP %s, retrying in %.2fs", st, self.delay)
                    continue
                self.fatal = e
                self.opened.set()
                c._fail(e)
                return
            except (OSError, asyncio.TimeoutError, TimeoutError) as e:
                if c._closing or self.retiring:
                    return
                if self.connects == 0 and c.fail_fast:
                    self.fatal = StreamError(f"cannot connect to {url}: {e}")
                    self.opened.set()
                    c._fail(self.fatal)
                    return
                self.delay = backoff.next()
                log.warning("stream connect to %s failed (%s), retrying in %.2fs",
                            url, e, self.delay)
                continue
            if c._closing or self.retiring:
                await ws.close()
                return
            self.ws = ws
            self.opened_at = time.monotonic()
            self.connects += 1
            reconnect = self.connects > 1
            if c.max_connection_age:
                self.age_timer = asyncio.get_running_loop().call_later(
                    c.max_connection_age, c._rotate, self, "connection age")
            try:
                if extra:
                    for i in range(0, len(extra), PARAMS_PER_MESSAGE):
                        await self.request("SUBSCRIBE", extra[i:i + PARAMS_PER_MESSAGE])
                self.opened.set()
                if reconnect:
                    c._on_reconnect(self)
                why = await ws.wait_closed()
            except (ConnectionError, asyncio.TimeoutError):
                why = ws.closed.result() if ws.closed.done() else None
                await ws.close()
            except SubscriptionError as e:      # a stream refused: fatal, no retry loop
                self.fatal = e
                c._fail(e)
                await ws.close()
                why = e
            finally:
                self.ws = None
                if self.age_timer is not None:
                    self.age_timer.cancel()
                    self.age_timer = None
                reason = ws.closed.result() if ws.closed.done() else "closing"
                for f in self.pending.values():
                    if not f.done():
                        f.set_exception(ConnectionError(f"stream connection closed: {reason}"))
                self.pending.clear()
            if c._closing or self.retiring or self.fatal is not None:
                break
            c._on_disconnect(self)
            if self.uptime >= c.stable_after:
                backoff.reset()
            self.delay = backoff.next()
            log.info("stream connection %s dropped (%s), reconnecting in %.2fs",
                     self.n, why, self.delay)

    # ------------------------------------------------------------------ frame callbacks
    def on_binary_raw(self, data: bytes, recv_ns: int) -> None:
        """``raw=True``: route by :func:`peek` (no decode), deliver :class:`Frame`."""
        c = self.client
        try:
            tid, sym, first, last = peek(data)
            name = _TID_NAME[tid]
        except (UnknownTemplateError, SchemaMismatchError, KeyError) as e:
            c._unknown(self, data, e)
            return
        except DecodeError as e:
            c._bad_frame(self, "decode", data, e)
            return
        st = c._keys.get((name, sym))
        if st is None or st.owner is not self or st.pending is not None:
            c._route_slow(self, st, data, None, recv_ns // 1000, (tid, sym, first, last))
            return
        if last is not None:
            lst = st.last
            if lst is not None and first <= lst and last > lst - REPLAY_WINDOW:
                if c._replayed(st, first, last, None) is False:
                    return
            st.last = last
        c._emit(Frame(data, recv_ns // 1000, st.stream))

    def on_text(self, text: str) -> None:
        c = self.client
        if len(text) > MAX_TEXT_SIZE:
            c._bad_frame(self, "text", text[:200], ValueError(
                f"text frame of {len(text)} characters over {MAX_TEXT_SIZE}"))
            return
        try:
            js = json.loads(text)
        except (ValueError, RecursionError) as e:
            c._bad_frame(self, "text", text, ValueError(
                f"text frame is not JSON: {type(e).__name__}: {str(e)[:100]}"))
            return
        if not isinstance(js, dict):
            c._bad_frame(self, "text", text, ValueError("text frame is not a JSON object"))
            return
        if js.get("e") == "serverShutdown":
            c._stats["server_shutdowns"] += 1
            c._rotate(self, "serverShutdown")
            return
        rid = js.get("id")
        fut = self.pending.pop(rid, None) if isinstance(rid, int) else None
        if fut is not None:
            if not fut.done():
                err = js.get("error")
                if err:
                    code, msg = (err.get("code"), err.get("msg")) if isinstance(err, dict) \
                        else (None, err)
                    fut.set_exception(SubscriptionError(f"{code}: {msg}"))
                else:
                    fut.set_result(js.get("result"))
            return
        if "result" in js and rid is not None:     # a reply we stopped waiting for
            c._stats["late_replies"] += 1
            return
        c._bad_frame(self, "text", text, ValueError(
            "text frame is not a reply to a pending request nor serverShutdown"))

    def on_transport_error(self, exc: BaseException) -> None:
        self.client._bad_frame(self, "text", b"", exc)

    async def request(self, method: str, params=None, timeout: float = 10.0):
        if self.ws is None:
            raise ConnectionError("not connected")
        rid = next(self.client._req_ids)
        fut = asyncio.get_running_loop().create_future()
        self.pending[rid] = fut
        body = {"method": method, "id": rid}
        if params is not None:
            body["params"] = params
        await self.sender.acquire()
        ws = self.ws
        if ws is None:
            self.pending.pop(rid, None)
            raise ConnectionError("not connected")
        ws.send_text(json.dumps(body))
        try:
            return await asyncio.wait_for(fut, timeout)
        finally:
            self.pending.pop(rid, None)

    async def close(self):
        self.retiring = True
        if self.age_timer is not None:
            self.age_timer.cancel()
        ws = self.ws
        t = self.task
        if ws is None:      # sleeping before a reconnect, or connecting: stop it now
            if t is not None and t is not asyncio.current_task():
                t.cancel()
            return
        try:
            await ws.close()
        except Exception:
            pass
        if t is not None and t is not asyncio.current_task():
            try:
                await asyncio.wait_for(asyncio.shield(t), 3.0)
            except (asyncio.TimeoutError, asyncio.CancelledError, Exception):
                t.cancel()


class StreamClient:
    """Market-data stream client: an async iterator of decoded events (or raw frames), or a
    callback (:meth:`run`).

    ``streams``: initial stream names (``btcusdt@trade``, ``btcusdt@bestBidAsk``,
    ``btcusdt@depth``, ``btcusdt@depth20``); symbols are lower-cased.  ``api_key``: the
    Ed25519 API key (string or a key object with ``api_key``; HMAC/RSA key objects are
    refused).  ``base_url``: a shortcut (``"prod"``, ``"testnet"``, ``"demo"``) or a
    ``ws(s)://`` URL (:func:`sbe.binance.urls.resolve_url`).  ``raw=True`` yields
    :class:`Frame` instead of dicts; ``decimals``/``groups`` are passed to
    ``sbe.stream.Decoder``.  ``max_connection_age`` (default 23h50m) triggers a rotation
    before Binance's 24-hour close.  ``on_reconnect(streams)`` is called after a dropped
    connection came back (events may have been missed in between), ``on_disconnect(streams)``
    when it dropped (a reconnect follows).  ``on_error(exc)`` gets
    every skipped frame (:class:`FrameError`, :class:`UnknownMessage`).  ``on_frame(data,
    recv_ns, connection)`` sees every binary frame as received, before decoding and routing
    (duplicates and undecodable frames included; :mod:`sbe.capture` records with it; it
    must not raise); ``on_connection(kind, connection, other)`` is told of routing changes
    (``"rotate"``/``"switch"`` old -> new, ``"ended"``) so a recording replays exactly.
    ``max_queue`` /
    ``overflow``: the queue bound and policy (``"drop_oldest"``, ``"drop_newest"``,
    ``"error"``).  ``stable_after``: seconds a connection must stay up before the reconnect
    backoff resets.  Counters are in ``stats``.
    """

    def __init__(self, streams: Iterable[str] = (), *, api_key: Any = None,
                 base_url: str = "prod", raw: bool = False, decimals: str = "raw",
                 groups: str = "numpy", combined: bool = True,
                 max_streams_per_connection: int = MAX_STREAMS_PER_CONNECTION,
                 message_rate: int = 4, max_connection_age: Optional[float] = 24 * 3600 - 600,
                 overlap_timeout: float = 10.0, backoff_base: float = 0.2,
                 backoff_cap: float = 30.0, stable_after: float = 30.0,
                 open_timeout: float = 10.0,
                 ping_interval: Optional[float] = 20.0, ping_timeout: Optional[float] = 10.0,
                 attempts: Optional[AttemptLimiter] = None,
                 max_attempts_per_connection: int = MAX_ATTEMPTS_PER_CONNECTION,
                 fail_fast: bool = True,
                 on_reconnect: Optional[Callable[[list], Any]] = None,
                 on_disconnect: Optional[Callable[[list], Any]] = None,
                 on_error: Optional[Callable[[BaseException], Any]] = None,
                 on_frame: Optional[Callable[[bytes, int, int], Any]] = None,
                 on_connection: Optional[Callable[[str, int, Optional[int]], Any]] = None,
                 max_queue: int = DEFAULT_MAX_QUEUE, overflow: str = "drop_oldest",
                 max_frame_size: int = DEFAULT_MAX_FRAME_SIZE):
        self.api_key = require_ed25519(api_key)
        base = resolve_url(STREAM, base_url)
        for suffix in ("/ws", "/stream"):
            if base.endswith(suffix):
                base = base[: -len(suffix)]
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
        if overflow not in ("drop_oldest", "drop_newest", "error"):
            raise ValueError(f"overflow must be 'drop_oldest', 'drop_newest' or 'error', "
                             f"got {overflow!r}")
        if not max_queue or max_queue < 1:
            raise ValueError("max_queue must be >= 1 (the queue is always bounded)")
        if max_frame_size < 1024:
            raise ValueError("max_frame_size must be >= 1024")
        if not 1 <= max_attempts_per_connection <= 300:
            raise ValueError("max_attempts_per_connection must be 1..300")
        self.max_streams = max_streams_per_connection
        self.message_rate = message_rate
        self.max_connection_age = max_connection_age
        self.overlap_timeout = overlap_timeout
        self.backoff_base, self.backoff_cap = backoff_base, backoff_cap
        self.stable_after = stable_after
        self.open_timeout = open_timeout
        self.ping_interval, self.ping_timeout = ping_interval, ping_timeout
        self.attempts = attempts or CONNECTION_ATTEMPTS
        self.max_attempts_per_connection = max_attempts_per_connection
        self.fail_fast = fail_fast
        self.on_reconnect = on_reconnect
        self.on_disconnect = on_disconnect
        self.on_error = on_error
        self.on_frame = on_frame
        self.on_connection = on_connection
        self.max_queue = max_queue
        self.overflow = overflow
        self.max_frame_size = max_frame_size
        self._streams: dict = {}          # name -> key
        self._key_stream: dict = {}       # key -> name
        for s in streams:
            self._add_name(normalize_stream(s))
        self._conns: list = []            # active connections
        self._retiring: set = set()
        self._keys: dict = {}             # key -> _KeyState
        self._by_sym: dict = {}           # SYMBOL -> {message name: _KeyState} (hot path)
        self._q: collections.deque = collections.deque()
        self._waiters: list = []          # futures of consumers waiting for an event
        self._cb: Optional[Callable] = None
        self._run_done: Optional[asyncio.Future] = None
        self._closing = False
        self._started = False
        self._error: Optional[BaseException] = None
        self._req_ids = itertools.count(1)
        self._tasks: set = set()
        self._ratelog = RateLimitedLog(log)
        self._stats: collections.Counter = collections.Counter()
        self._n_events = 0                # delivered events (kept out of the Counter: hot path)

    # ---------------------------------------------------------------- public API
    @property
    def stats(self) -> collections.Counter:
        """Counters: events, duplicates, partial_duplicates, dropped_queue_full, bad_frames
        (bad_decode, bad_text), unknown_messages, unsubscribed, late_replies,
        connect_attempts, disconnects, reconnects, rotations, server_shutdowns."""
        self._stats["events"] = self._n_events
        return self._stats

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
        fut = self._run_done
        if fut is not None and not fut.done():
            fut.set_result(None)

    async def __aenter__(self):
        return await self.start()

    async def __aexit__(self, *exc):
        await self.close()

    def __aiter__(self):
        return self

    def _take(self):
        item = self._q.popleft()
        if type(item) is _Gap:
            raise QueueOverflow(item.dropped, self.overflow)
        return item

    async def __anext__(self):
        q = self._q
        while True:
            if q:
                item = q.popleft()      # _take() inlined: this is the per-event path
                if type(item) is _Gap:
                    raise QueueOverflow(item.dropped, self.overflow)
                return item
            if self._error is not None:
                raise self._error
            if self._closing:
                raise StopAsyncIteration
            if not self._started:
                await self.start()
                continue
            await self._wait(None)

    async def _wait(self, deadline: Optional[float]) -> None:
        loop = asyncio.get_running_loop()
        fut = loop.create_future()
        self._waiters.append(fut)
        h = loop.call_at(deadline, _resolve, fut) if deadline is not None else None
        try:
            await fut
        finally:
            if h is not None:
                h.cancel()
            if not fut.done():
                try:
                    self._waiters.remove(fut)
                except ValueError:
                    pass

    async def recv(self, timeout: Optional[float] = None):
        """The next event (``asyncio.TimeoutError`` after ``timeout`` seconds)."""
        q = self._q
        if q:
            item = q.popleft()
            if type(item) is _Gap:
                raise QueueOverflow(item.dropped, self.overflow)
            return item
        if timeout is None:
            return await self.__anext__()
        deadline = asyncio.get_running_loop().time() + timeout
        while True:
            if q:
                return self._take()
            if self._error is not None:
                raise self._error
            if self._closing:
                raise StreamError("stream client closed")
            if not self._started:
                await self.start()
                continue
            if asyncio.get_running_loop().time() >= deadline:
                raise asyncio.TimeoutError(f"no stream event within {timeout:g} s")
            await self._wait(deadline)

    async def run(self, callback: Callable[[Any], Union[None, Awaitable[None]]]) -> None:
        """Call ``callback(event)`` for each event until :meth:`close` (returns) or a failure
        (raises it, or the callback's own exception).

        A plain function is called synchronously from the frame callback (no queue, the
        lowest latency: keep it short); a coroutine function is awaited per event, reading
        the queue like the iterator does."""
        if not self._started:
            await self.start()
        if inspect.iscoroutinefunction(callback):
            async for ev in self:
                await callback(ev)
            return
        if self._cb is not None:
            raise RuntimeError("run() is already active on this client")
        while self._q:                      # what was queued before run() first
            callback(self._take())
        if self._error is not None:
            raise self._error
        if self._closing:
            return
        self._run_done = asyncio.get_running_loop().create_future()
        self._cb = callback
        try:
            await self._run_done
        finally:
            self._cb = None
            self._run_done = None

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
                self._set_key(key, None)
                gone.add(n)
        if gone:       # drop queued events of those streams
            keep = [it for it in self._q if type(it) is _Gap or
                    (it.stream if isinstance(it, Frame) else it.get("$stream")) not in gone]
            self._q.clear()
            self._q.extend(keep)
        await asyncio.gather(*sends)

    async def list_subscriptions(self) -> list:
        out = []
        for c in self._conns:
            out.extend(await c.request("LIST_SUBSCRIPTIONS") or [])
        return out

    # ---------------------------------------------------------------- internals
    def _set_key(self, key, st):
        """Set (or with None remove) the state of a key in both lookups."""
        name, sym = key
        if st is None:
            self._keys.pop(key, None)
            self._by_sym.get(sym, {}).pop(name, None)
        else:
            self._keys[key] = st
            self._by_sym.setdefault(sym, {})[name] = st
        return st

    def _add_name(self, n: str):
        tid, sym = stream_key(n)
        key = (_TID_NAME[tid], sym)       # internal key: (message name, SYMBOL)
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
            await self.close()          # no connection task keeps retrying behind the error
            raise StreamError("timed out opening the stream connections") from None
        for c in conns:
            if c.fatal is not None:
                await self.close()
                raise c.fatal

    def _emit(self, item) -> None:
        """One event out (slow paths; ``_Conn.on_binary`` inlines the same steps): to the
        run() callback, else into the bounded queue."""
        self._n_events += 1
        cb = self._cb
        if cb is not None:
            try:
                cb(item)
            except BaseException as e:  # noqa: BLE001 - the user's callback: run() raises it
                self._callback_failed(e)
            return
        q = self._q
        if len(q) < self.max_queue:
            q.append(item)
        else:
            self._overflow(item)
        if self._waiters:
            self._wake()

    def _callback_failed(self, e: BaseException) -> None:
        self._cb = None
        fut = self._run_done
        if fut is not None and not fut.done():
            fut.set_exception(e)

    def _overflow(self, item) -> None:
        q = self._q
        self._stats["dropped_queue_full"] += 1
        policy = self.overflow
        if policy == "error":
            self._fail(QueueOverflow(1, policy))
            self._spawn_task(self.close())
        elif policy == "drop_newest":
            if q and type(q[-1]) is _Gap:
                q[-1].dropped += 1
            else:
                q.append(_Gap(1))
        else:   # drop_oldest: the gap marker stays in front of the oldest event kept
            dropped = 0
            while q:
                old = q.popleft()
                if type(old) is _Gap:
                    dropped += old.dropped
                    continue
                dropped += 1
                break
            q.appendleft(_Gap(dropped))
            q.append(item)
        self._ratelog.warning("overflow", "stream consumer too slow: event queue full "
                              "(max_queue=%d), dropping (%s)", self.max_queue, policy)

    def _wake(self):
        ws = list(self._waiters)    # the list object is shared with the frame callbacks
        self._waiters.clear()
        for w in ws:
            if not w.done():
                w.set_result(None)

    def _fail(self, err: BaseException):
        if self._error is None:
            self._error = err
        self._wake()
        fut = self._run_done
        if fut is not None and not fut.done():
            fut.set_exception(err)

    def _report(self, exc: FrameError) -> None:
        if self.on_error is not None:
            try:
                self.on_error(exc)
            except Exception:
                log.exception("on_error callback failed")

    def _bad_frame(self, conn: _Conn, kind: str, data, cause: BaseException) -> None:
        self._stats["bad_frames"] += 1
        self._stats["bad_" + kind] += 1
        size = len(data) if data is not None else 0
        err = FrameError(kind, f"skipped {kind} frame of {size} bytes on connection {conn.n}: "
                         f"{cause}", data if data is not None else b"", conn.n)
        err.__cause__ = cause
        self._ratelog.warning("bad_" + kind, "%s", err)
        self._report(err)

    def _unknown(self, conn: _Conn, data: bytes, cause: BaseException) -> None:
        self._stats["unknown_messages"] += 1
        try:
            _, tid, schema, version = _stream.peek_header(data)
        except DecodeError:
            tid = schema = version = -1
        err = UnknownMessage(tid, schema, version, data, conn.n)
        err.__cause__ = cause
        self._ratelog.warning(f"unknown_{tid}", "%s (skipped; a newer schema?)", err)
        self._report(err)

    def _replayed(self, st: _KeyState, first, last, msg):
        """An event starting at or before the last sequence delivered (a replay after a
        reconnect): False to drop it, else the event to deliver (a trade batch overlapping
        the last one trimmed to its new trades; an overlapping diff as it is)."""
        if last <= st.last:
            self._stats["duplicates"] += 1
            return False
        if msg is not None and "trades" in msg:
            tr = msg["trades"]
            k = next(i for i in range(len(tr)) if int(tr[i]["id"]) > st.last)
            msg["trades"] = tr[k:]
            self._stats["partial_duplicates"] += 1
        return msg

    def _route_slow(self, conn, st, data, msg, recv, peeked=None):
        """A key seen for the first time, a frame of a connection that does not own its key,
        or a rotation in progress (two connections deliver the key)."""
        if peeked is not None:
            tid, sym, first, last = peeked
            name = _TID_NAME[tid]
        else:
            name, sym = msg["$message"], msg["symbol"]
            tid = _NAME_TID.get(name)
            if tid is None:     # decodable by a newer compiled schema, but not a stream we know
                self._unknown(conn, data, UnknownTemplateError(f"no stream for {name}"))
                return
            first, last = _seq(tid, msg)
        key = (name, sym)
        if st is None:
            stream = self._key_stream.get(key)
            if stream is None:                # unsubscribed (or never asked for)
                self._stats["unsubscribed"] += 1
                return
            st = self._set_key(key, _KeyState(conn, tid, stream))
        if st.owner is conn and st.pending is None:
            if last is not None:
                if st.last is not None and first <= st.last \
                        and last > st.last - REPLAY_WINDOW:
                    msg = self._replayed(st, first, last, msg)
                    if msg is False:
                        return
                st.last = last
            self._emit(self._make_item(data, msg, st.stream, recv))
        elif st.owner is conn:    # conn being replaced: still the source until the switch
            if last is not None and st.last is not None and last <= st.last:
                self._stats["duplicates"] += 1
                return
            if last is not None:
                st.last = last
            self._emit(self._make_item(data, msg, st.stream, recv))
            self._try_switch(st, key)
        elif st.pending is conn:
            st.buffer.append((first, last, data, msg, recv))
            self._try_switch(st, key)
        else:
            self._stats["duplicates"] += 1

    @staticmethod
    def _make_item(data, msg, stream, recv):
        if msg is None:
            return Frame(data, recv, stream)
        msg["$stream"] = stream
        msg["$recvTime"] = recv
        return msg

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
                self._stats["duplicates"] += 1
                continue
            if last is not None:
                st.last = last
            self._emit(self._make_item(data, msg, st.stream, recv))

    def _spawn_task(self, coro):
        t = asyncio.get_running_loop().create_task(coro)
        self._tasks.add(t)
        t.add_done_callback(self._tasks.discard)
        return t

    def _rotate(self, old: _Conn, why: str):
        if old.rotating or self._closing or old not in self._conns:
            return
        old.rotating = True
        self._stats["rotations"] += 1
        # pacing: a replacement of a connection that did not live stable_after waits its
        # backoff, so a server sending serverShutdown at once cannot cause a storm
        if old.uptime >= self.stable_after:
            old.backoff.reset()
            delay = 0.0
        else:
            delay = old.backoff.next()
        log.info("rotating stream connection %s (%s)%s", old.n, why,
                 f", new connection in {delay:.2f}s" if delay else "")
        new = _Conn(self, list(old.streams), old.backoff, old.limiter, delay)
        self._conn_event("rotate", old.n, new.n)
        keys = [self._streams[n] for n in old.streams if n in self._streams]
        for key in keys:
            st = self._keys.get(key)
            if st is None:
                self._set_key(key, _KeyState(new, _NAME_TID[key[0]], self._key_stream[key]))
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
                await asyncio.wait_for(new.opened.wait(), delay + self.open_timeout * 3)
                deadline = time.monotonic() + self.overlap_timeout
                while time.monotonic() < deadline and old.ws is not None:
                    if not any(st.pending is new for st in self._keys.values()):
                        break
                    await asyncio.sleep(0.005)
            except asyncio.TimeoutError:
                pass
            self._conn_event("switch", old.n, new.n)
            self._flush_pending(new)
            self._retiring.discard(old)
            await old.close()
        self._spawn_task(finish())

    def _flush_pending(self, new: _Conn):
        for key, st in list(self._keys.items()):
            if st.pending is new:
                self._try_switch(st, key, force=True)

    def _conn_event(self, kind: str, n: int, other: Optional[int] = None) -> None:
        # routing changes a recorder needs to replay rotations exactly (sbe.capture)
        if self.on_connection is not None:
            try:
                self.on_connection(kind, n, other)
            except Exception:
                log.exception("on_connection callback failed")

    def _conn_ended(self, conn: _Conn):
        self._conn_event("ended", conn.n)
        # an old connection closed by the server before every stream switched over
        for key, st in list(self._keys.items()):
            if st.owner is conn and st.pending is not None:
                self._try_switch(st, key, force=True)

    def _on_disconnect(self, conn: _Conn):
        # a connection dropped, a reconnect follows (not called for rotations or close())
        self._stats["disconnects"] += 1
        if self.on_disconnect is not None:
            try:
                self.on_disconnect(list(conn.streams))
            except Exception:
                log.exception("on_disconnect callback failed")

    def _on_reconnect(self, conn: _Conn):
        self._stats["reconnects"] += 1
        if self.on_reconnect is not None:
            try:
                self.on_reconnect(list(conn.streams))
            except Exception:
                log.exception("on_reconnect callback failed")


def _resolve(fut):
    if not fut.done():
        fut.set_result(None)


def _flat(items) -> list:
    out = []
    for s in items:
        if isinstance(s, str):
            out.append(s)
        else:
            out.extend(s)
    return out
