"""Binance WebSocket API client with SBE responses, and the SBE user data stream.

    async with WebSocketAPI(TESTNET, api_key=KEY, signer=Ed25519Signer(...)) as api:
        await api.logon()                                  # session.logon (Ed25519)
        depth = await api.request("depth", {"symbol": "BTCUSDT", "limit": 5})
        async with await api.user_data() as uds:           # userDataStream.subscribe
            async for ev in uds:                           # events 600-610, decoded
                print(ev["$message"], ev)

Requests are JSON text frames ``{"id", "method", "params"}``; responses are SBE binary
frames wrapped in ``WebSocketResponse`` (status, rateLimits, id, result), matched to their
request by ``id``.  An ``ErrorResponse`` inside the envelope raises the same typed
:class:`sbe.client.errors.BinanceAPIError` as the REST client; a session whose schema is
deprecated (``sbeSchemaIdVersionDeprecated``) warns once; a refused handshake (HTTP 400 with
JSON) raises :class:`HandshakeError`.  User data stream events are top-level SBE messages
(no envelope).  ``eventStreamTerminated`` → resubscribe; ``serverShutdown`` (message 610) →
a new connection is opened, logged on and resubscribed before the old one is closed; a
dropped connection is reopened with backoff (pending requests fail with ConnectionError).
"""

from __future__ import annotations

import asyncio
import collections
import itertools
import json
import logging
import time
import warnings
from typing import Any, Mapping, Optional

from websockets.asyncio.client import connect as ws_connect
from websockets.exceptions import ConnectionClosed, InvalidHandshake, InvalidStatus

from ._util import (CONNECTION_ATTEMPTS, Backoff, HandshakeError, KeyTypeError, RateLimiter,
                    StreamError, key_kind)

__all__ = ["WebSocketAPI", "UserDataStream", "PROD", "TESTNET", "DEMO", "USER_DATA_EVENTS"]

log = logging.getLogger("sbe.ws.api")

PROD = "wss://ws-api.binance.com:443/ws-api/v3"
TESTNET = "wss://ws-api.testnet.binance.vision/ws-api/v3"
DEMO = "wss://demo-ws-api.binance.com/ws-api/v3"

USER_DATA_EVENTS = {"AllocationReportEvent", "BalanceUpdateEvent", "EventStreamTerminatedEvent",
                    "ExecutionReportEvent", "ExternalLockUpdateEvent", "ListStatusEvent",
                    "OutboundAccountPositionEvent", "ServerShutdownEvent", "TPlusFilterLockEvent"}


def _warn_deprecated(schema_id: int, version: int) -> None:
    try:
        from sbe.lifecycle import warn_deprecated
    except ImportError:
        warn_deprecated = None
    if warn_deprecated is not None:
        warn_deprecated("spot_sbe", schema_id, version)
        return
    try:
        from sbe.client.errors import SchemaDeprecatedWarning as W
    except ImportError:
        W = UserWarning
    warnings.warn(f"SBE schema {schema_id}:{version} is deprecated on this WebSocket API "
                  "session (sbeSchemaIdVersionDeprecated); responses come in a newer compatible "
                  "version - upgrade the sbe package", W, stacklevel=3)


def _api_error(err: dict, status: int):
    try:
        from sbe.client.errors import api_error
    except ImportError:  # pragma: no cover - the REST client is part of the package
        return StreamError(f"Binance error {err.get('code')} (status {status}): {err.get('msg')}")
    return api_error(int(err.get("code", 0)), str(err.get("msg", "")), status=status, headers={},
                     server_time_us=err.get("serverTime"), retry_after_us=err.get("retryAfter"),
                     data=err.get("data"), format="sbe", method="ws")


def _payload(params: Mapping[str, Any]) -> str:
    """WebSocket API signature payload: params sorted by name, ``k=v`` joined by ``&``."""
    try:
        from sbe.client.signing import format_value
    except ImportError:  # pragma: no cover
        format_value = str
    return "&".join(f"{k}={format_value(v)}" for k, v in sorted(params.items())
                    if v is not None)


class _Session:
    """One WebSocket connection of the API client."""

    def __init__(self, api: "WebSocketAPI"):
        self.api = api
        self.ws = None
        self.pending: dict = {}
        self.task: Optional[asyncio.Task] = None
        self.closed = asyncio.Event()
        self.retiring = False
        self.logged_on = False
        self.subscription_id: Optional[int] = None

    async def open(self):
        api = self.api
        await api.attempts.acquire()
        try:
            self.ws = await ws_connect(api.url, additional_headers=api._headers(),
                                       open_timeout=api.open_timeout, max_size=None,
                                       ping_interval=api.ping_interval, compression=None,
                                       close_timeout=1.0)
        except InvalidStatus as e:
            raise HandshakeError(e.response.status_code, e.response.body or b"", api.url) from None
        self.task = asyncio.create_task(self._reader())

    async def _reader(self):
        api = self.api
        try:
            async for m in self.ws:
                if isinstance(m, bytes):
                    api._on_binary(self, m)
                else:
                    log.debug("text frame on the SBE session: %r", m[:200])
        except ConnectionClosed:
            pass
        finally:
            for f in self.pending.values():
                if not f.done():
                    f.set_exception(ConnectionError("WebSocket API connection closed"))
            self.pending.clear()
            self.closed.set()
            api._on_session_closed(self)

    async def send(self, obj) -> None:
        await self.api.sender.acquire()
        await self.ws.send(json.dumps(obj, separators=(",", ":")))

    async def close(self):
        self.retiring = True
        if self.ws is not None:
            try:
                await self.ws.close()
            except Exception:
                pass
        if self.task is not None:
            try:
                await asyncio.wait_for(asyncio.shield(self.task), 3)
            except (asyncio.TimeoutError, asyncio.CancelledError, Exception):
                self.task.cancel()


class WebSocketAPI:
    """SBE WebSocket API session.  ``signer``: a :mod:`sbe.client.signing` signer (HMAC,
    Ed25519 or RSA) with its ``api_key``; ``schema``: (id, version) to request, default the
    newest compiled ``sbe.spot``.  ``decimals``/``groups`` shape the decoded results."""

    def __init__(self, base_url: str = PROD, *, api_key: Optional[str] = None, signer=None,
                 schema: Optional[tuple] = None, decimals: str = "raw", groups: str = "list",
                 request_timeout: float = 10.0, open_timeout: float = 10.0,
                 ping_interval: Optional[float] = 20.0, recv_window: Optional[int] = None,
                 reconnect: bool = True, backoff_base: float = 0.2, backoff_cap: float = 30.0,
                 message_rate: Optional[int] = None, attempts=None):
        from sbe import spot
        self._spot = spot
        sid, ver = schema or (spot.SCHEMA_ID, spot.SCHEMA_VERSION)
        self.schema = (sid, ver)
        base = base_url.rstrip("/")
        if base.startswith("https://"):
            base = "wss://" + base[8:]
        elif base.startswith("http://"):
            base = "ws://" + base[7:]
        if not base.endswith("/ws-api/v3"):
            base += "/ws-api/v3"
        self.url = f"{base}?responseFormat=sbe&sbeSchemaId={sid}&sbeSchemaVersion={ver}"
        self.api_key = api_key
        self.signer = signer
        self._decoder = spot.Decoder(decimals=decimals, groups=groups)
        self.request_timeout = request_timeout
        self.open_timeout = open_timeout
        self.ping_interval = ping_interval
        self.recv_window = recv_window
        self.reconnect = reconnect
        self.backoff_base, self.backoff_cap = backoff_base, backoff_cap
        self.sender = RateLimiter(message_rate, 1.0) if message_rate else _NoLimit()
        self.attempts = attempts or CONNECTION_ATTEMPTS
        self._ids = itertools.count(1)
        self._session: Optional[_Session] = None
        self._closing = False
        self._deprecated_warned = False
        self.rate_limits: list = []
        self.last_status: Optional[int] = None
        self._logon_wanted = False
        self._uds: Optional["UserDataStream"] = None
        self._reconnecting: Optional[asyncio.Task] = None
        self._tasks: set = set()
        self.stats = collections.Counter()

    # ------------------------------------------------------------ connection
    def _headers(self):
        return {"X-MBX-APIKEY": self.api_key} if self.api_key else {}

    async def connect(self) -> "WebSocketAPI":
        s = _Session(self)
        await s.open()
        self._session = s
        return self

    async def close(self) -> None:
        self._closing = True
        for t in list(self._tasks):
            t.cancel()
        if self._session is not None:
            await self._session.close()
        if self._uds is not None:
            self._uds._end()

    async def __aenter__(self):
        return await self.connect()

    async def __aexit__(self, *exc):
        await self.close()

    @property
    def connected(self) -> bool:
        return self._session is not None and self._session.ws is not None \
            and not self._session.closed.is_set()

    # ------------------------------------------------------------ requests
    async def request(self, method: str, params: Optional[Mapping[str, Any]] = None, *,
                      signed: bool = False, envelope: bool = False,
                      timeout: Optional[float] = None, _session: Optional[_Session] = None):
        """Send one request; returns the decoded result message (or the whole envelope with
        ``envelope=True``).  ``signed=True`` adds apiKey/timestamp/signature (or only the
        timestamp once the session is logged on)."""
        s = _session or self._session
        if s is None:
            await self.connect()
            s = self._session
        if s.closed.is_set() and self._reconnecting is not None and _session is None:
            await asyncio.wait_for(asyncio.shield(self._reconnecting), self.open_timeout * 3)
            s = self._session
        p = {k: v for k, v in (params or {}).items() if v is not None}
        if signed:
            p = self._sign(p, logged_on=s.logged_on)
        rid = str(next(self._ids))
        fut = asyncio.get_running_loop().create_future()
        s.pending[rid] = fut
        msg = {"id": rid, "method": method}
        if p:
            msg["params"] = p
        try:
            await s.send(msg)
        except ConnectionClosed:
            s.pending.pop(rid, None)
            raise ConnectionError("WebSocket API connection closed") from None
        try:
            env = await asyncio.wait_for(fut, timeout or self.request_timeout)
        finally:
            s.pending.pop(rid, None)
        result = env["result"]
        if isinstance(result, dict) and result.get("$message") == "ErrorResponse":
            raise _api_error(result, env["status"])
        return env if envelope else result

    def _sign(self, p: dict, logged_on: bool) -> dict:
        p = dict(p)
        p.setdefault("timestamp", int(time.time() * 1000))
        if self.recv_window is not None:
            p.setdefault("recvWindow", self.recv_window)
        if logged_on:
            return p
        if not self.api_key or self.signer is None:
            raise KeyTypeError("signed WebSocket API requests need api_key= and signer= "
                               "(an HMAC, Ed25519 or RSA signer from sbe.client.signing)")
        p["apiKey"] = self.api_key
        p["signature"] = self.signer.sign(_payload(p).encode())
        return p

    # ------------------------------------------------------------ session methods
    async def logon(self) -> dict:
        """``session.logon``: authenticate the connection (Ed25519 keys only); later signed
        requests then carry only a timestamp.  Repeated after every reconnect."""
        if key_kind(self.signer) not in (None, "ed25519") or self.signer is None:
            raise KeyTypeError("session.logon needs an Ed25519 signer "
                               f"(got {key_kind(self.signer) or 'none'})")
        res = await self._logon(self._session)
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

    async def user_data(self, *, signature: Optional[bool] = None,
                        max_queue: int = 0) -> "UserDataStream":
        """Subscribe to the user data stream and return its async iterator.
        ``signature=None``: ``userDataStream.subscribe`` when the session is logged on, else
        ``userDataStream.subscribe.signature`` (any key type, schema 3:1+)."""
        if self._uds is None or self._uds._ended:
            self._uds = UserDataStream(self, signature, max_queue)
        await self._uds._subscribe(self._session)
        return self._uds

    # ------------------------------------------------------------ incoming
    def _on_binary(self, s: _Session, data: bytes):
        recv = time.time_ns() // 1000
        msg = self._decoder.decode(data)
        name = msg["$message"]
        if name == "WebSocketResponse":
            self.last_status = msg["status"]
            if msg.get("rateLimits"):
                self.rate_limits = msg["rateLimits"]
            if msg.get("sbeSchemaIdVersionDeprecated") and not self._deprecated_warned:
                self._deprecated_warned = True
                _warn_deprecated(*self.schema)
            fut = s.pending.pop(msg["id"], None)
            if fut is not None and not fut.done():
                fut.set_result(msg)
            return
        if name in USER_DATA_EVENTS or name.endswith("Event"):
            msg["$recvTime"] = recv
            if name == "ServerShutdownEvent":
                self.stats["server_shutdowns"] += 1
                self._spawn(self._replace_session(s))
                return
            if self._uds is not None:
                self._uds._on_event(s, msg)
            return
        log.warning("unexpected top-level message %s", name)

    def _spawn(self, coro):
        t = asyncio.create_task(coro)
        self._tasks.add(t)
        t.add_done_callback(self._tasks.discard)
        return t

    def _on_session_closed(self, s: _Session):
        if self._closing or s.retiring or s is not self._session or not self.reconnect:
            if s is self._session and not self.reconnect and self._uds is not None:
                self._uds._end(ConnectionError("WebSocket API connection closed"))
            return
        self.stats["reconnects"] += 1
        self._reconnecting = self._spawn(self._replace_session(s, dropped=True))

    async def _replace_session(self, old: _Session, dropped: bool = False):
        """Open a new session (logon + user data resubscription), then retire ``old``."""
        if old.retiring and not dropped:
            return
        old.retiring = not dropped or old.retiring
        backoff = Backoff(self.backoff_base, self.backoff_cap)
        while not self._closing:
            new = _Session(self)
            try:
                await new.open()
                if self._logon_wanted:
                    await self._logon(new)
                if self._uds is not None and self._uds.active:
                    await self._uds._subscribe(new)
            except HandshakeError as e:
                if self._uds is not None:
                    self._uds._end(e)
                return
            except (OSError, asyncio.TimeoutError, InvalidHandshake, ConnectionError) as e:
                await new.close()
                d = backoff.next()
                log.warning("WebSocket API reconnect failed (%s); retrying in %.2fs", e, d)
                await asyncio.sleep(d)
                continue
            self._session = new
            old.retiring = True
            if not dropped:
                await old.close()
            return


class _NoLimit:
    async def acquire(self):
        return None


class UserDataStream:
    """Async iterator of user data events (dicts from ``sbe.spot``; ``"$recvTime"`` added).

    ``eventStreamTerminated`` is handled by subscribing again (the event itself is delivered
    too, so the caller sees it); ``serverShutdown`` and dropped connections by the client's
    replacement session."""

    def __init__(self, api: WebSocketAPI, signature: Optional[bool], max_queue: int):
        self.api = api
        self.signature = signature
        self.subscription_id: Optional[int] = None
        self.active = False
        self._ended = False
        self._error: Optional[BaseException] = None
        self._q: asyncio.Queue = asyncio.Queue(max_queue)
        self.resubscriptions = 0
        self._session: Optional[_Session] = None

    async def _subscribe(self, s: _Session):
        sig = self.signature
        if sig is None:
            sig = not s.logged_on
        if sig:
            res = await self.api.request("userDataStream.subscribe.signature", {},
                                         signed=True, _session=s)
        else:
            res = await self.api.request("userDataStream.subscribe", _session=s)
        self.subscription_id = res.get("subscriptionId")
        self._session = s
        self.active = True
        return res

    def _on_event(self, s: _Session, ev: dict):
        if s is not self._session and s.retiring:
            return      # the old session of a rotation: its events come on the new one too
        sid = ev.get("subscriptionId")
        if sid is not None and self.subscription_id is not None and sid != self.subscription_id \
                and s is self._session:
            return
        try:
            self._q.put_nowait(ev)
        except asyncio.QueueFull:
            self._q.get_nowait()
            self._q.put_nowait(ev)
        if ev["$message"] == "EventStreamTerminatedEvent" and self.active and not self.api._closing:
            self.resubscriptions += 1
            self.api._spawn(self._resubscribe(s))

    async def _resubscribe(self, s: _Session):
        try:
            await self._subscribe(self.api._session)
        except Exception as e:     # surfaced to the iterator
            self._end(e)

    async def unsubscribe(self) -> None:
        self.active = False
        params = {"subscriptionId": self.subscription_id} if self.subscription_id is not None else None
        try:
            await self.api.request("userDataStream.unsubscribe", params)
        finally:
            self._end()

    def _end(self, err: Optional[BaseException] = None):
        if self._ended:
            return
        self._ended = True
        self.active = False
        self._error = err
        self._q.put_nowait(None)

    def __aiter__(self):
        return self

    async def __anext__(self) -> dict:
        if self._ended and self._q.empty():
            if self._error:
                raise self._error
            raise StopAsyncIteration
        ev = await self._q.get()
        if ev is None:
            if self._error:
                err, self._error = self._error, None
                raise err
            raise StopAsyncIteration
        return ev

    async def recv(self, timeout: Optional[float] = None) -> dict:
        return await asyncio.wait_for(self.__anext__(), timeout)

    async def __aenter__(self):
        return self

    async def __aexit__(self, *exc):
        if self.active and self.api.connected:
            try:
                await self.unsubscribe()
            except Exception:
                pass
        self._end()
