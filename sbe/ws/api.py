"""Binance WebSocket API client with SBE responses, and the SBE user data stream.

    async with WebSocketAPI("testnet", api_key=KEY, signer=Ed25519Signer(...)) as api:
        await api.logon()                                  # session.logon (Ed25519)
        depth = await api.request("depth", {"symbol": "BTCUSDT", "limit": 5})
        async with await api.user_data() as uds:           # userDataStream.subscribe
            async for ev in uds:                           # events 600-610, decoded
                print(ev["$message"], ev)

Requests are JSON text frames ``{"id", "method", "params"}``; responses are SBE binary
frames wrapped in ``WebSocketResponse`` (status, rateLimits, id, result), matched to their
request by ``id``.  Frames are decoded in the transport's frame callback (no task, no queue
hop); an ``ErrorResponse`` inside the envelope raises the same typed ``BinanceAPIError`` as the
REST client; a deprecated schema (``sbeSchemaIdVersionDeprecated``) warns once; a refused
handshake raises :class:`HandshakeError`.

Policies (each with a counter in :attr:`WebSocketAPI.stats`):

* **Bad frames** (undecodable SBE, an unknown template, a text frame on the SBE session) are
  counted (``bad_frames``), passed to ``on_error(exc)`` (a ``sbe.ws.FrameError``: ``kind``
  "decode", "text" or "unknown_message" (:class:`UnknownMessage`)) and logged as a
  rate-limited WARNING, then skipped: the session goes on.  When the frame is a response to a
  pending request (its envelope id is readable), that request fails with
  :class:`ResponseDecodeError`.
* **Requests**: at most ``max_pending`` in flight per connection (more raise
  :class:`TooManyPendingRequests` at once); ``timeout`` is a deadline for the whole call
  (waiting for a reconnection, sending, the response) and raises :class:`RequestTimeout`.
  Requests are never re-sent after a connection is lost (an order could be placed twice):
  they fail with :class:`ConnectionLost`, whose ``kind`` says what happened
  (``closed_by_user``, ``dropped``, ``ping_timeout``, ``server_close`` with ``code``/``reason``,
  ``frame_too_big``, ``protocol_error``, ``rotated``).
* **Frames** over ``max_frame_size`` (default 16 MiB: an SBE ``exchangeInfo`` for every symbol
  is a few MiB) are refused from their header, before any allocation; the connection is then
  closed (1009) and replaced.
* **Keepalive**: a ping when nothing arrived for ``ping_interval`` s (default 10); no pong
  within ``ping_timeout`` s (default 5) -> the connection is dropped and replaced: a half-open
  connection is seen within ``ping_interval + ping_timeout``.
* **Reconnects** (a drop, ``serverShutdown``, the 24-hour limit: the client rotates after
  ``rotate_after``, default 23.5 h, opening the replacement first) are paced by exponential
  backoff with jitter (``backoff_base`` .. ``backoff_cap``); the backoff resets only after a
  connection lived ``stable_after`` seconds, so a server that closes (or sends
  ``serverShutdown``) right after the handshake cannot make the client spin.  Every attempt
  also passes the client's own share (``max_attempts_per_connection`` per 5 minutes, default
  30) of the process-wide :data:`CONNECTION_ATTEMPTS` limiter (300 per 5 minutes per IP), so
  a misbehaving connection cannot spend the other clients' budget.  A refused handshake other
  than 429/418/5xx, or a logon/resubscription refused with an API error other than a rate
  limit, is final: the user data stream and later requests end with that typed error.
* **User data events are never dropped**: the stream's queue holds ``max_queue`` events; when
  it is full the client stops reading the socket (TCP backpressure: the server buffers) until
  the consumer has drained it to half.  Events of the socket read in progress are still queued
  (the queue may exceed ``max_queue`` by one read).  :attr:`UserDataStream.backpressure` says
  whether reading is paused now, ``stats["backpressure_pauses"]`` how often it was; a WARNING
  is logged.  While paused, responses to requests wait too, and keepalive is suspended.
* ``close()`` closes every socket the client opened and fails pending requests with
  ``ConnectionLost(kind="closed_by_user")``.
* The API key is sent only inside signed requests (the WebSocket API needs no key header); it
  is in no log line, repr or exception of this module or of the transport.
"""

from __future__ import annotations

import asyncio
import collections
import itertools
import json
import logging
import time
import warnings
from typing import Any, Callable, Mapping, Optional

from sbe.binance.endpoints import ENDPOINTS, KEY, SIGNED, WS_METHODS, endpoint_params
from sbe.binance.urls import resolve_url
from sbe.errors import DecodeError, UnknownTemplateError
from sbe._util import RateLimitedLog

from ._transport import DEFAULT_MAX_FRAME_SIZE, ConnectionClosed, PingTimeout
from ._transport import connect as ws_connect
from ._util import (CONNECTION_ATTEMPTS, Backoff, HandshakeError, KeyTypeError, RateLimiter,
                    StreamError, key_kind)
from .streams import FrameError, UnknownMessage

__all__ = ["WebSocketAPI", "UserDataStream", "USER_DATA_EVENTS", "ConnectionLost",
           "RequestTimeout", "TooManyPendingRequests", "FrameError", "ResponseDecodeError",
           "DEFAULT_MAX_FRAME_SIZE"]

log = logging.getLogger("sbe.ws.api")

USER_DATA_EVENTS = {"AllocationReportEvent", "BalanceUpdateEvent", "EventStreamTerminatedEvent",
                    "ExecutionReportEvent", "ExternalLockUpdateEvent", "ListStatusEvent",
                    "OutboundAccountPositionEvent", "ServerShutdownEvent", "TPlusFilterLockEvent"}

_monotonic = time.monotonic


# ---------------------------------------------------------------------------------- errors
class ConnectionLost(ConnectionClosed):
    """The connection a request was sent on ended before its response.  ``kind``:
    ``closed_by_user``, ``dropped``, ``ping_timeout``, ``server_close`` (``code``, ``reason``),
    ``frame_too_big``, ``protocol_error`` or ``rotated``; ``request``: ``"method (id N)"``."""

    _WHAT = {"closed_by_user": "client closed by the user (close() called)",
             "dropped": "connection dropped without a close frame",
             "ping_timeout": "connection half-open: no pong within ping_timeout",
             "server_close": "connection closed by the server",
             "frame_too_big": "connection closed: a frame exceeded max_frame_size",
             "protocol_error": "connection closed on a protocol error",
             "rotated": "connection retired after its replacement opened"}

    def __init__(self, kind: str, code: int = 1006, reason: str = "", by_peer: bool = False,
                 request: Optional[str] = None):
        super().__init__(code, reason, by_peer)
        self.kind, self.request = kind, request
        msg = f"WebSocket API {self._WHAT.get(kind, kind)}: code {code}"
        if reason:
            msg += f" ({reason})"
        if request:
            msg += f"; no response to {request}"
        self.args = (msg,)

    @classmethod
    def of(cls, exc: BaseException, request: Optional[str] = None) -> "ConnectionLost":
        """Classify the transport's close reason."""
        if isinstance(exc, ConnectionLost):
            return cls(exc.kind, exc.code, exc.reason, exc.by_peer, request)
        code = getattr(exc, "code", None)
        if isinstance(exc, PingTimeout):
            kind = "ping_timeout"
        elif code == 1006:
            kind = "dropped"
        elif code == 1009 and not exc.by_peer:
            kind = "frame_too_big"
        elif isinstance(exc, ConnectionClosed) and exc.by_peer:
            kind = "server_close"
        else:
            kind = "protocol_error"
        return cls(kind, getattr(exc, "code", 1006), getattr(exc, "reason", ""),
                   getattr(exc, "by_peer", False), request)


class RequestTimeout(StreamError, TimeoutError):
    """No response (or no usable connection) within the request's deadline."""


class TooManyPendingRequests(StreamError):
    """``max_pending`` requests are already waiting for their response on this connection."""


class ResponseDecodeError(FrameError):
    """The response to a pending request could not be decoded: that request fails with it
    (``request_id``; ``__cause__``: the decoder's error); the session goes on."""


def _frame_error(cls, kind: str, message: str, data=b"", request_id=None, secret=None):
    """A :class:`FrameError` (the one of ``sbe.ws``, shared with the stream client) whose
    ``data`` copy has the API key masked (replies, which may carry it cut by a truncation, are
    not kept at all: see ``_bad_binary``)."""
    size = len(data)
    if secret and data:
        data = data.replace(secret.encode(), b"***") if isinstance(data, bytes) \
            else data.replace(secret, "***")
    err = cls(kind, message, data)
    err.request_id, err.size = request_id, size
    return err


# ---------------------------------------------------------------------------------- helpers
def _warn_deprecated(schema_id: int, version: int) -> None:
    try:
        from sbe.lifecycle import warn_deprecated
    except ImportError:
        warn_deprecated = None
    if warn_deprecated is not None:
        warn_deprecated("spot_sbe", schema_id, version)
        return
    from sbe.errors import SchemaDeprecatedWarning
    warnings.warn(f"SBE schema {schema_id}:{version} is deprecated on this WebSocket API "
                  "session (sbeSchemaIdVersionDeprecated); responses come in a newer compatible "
                  "version - upgrade the sbe package", SchemaDeprecatedWarning, stacklevel=3)


def _api_error(err: dict, status: int):
    try:
        from sbe.binance.errors import api_error
    except ImportError:
        from sbe.client.errors import api_error
    return api_error(int(err.get("code", 0)), str(err.get("msg", "")), status=status, headers={},
                     server_time_us=err.get("serverTime"), retry_after_us=err.get("retryAfter"),
                     data=err.get("data"), format="sbe", method="ws")


def _format_value():
    try:
        from sbe.binance.signing import format_value
    except ImportError:
        from sbe.client.signing import format_value
    return format_value


def _payload(params: Mapping[str, Any]) -> str:
    """WebSocket API signature payload: params sorted by name, ``k=v`` joined by ``&``."""
    fmt = _format_value()
    return "&".join(f"{k}={fmt(v)}" for k, v in sorted(params.items()) if v is not None)


def _peek_request_id(spot, data: bytes) -> Optional[str]:
    """The ``id`` of a ``WebSocketResponse`` whose result could not be decoded (the generated,
    bounds-checked ``peek_envelope``); None when it is not readable."""
    try:
        return spot.peek_envelope(data)[0]
    except DecodeError:
        return None


class _NoLimit:
    async def acquire(self):
        return None


# ---------------------------------------------------------------------------------- session
class _Session:
    """One WebSocket connection of the API client."""

    def __init__(self, api: "WebSocketAPI"):
        self.api = api
        self.conn = None
        self.pending: dict = {}              # id -> (future, "method (id N)")
        self.logged_on = False
        self.retiring = False
        self.shutdown_requested = False      # serverShutdown seen: to be replaced
        self.opened_at: Optional[float] = None
        self.end: Optional[ConnectionLost] = None
        self.done = asyncio.get_running_loop().create_future()

    @property
    def usable(self) -> bool:
        return self.end is None and self.conn is not None and self.conn.is_open

    async def open(self) -> None:
        api = self.api
        await api._own_attempts.acquire()
        await api.attempts.acquire()
        api.stats["connect_attempts"] += 1
        api._sessions.add(self)
        try:
            self.conn = await ws_connect(
                api.url, on_binary=self._on_binary, on_text=self._on_text,
                on_close=self._on_close, on_error=self._on_transport_error,
                ping_interval=api.ping_interval, ping_timeout=api.ping_timeout,
                max_frame_size=api.max_frame_size, open_timeout=api.open_timeout)
        except BaseException:
            api._sessions.discard(self)
            raise
        self.opened_at = _monotonic()
        api.stats["connections"] += 1

    def send(self, text: str) -> None:
        self.conn.send_text(text)

    def fail_pending(self, end: ConnectionLost) -> None:
        pending, self.pending = self.pending, {}
        for fut, what in pending.values():
            if not fut.done():
                fut.set_exception(ConnectionLost.of(end, what))

    async def close(self, kind: str = "closed_by_user") -> None:
        if self.end is None:
            self.end = ConnectionLost(kind, 1000, "", by_peer=False)
        self.fail_pending(self.end)
        if self.conn is not None:
            await self.conn.close(1000, "")
        self.api._sessions.discard(self)

    # transport callbacks (run inside the frame callback: must not raise)
    def _on_binary(self, data: bytes, recv_ns: int) -> None:
        try:
            self.api._on_binary(self, data, recv_ns)
        except Exception as e:            # a bug must not end the session: report it
            self.api._report(_frame_error(FrameError, "decode", "frame handling failed: "
                                          f"{type(e).__name__}: {e}"), cause=e)

    def _on_text(self, text: str) -> None:
        try:
            self.api._on_text(self, text)
        except Exception as e:
            self.api._report(_frame_error(FrameError, "text", "text frame handling failed: "
                                          f"{type(e).__name__}"), cause=e)

    def _on_transport_error(self, exc: BaseException) -> None:
        self.api._report(_frame_error(FrameError, "text", str(exc)), cause=exc)

    def _on_close(self, exc: Optional[BaseException]) -> None:
        if self.end is None:
            self.end = ConnectionLost.of(exc) if exc is not None else \
                ConnectionLost("closed_by_user", 1000)
        self.fail_pending(self.end)
        self.api._sessions.discard(self)
        if not self.done.done():
            self.done.set_result(None)
        self.api._on_session_closed(self)


# ---------------------------------------------------------------------------------- client
class WebSocketAPI:
    """SBE WebSocket API session.

    ``base_url``: a shortcut (``"prod"``, ``"testnet"``, ``"demo"``, ``"gcp"``) or a ws(s)://
    URL (``sbe.binance.urls``); an invalid one raises ``ValueError`` here.  ``signer``: an
    HMAC, Ed25519 or RSA signer with its ``api_key``; ``schema``: (id, version) to request,
    default the newest compiled ``sbe.spot``.  ``decimals``/``groups`` shape decoded results.
    ``on_error(exc)`` receives every skipped frame as a :class:`FrameError`.  The limits and
    policies are in the module docstring."""

    def __init__(self, base_url: str = "prod", *, api_key: Optional[str] = None, signer=None,
                 schema: Optional[tuple] = None, decimals: str = "raw", groups: str = "list",
                 request_timeout: float = 10.0, open_timeout: float = 10.0,
                 ping_interval: Optional[float] = 10.0, ping_timeout: float = 5.0,
                 recv_window: Optional[int] = None, reconnect: bool = True,
                 backoff_base: float = 0.2, backoff_cap: float = 30.0,
                 stable_after: float = 30.0, max_attempts_per_connection: int = 30,
                 message_rate: Optional[int] = None, rotate_after: float = 23.5 * 3600,
                 max_pending: int = 1024, max_frame_size: int = DEFAULT_MAX_FRAME_SIZE,
                 on_error: Optional[Callable[[FrameError], Any]] = None, attempts=None):
        from sbe import spot
        sid, ver = schema or (spot.SCHEMA_ID, spot.SCHEMA_VERSION)
        self.schema = (sid, ver)
        base = resolve_url("ws_api", base_url)
        if "?" in base or "#" in base:
            raise ValueError(f"ws_api base URL must not carry a query or fragment: {base_url!r}")
        if base.count("/") <= 2:             # scheme://host only: the standard path
            base += "/ws-api/v3"
        if max_pending < 1 or max_frame_size < 1024:
            raise ValueError("max_pending must be >= 1 and max_frame_size >= 1024")
        self.url = f"{base}?responseFormat=sbe&sbeSchemaId={sid}&sbeSchemaVersion={ver}"
        self.api_key = api_key
        self.signer = signer
        self._decoder = spot.Decoder(decimals=decimals, groups=groups)
        self._spot = spot
        self.request_timeout = request_timeout
        self.open_timeout = open_timeout
        self.ping_interval = ping_interval
        self.ping_timeout = ping_timeout
        self.recv_window = recv_window
        self.reconnect = reconnect
        self.stable_after = stable_after
        self.rotate_after = rotate_after      # Binance closes a connection after 24 h
        self._backoff = Backoff(backoff_base, backoff_cap)
        self.max_pending = max_pending
        self.max_frame_size = max_frame_size
        self.on_error = on_error
        self.sender = RateLimiter(message_rate, 1.0) if message_rate else _NoLimit()
        self.attempts = attempts or CONNECTION_ATTEMPTS
        if not 1 <= max_attempts_per_connection <= 300:
            raise ValueError("max_attempts_per_connection must be 1..300")
        # this client's share of the process-wide 300 attempts per 5 minutes
        self._own_attempts = RateLimiter(max_attempts_per_connection, 300.0)
        self._ids = itertools.count(1)
        self._session: Optional[_Session] = None
        self._sessions: set = set()          # every session with a socket (or opening one)
        self._closing = False
        self._fatal: Optional[BaseException] = None
        self._wake: Optional[asyncio.Future] = None
        self._connect_lock = asyncio.Lock()
        self._deprecated_warned = False
        self.rate_limits: list = []
        self.last_status: Optional[int] = None
        self._logon_wanted = False
        self._uds: Optional["UserDataStream"] = None
        self._replacing: Optional[asyncio.Task] = None
        self._tasks: set = set()
        self._warn = RateLimitedLog(log)      # kinds: connection, backpressure, frames
        self.stats: collections.Counter = collections.Counter()

    def __repr__(self) -> str:
        state = "closed" if self._closing else "connected" if self.connected else "idle"
        return f"<WebSocketAPI {self.url} {state}>"

    # ------------------------------------------------------------ connection
    async def connect(self) -> "WebSocketAPI":
        """Open the session (once: a second call while connected does nothing)."""
        if self._closing:
            raise ConnectionLost("closed_by_user", 1000)
        if self._session is not None and self._session.usable:
            return self
        s = _Session(self)
        await s.open()
        self._install(s)
        return self

    async def close(self) -> None:
        """Close every socket this client opened; pending requests fail with
        ``ConnectionLost(kind="closed_by_user")``; the user data stream ends."""
        self._closing = True
        self._wake_waiters()
        tasks = [t for t in self._tasks if not t.done()]
        for t in tasks:
            t.cancel()
        if tasks:
            await asyncio.wait(tasks, timeout=5)
        sessions = list(self._sessions)
        if sessions:
            await asyncio.gather(*(s.close() for s in sessions), return_exceptions=True)
        if self._uds is not None:
            self._uds._end()

    async def __aenter__(self):
        return await self.connect()

    async def __aexit__(self, *exc):
        await self.close()

    @property
    def connected(self) -> bool:
        return self._session is not None and self._session.usable

    def _install(self, s: _Session) -> None:
        self._session = s
        self._wake_waiters()
        if self.rotate_after:
            asyncio.get_running_loop().call_later(self.rotate_after, self._rotate, s)

    def _rotate(self, s: _Session) -> None:
        """Before Binance's 24-hour limit: open the replacement first, then retire ``s``."""
        if self.rotate_after and s is self._session and s.usable and not self._closing:
            self.stats["rotations"] += 1
            self._replace(s, dropped=False)

    def _wake_waiters(self) -> None:
        w, self._wake = self._wake, None
        if w is not None and not w.done():
            w.set_result(None)

    async def _usable_session(self, deadline: float, what: str) -> _Session:
        loop = asyncio.get_running_loop()
        while True:
            s = self._session
            if s is not None and s.usable:
                return s
            if self._closing:
                raise ConnectionLost("closed_by_user", 1000, request=what)
            if self._fatal is not None:
                raise self._fatal
            if s is None:                    # first use: one connect for concurrent callers
                async with self._connect_lock:
                    if self._session is None:
                        try:
                            await asyncio.wait_for(self.connect(),
                                                   max(0.0, deadline - loop.time()))
                        except asyncio.TimeoutError as e:
                            if isinstance(e, StreamError):   # OpenTimeout: already typed
                                raise
                            raise RequestTimeout(f"no WebSocket API connection for {what} "
                                                 "before its deadline") from None
                continue
            if not self.reconnect and s.end is not None:
                raise ConnectionLost.of(s.end, what)
            remaining = deadline - loop.time()
            if remaining <= 0:
                raise RequestTimeout(f"no WebSocket API connection for {what} before its "
                                     "deadline (reconnecting)")
            if self._wake is None:
                self._wake = loop.create_future()
            try:
                await asyncio.wait_for(asyncio.shield(self._wake), remaining)
            except asyncio.TimeoutError:
                pass

    # ------------------------------------------------------------ requests
    async def request(self, method: str, params: Optional[Mapping[str, Any]] = None, *,
                      signed: bool = False, envelope: bool = False,
                      timeout: Optional[float] = None, _session: Optional[_Session] = None):
        """Send one request; returns the decoded result message (or the whole envelope with
        ``envelope=True``).  ``signed=True`` adds apiKey/timestamp/signature (or only the
        timestamp once the session is logged on).  ``timeout`` (default
        ``request_timeout``) is a deadline for the whole call."""
        loop = asyncio.get_running_loop()
        timeout = self.request_timeout if timeout is None else timeout
        deadline = loop.time() + timeout
        rid = str(next(self._ids))
        what = f"{method!r} (id {rid})"
        if _session is not None:
            s = _session
            if not s.usable:
                raise ConnectionLost.of(s.end or ConnectionLost("dropped"), what)
        else:
            s = await self._usable_session(deadline, what)
        if len(s.pending) >= self.max_pending:
            self.stats["requests_refused"] += 1
            raise TooManyPendingRequests(f"{len(s.pending)} WebSocket API requests already "
                                         f"wait for a response (max_pending={self.max_pending})")
        if not isinstance(self.sender, _NoLimit):
            try:
                await asyncio.wait_for(self.sender.acquire(), max(0.0, deadline - loop.time()))
            except asyncio.TimeoutError:
                raise RequestTimeout(f"{what} not sent within {timeout:g} s (message rate "
                                     "limit)") from None
            if not s.usable:
                raise ConnectionLost.of(s.end or ConnectionLost("dropped"), what)
        p = {k: v for k, v in (params or {}).items() if v is not None}
        if signed:
            p = self._sign(p, logged_on=s.logged_on)
        msg = {"id": rid, "method": method}
        if p:
            msg["params"] = p
        text = json.dumps(msg, separators=(",", ":"))
        fut = loop.create_future()
        s.pending[rid] = (fut, what)
        timer = loop.call_at(deadline, self._expire, s, rid, what, timeout)
        try:
            try:
                s.send(text)
            except ConnectionClosed as e:
                raise ConnectionLost.of(s.end or e, what) from None
            env = await fut
        finally:
            timer.cancel()
            s.pending.pop(rid, None)
        result = env["result"]
        if isinstance(result, dict) and result.get("$message") == "ErrorResponse":
            raise _api_error(result, env["status"])
        return env if envelope else result

    def _expire(self, s: _Session, rid: str, what: str, timeout: float) -> None:
        entry = s.pending.pop(rid, None)
        if entry is not None and not entry[0].done():
            self.stats["request_timeouts"] += 1
            entry[0].set_exception(RequestTimeout(f"no response to {what} within {timeout:g} s"))

    def _sign(self, p: dict, logged_on: bool) -> dict:
        p = dict(p)
        p.setdefault("timestamp", int(time.time() * 1000))
        if self.recv_window is not None:
            p.setdefault("recvWindow", self.recv_window)
        if logged_on:
            return p
        if not self.api_key or self.signer is None:
            raise KeyTypeError("signed WebSocket API requests need api_key= and signer= "
                               "(an HMAC, Ed25519 or RSA signer)")
        p["apiKey"] = self.api_key
        p["signature"] = self.signer.sign(_payload(p).encode())
        return p

    # ------------------------------------------------------------ session methods
    async def logon(self) -> dict:
        """``session.logon``: authenticate the connection (Ed25519 keys only); later signed
        requests then carry only a timestamp.  Repeated after every reconnect."""
        if self.signer is None or key_kind(self.signer) not in (None, "ed25519"):
            raise KeyTypeError("session.logon needs an Ed25519 signer "
                               f"(got {key_kind(self.signer) or 'none'})")
        s = await self._usable_session(asyncio.get_running_loop().time()
                                       + self.request_timeout, "'session.logon'")
        res = await self._logon(s)
        self._logon_wanted = True
        return res

    async def _logon(self, s: _Session) -> dict:
        p = self._sign({}, logged_on=False)
        res = await self.request("session.logon", p, _session=s)
        s.logged_on = True
        return res

    async def logout(self) -> dict:
        res = await self.request("session.logout")
        self._session.logged_on = False
        self._logon_wanted = False
        return res

    async def session_status(self) -> dict:
        return await self.request("session.status")

    async def ping(self) -> dict:
        return await self.request("ping")

    async def time(self) -> dict:
        return await self.request("time")

    async def depth(self, symbol: str, limit: int = 100) -> dict:
        return await self.request("depth", {"symbol": symbol.upper(), "limit": limit})

    async def call(self, endpoint: str, /, *, timeout: Optional[float] = None,
                   **params) -> dict:
        """An endpoint of the REST client's table by its name (``"new_order"``, ``"klines"``,
        ``"account"``...) as its WebSocket API method (``sbe.binance.endpoints.WS_METHODS``:
        ``order.place``, ``klines``, ``account.status``...). Keyword arguments in snake_case
        (``time_in_force="GTC"``) or camelCase are mapped by the same table as the REST
        client (``Endpoint.params``; times as µs ints or datetimes); an unknown endpoint or
        keyword raises TypeError ("did you mean ...?") before anything is sent. SIGNED
        endpoints are signed; API-key endpoints carry ``apiKey``."""
        ep = ENDPOINTS.get(endpoint)
        if ep is None:
            import difflib
            near = difflib.get_close_matches(endpoint, list(ENDPOINTS), n=1)
            raise TypeError(f"unknown endpoint {endpoint!r}"
                            + (f"; did you mean {near[0]!r}?" if near else ""))
        p = endpoint_params(endpoint, params)
        if ep.security == KEY and self.api_key:
            p["apiKey"] = self.api_key
        return await self.request(WS_METHODS[endpoint], p, signed=ep.security == SIGNED,
                                  timeout=timeout)

    async def user_data(self, *, signature: Optional[bool] = None,
                        max_queue: int = 10_000) -> "UserDataStream":
        """Subscribe to the user data stream and return its async iterator.
        ``signature=None``: ``userDataStream.subscribe`` when the session is logged on, else
        ``userDataStream.subscribe.signature`` (any key type, schema 3:1+).  ``max_queue``:
        events buffered before the client stops reading the socket (never dropped)."""
        s = await self._usable_session(asyncio.get_running_loop().time()
                                       + self.request_timeout, "'userDataStream.subscribe'")
        if self._uds is None or self._uds._ended:
            self._uds = UserDataStream(self, signature, max_queue)
        await self._uds._subscribe(s)
        return self._uds

    # ------------------------------------------------------------ incoming (frame callback)
    def _on_binary(self, s: _Session, data: bytes, recv_ns: int) -> None:
        try:
            msg = self._decoder.decode(data)
        except DecodeError as e:
            self._bad_binary(s, data, e)
            return
        name = msg["$message"]
        if name == "WebSocketResponse":
            self.last_status = msg["status"]
            if msg.get("rateLimits"):
                self.rate_limits = msg["rateLimits"]
            if msg.get("sbeSchemaIdVersionDeprecated") and not self._deprecated_warned:
                self._deprecated_warned = True
                _warn_deprecated(*self.schema)
            entry = s.pending.pop(msg["id"], None)
            if entry is None:
                self.stats["late_responses"] += 1     # its request timed out or was cancelled
            elif not entry[0].done():
                entry[0].set_result(msg)
            return
        if name.endswith("Event"):
            msg["$recvTime"] = recv_ns // 1000
            if name == "ServerShutdownEvent":
                self.stats["server_shutdowns"] += 1
                s.shutdown_requested = True
                self._replace(s, dropped=False)
                return
            if self._uds is not None:
                self._uds._on_event(s, msg)
            else:
                self.stats["events_without_stream"] += 1
            return
        self.stats["unexpected_messages"] += 1
        self._warn.warning("frames", "WebSocket API: unexpected top-level message %s skipped",
                           name)

    def _bad_binary(self, s: _Session, data: bytes, e: DecodeError) -> None:
        spot = self._spot
        rid = _peek_request_id(spot, data)
        entry = s.pending.pop(rid, None) if rid is not None else None
        msg = f"undecodable binary frame of {len(data)} bytes: {e}"
        key = self.api_key
        try:
            header = spot.peek_header(data)
        except DecodeError:
            header = None
        if header is not None and header[1] == spot.TEMPLATE_WebSocketResponse:
            data = b""      # a reply is not kept: a logon/session reply carries the API key
        if entry is not None:
            err = _frame_error(ResponseDecodeError, "decode", f"response to {entry[1]}: {msg}",
                               data, rid, key)
            err.__cause__ = e
            if not entry[0].done():
                entry[0].set_exception(err)
        elif isinstance(e, UnknownTemplateError) and header is not None:
            _, template, schema, version = header
            err = UnknownMessage(template, schema, version, b"")
            err.request_id, err.size = rid, len(data)
        else:
            err = _frame_error(FrameError, "decode", msg, data, rid, key)
        self._report(err, cause=e)

    def _on_text(self, s: _Session, text: str) -> None:
        # SBE sessions answer in binary; a text frame is reported, and when it is a JSON error
        # for a pending request, that request fails with the API error it carries
        obj = None
        if len(text) <= 65536:
            try:
                obj = json.loads(text)
            except (ValueError, RecursionError):
                obj = None
        rid = obj.get("id") if isinstance(obj, dict) else None
        rid = str(rid) if isinstance(rid, (str, int)) and not isinstance(rid, bool) else None
        entry = s.pending.pop(rid, None) if rid is not None else None
        err = _frame_error(FrameError, "text", f"text frame of {len(text)} characters on the "
                           "SBE session", text, rid, self.api_key)
        if entry is not None and not entry[0].done():
            e = obj.get("error")
            if isinstance(e, dict) and isinstance(e.get("code"), int):
                st = obj.get("status")
                entry[0].set_exception(_api_error(e, st if isinstance(st, int) else 400))
            else:
                entry[0].set_exception(_frame_error(
                    ResponseDecodeError, "text", f"response to {entry[1]} came as a text frame",
                    text, rid, self.api_key))
        self._report(err)

    def _report(self, err: FrameError, cause: Optional[BaseException] = None) -> None:
        if cause is not None and err.__cause__ is None:
            err.__cause__ = cause
        self.stats["bad_frames"] += 1
        self._warn.warning("frames", "WebSocket API: %s (skipped; %d bad frames so far)", err,
                           self.stats["bad_frames"])
        if self.on_error is not None:
            try:
                self.on_error(err)
            except Exception:
                log.exception("on_error callback failed")

    # ------------------------------------------------------------ reconnection
    def _spawn(self, coro):
        t = asyncio.get_running_loop().create_task(coro)
        self._tasks.add(t)
        t.add_done_callback(self._tasks.discard)
        return t

    def _on_session_closed(self, s: _Session) -> None:
        if self._closing or s.retiring or s is not self._session:
            return
        if not self.reconnect:
            if self._uds is not None:
                self._uds._end(s.end)
            self._wake_waiters()
            return
        self.stats["reconnects"] += 1
        self._replace(s, dropped=True)

    def _replace(self, old: _Session, dropped: bool) -> None:
        if self._closing or self._replacing is not None:
            return
        self._replacing = self._spawn(self._replace_session(old, dropped))

    def _next_delay(self, lived: float) -> float:
        if lived >= self.stable_after:
            self._backoff.reset()
        return self._backoff.next()

    async def _replace_session(self, old: _Session, dropped: bool) -> None:
        """Open a new session (logon + user data resubscription), then retire ``old``.  Every
        attempt waits a backoff delay that grows while connections die young."""
        try:
            lived = _monotonic() - old.opened_at if old.opened_at else 0.0
            while not self._closing:
                delay = self._next_delay(lived)
                retry_after = None
                await asyncio.sleep(delay)
                new = _Session(self)
                try:
                    await new.open()
                    if self._logon_wanted:
                        await self._logon(new)
                    if self._uds is not None and self._uds.active:
                        await self._uds._subscribe(new)
                except HandshakeError as e:
                    await new.close("dropped")
                    if e.status not in (0, 418, 429) and e.status < 500:
                        self._fatal = e
                        if self._uds is not None:
                            self._uds._end(e)
                        self._wake_waiters()
                        return
                    retry_after = e.retry_after
                    self._warn.warning("connection", "WebSocket API reconnect refused (HTTP %s)",
                                       e.status)
                except (OSError, asyncio.TimeoutError, StreamError, ConnectionError) as e:
                    await new.close("dropped")
                    self._warn.warning("connection", "WebSocket API reconnect failed (%s: %s)",
                                       type(e).__name__, e)
                except Exception as e:       # the server refused the logon/resubscription
                    await new.close("dropped")
                    if getattr(e, "retry_after", None) is not None or \
                            getattr(e, "status", None) in (418, 429):   # rate limited: wait
                        retry_after = getattr(e, "retry_after", None)
                        self._warn.warning("connection",
                                           "WebSocket API session setup rate limited: %s", e)
                    else:                    # refused for good: tell every consumer
                        self._fatal = e
                        if self._uds is not None:
                            self._uds._end(e)
                        self._wake_waiters()
                        return
                else:
                    old.retiring = True
                    self._install(new)
                    if not dropped:
                        self._spawn(self._retire(old))
                    if new.usable and not new.shutdown_requested:
                        return
                    # it died, or got serverShutdown, while it was set up: replace it as well
                    old, dropped = new, not new.usable
                lived = 0.0                  # a failed attempt is a connection that died young
                if retry_after:
                    await asyncio.sleep(retry_after)
        finally:
            self._replacing = None

    async def _retire(self, old: _Session, grace: float = 2.0) -> None:
        """Let the old connection answer what it was asked, then close it."""
        end = _monotonic() + grace
        while old.pending and old.usable and _monotonic() < end:
            await asyncio.sleep(0.02)
        await old.close("rotated")


def _expire_waiter(w: asyncio.Future) -> None:
    if not w.done():
        w.set_exception(TimeoutError("no user data event within the timeout"))


class UserDataStream:
    """Async iterator of user data events (dicts from ``sbe.spot``; ``"$recvTime"`` added).

    Never drops an event: when ``max_queue`` events wait, the client stops reading the socket
    until the consumer has taken half of them (:attr:`backpressure` is True meanwhile;
    :attr:`pauses` counts the pauses).  ``eventStreamTerminated`` is handled by subscribing
    again (the event itself is delivered too); ``serverShutdown`` and dropped connections by
    the client's replacement session."""

    def __init__(self, api: WebSocketAPI, signature: Optional[bool], max_queue: int):
        if max_queue < 1:
            raise ValueError("max_queue must be >= 1 (events are never dropped: a full queue "
                             "pauses reading)")
        self.api = api
        self.signature = signature
        self.subscription_id: Optional[int] = None
        self.active = False
        self.max_queue = max_queue
        self.resume_at = max_queue // 2
        self.pauses = 0
        self.max_seen = 0
        self.resubscriptions = 0
        self._ended = False
        self._error: Optional[BaseException] = None
        self._q: collections.deque = collections.deque()
        self._waiter: Optional[asyncio.Future] = None
        self._paused: Optional[_Session] = None
        self._session: Optional[_Session] = None
        self._overlap_until = 0.0
        self._seen: collections.OrderedDict = collections.OrderedDict()

    @property
    def backpressure(self) -> bool:
        """True while the client does not read the socket because this queue is full."""
        return self._paused is not None

    def qsize(self) -> int:
        return len(self._q)

    async def _subscribe(self, s: _Session):
        sig = self.signature
        if sig is None:
            sig = not s.logged_on
        prev = self._session
        if prev is not None and prev is not s and prev.usable:
            # a rotation: both subscriptions deliver the same events until the old session
            # retires; events seen from then until a while after are de-duplicated
            self._overlap_until = float("inf")
        try:
            if sig:
                res = await self.api.request("userDataStream.subscribe.signature", {},
                                             signed=True, _session=s)
            else:
                res = await self.api.request("userDataStream.subscribe", _session=s)
        finally:
            if self._overlap_until == float("inf"):
                self._overlap_until = _monotonic() + self.OVERLAP_DEDUP
        self.subscription_id = res.get("subscriptionId")
        self._session = s
        self.active = True
        return res

    #: seconds after a rotation's resubscription during which duplicate events are removed
    OVERLAP_DEDUP = 5.0

    def _duplicate(self, ev: dict) -> bool:
        if _monotonic() > self._overlap_until:
            if self._seen:
                self._seen.clear()
            return False
        key = repr([(k, v) for k, v in ev.items() if k not in ("subscriptionId", "$recvTime")])
        if key in self._seen:
            self.api.stats["duplicates"] += 1
            return True
        self._seen[key] = None
        if len(self._seen) > 4096:
            self._seen.popitem(last=False)
        return False

    def _on_event(self, s: _Session, ev: dict) -> None:
        if self._ended:             # unsubscribed or closed: nobody will read it (no pause)
            self.api.stats["events_after_end"] += 1
            return
        if s is not self._session and s.retiring:
            return      # the old session of a rotation: its events come on the new one too
        if self._overlap_until and self._duplicate(ev):
            return
        sid = ev.get("subscriptionId")
        if sid is not None and self.subscription_id is not None and sid != self.subscription_id \
                and s is self._session:
            return
        q = self._q
        q.append(ev)
        n = len(q)
        if n > self.max_seen:
            self.max_seen = n
        if n >= self.max_queue and self._paused is None and s.conn is not None:
            self._paused = s
            self.pauses += 1
            self.api.stats["backpressure_pauses"] += 1
            s.conn.pause_reading()
            self.api._warn.warning("backpressure", "user data stream: %d events wait for the "
                                   "consumer; reading paused until it takes %d", n,
                                   n - self.resume_at)
        w = self._waiter
        if w is not None and not w.done():
            w.set_result(None)
        if ev["$message"] == "EventStreamTerminatedEvent" and self.active \
                and not self.api._closing:
            self.resubscriptions += 1
            self.api._spawn(self._resubscribe())

    async def _resubscribe(self):
        try:
            s = await self.api._usable_session(asyncio.get_running_loop().time()
                                               + self.api.request_timeout, "resubscribe")
            await self._subscribe(s)
        except Exception as e:     # surfaced to the iterator
            self._end(e)

    async def unsubscribe(self) -> None:
        self.active = False
        params = {"subscriptionId": self.subscription_id} \
            if self.subscription_id is not None else None
        try:
            await self.api.request("userDataStream.unsubscribe", params)
        finally:
            self._end()

    def _end(self, err: Optional[BaseException] = None) -> None:
        if self._ended:
            return
        self._ended = True
        self.active = False
        self._error = err
        self._resume()
        w = self._waiter
        if w is not None and not w.done():
            w.set_result(None)

    def _resume(self) -> None:
        s, self._paused = self._paused, None
        if s is not None and s.conn is not None:
            s.conn.resume_reading()

    def __aiter__(self):
        return self

    async def __anext__(self) -> dict:
        q = self._q
        while True:
            if q:
                ev = q.popleft()
                if self._paused is not None and len(q) <= self.resume_at:
                    self._resume()
                return ev
            if self._ended:
                if self._error is not None:
                    err, self._error = self._error, None
                    raise err
                raise StopAsyncIteration
            self._waiter = asyncio.get_running_loop().create_future()
            try:
                await self._waiter
            finally:
                self._waiter = None

    async def recv(self, timeout: Optional[float] = None) -> dict:
        """The next event; ``TimeoutError`` after ``timeout`` seconds (no task per call)."""
        if self._q or timeout is None or self._ended:
            return await self.__anext__()
        loop = asyncio.get_running_loop()
        w = self._waiter = loop.create_future()
        timer = loop.call_later(timeout, _expire_waiter, w)
        try:
            await w
        finally:
            timer.cancel()
            self._waiter = None
        return await self.__anext__()

    async def __aenter__(self):
        return self

    async def __aexit__(self, *exc):
        if self.active and self.api.connected:
            try:
                await self.unsubscribe()
            except Exception:
                pass
        self._end()
