"""The one WebSocket transport of ``sbe.ws`` (stream client and WebSocket API), on ``picows``.

    conn = await connect(url, headers={"X-MBX-APIKEY": key},
                         on_binary=lambda data, recv_ns: ...,   # bytes, time.time_ns() at receipt
                         on_text=lambda text: ...,              # str (valid UTF-8)
                         on_close=lambda exc: ...)              # None or ConnectionClosed
    conn.send_text('{"method": "LIST_SUBSCRIPTIONS", "id": 1}')
    await conn.close()

Contract
--------
* Callbacks run synchronously inside the frame callback of the event loop, in arrival order;
  they must not block.  ``on_binary(data, recv_ns)`` gets a ``bytes`` copy of each complete
  binary message (fragmented messages are reassembled, bounded by ``max_frame_size``);
  ``on_text(text)`` each text message.  If a callback raises, the connection is closed (code
  1011) and ``on_close`` receives the exception as ``__cause__`` of a :class:`ConnectionClosed`.
* ``on_close(exc)`` is called exactly once, after the socket is gone: ``exc`` is ``None`` when
  the close was asked with :meth:`Connection.close`, otherwise a :class:`ConnectionClosed`
  (``code``, ``reason``, ``by_peer``): the server's close frame, a TCP drop (1006), a protocol
  error, a frame over ``max_frame_size`` (1009: refused from its header; picows drops the
  socket ~10 ms later and what it read meanwhile is discarded, never delivered) or a
  keepalive timeout (:class:`PingTimeout`).  :attr:`Connection.closed` is a
  future resolved (never with an exception) with the same value, for those who await.
* Keepalive: when nothing arrived for ``ping_interval`` seconds a ping is sent; no pong
  within ``ping_timeout`` (capped at ``ping_interval``) -> the socket is aborted and
  ``on_close`` gets :class:`PingTimeout`.  A half-open connection is thus detected within
  ``ping_interval + ping_timeout``.  Server pings are answered automatically.
* :func:`connect` raises :class:`HandshakeError` (``status``: the HTTP status, 0 for a reply
  that is not HTTP; ``retry_after`` seconds when given) when the server refuses the upgrade,
  :class:`OpenTimeout` when the TCP+TLS+upgrade take longer than ``open_timeout``, and
  ``OSError`` when the TCP connection fails.  Redirects are never followed (they would carry
  the API key to another host).
* Secrets: header values (the API key) appear in no exception, repr or log line at any level:
  picows logs through a private logger pinned at WARNING (its DEBUG lines print the upgrade
  request) and values of ``headers`` are masked in handshake error bodies.
* Send methods are synchronous (picows writes to the socket at once, the kernel buffers);
  they raise :class:`ConnectionClosed` once the connection is closing.
* Counters on the connection: ``frames_out``, ``bytes_out`` (incoming frames are counted by
  the clients: the per-frame path stays minimal).

``import sbe`` does not import this module (``picows`` is the ``client`` extra).
"""

from __future__ import annotations

import asyncio
import logging
import time
from typing import Any, Callable, Mapping, Optional

from picows import (WSAutoPingStrategy, WSCloseCode, WSHandshakeError, WSInvalidStatusError,
                    WSListener, WSMsgType, WSProtocolError, ws_connect)

from ._util import HandshakeError, StreamError

__all__ = ["connect", "Connection", "ConnectionClosed", "PingTimeout", "OpenTimeout",
           "HandshakeError", "DEFAULT_MAX_FRAME_SIZE"]

#: Largest message accepted by default (16 MiB: an SBE ``ExchangeInfoResponse`` for every
#: symbol, the largest Binance reply, is a few MiB).  Stream clients pass a smaller bound.
DEFAULT_MAX_FRAME_SIZE = 16 * 1024 * 1024

log = logging.getLogger("sbe.ws.transport")

# picows logs the whole upgrade request (with X-MBX-APIKEY) at DEBUG: give it a private logger
# whose level is pinned at WARNING whatever the user configures; records still propagate.
_picows_log = logging.Logger("sbe.ws.transport.picows", logging.WARNING)
_picows_log.parent = log

_BINARY, _TEXT, _CONT, _CLOSE, _PONG = (WSMsgType.BINARY, WSMsgType.TEXT,
                                        WSMsgType.CONTINUATION, WSMsgType.CLOSE, WSMsgType.PONG)
_time_ns = time.time_ns
_monotonic = time.monotonic


class ConnectionClosed(StreamError, ConnectionError):
    """The WebSocket connection ended other than by our own ``close()``."""

    def __init__(self, code: int, reason: str = "", by_peer: bool = True):
        self.code, self.reason, self.by_peer = code, reason, by_peer
        who = "server" if by_peer else "client"
        super().__init__(f"WebSocket connection closed by the {who}: code {code}"
                         + (f" ({reason})" if reason else ""))


class PingTimeout(ConnectionClosed, TimeoutError):
    """No pong within ``ping_timeout`` after a ping sent on an idle connection."""


class OpenTimeout(StreamError, TimeoutError):
    """TCP connect + TLS + WebSocket upgrade took longer than ``open_timeout``."""


def _mask(text: str, secrets) -> str:
    for s in secrets:
        if s and len(s) >= 4:
            text = text.replace(s, "***")
    return text


class Connection(WSListener):
    """One open WebSocket connection (made by :func:`connect`)."""

    def __init__(self, url, on_binary, on_text, on_close, on_error, max_frame_size,
                 ping_timeout):
        super().__init__()
        self.url = url
        self._on_binary = on_binary
        self._on_text = on_text
        self._on_close = on_close
        self._on_error = on_error
        self._max = max_frame_size
        self._ping_timeout = ping_timeout
        self._ping_sent: Optional[float] = None
        self._frag: Optional[bytearray] = None
        self._frag_type = None
        self._closing = False            # close() was called by us
        self._exc: Optional[BaseException] = None
        self._t = None                   # picows WSTransport
        self.closed: asyncio.Future = asyncio.get_running_loop().create_future()
        self.frames_out = self.bytes_out = 0
        self.opened_at = _monotonic()

    def __repr__(self):
        state = "closed" if self.closed.done() else "closing" if self._closing else "open"
        return f"<Connection {self.url} {state} out={self.frames_out}>"

    # ------------------------------------------------------------------ user API
    @property
    def is_open(self) -> bool:
        return not self._closing and not self.closed.done() and self._t is not None

    def send_text(self, text: str) -> None:
        data = text.encode("utf-8")
        self._send(WSMsgType.TEXT, data)

    def send_bytes(self, data) -> None:
        self._send(WSMsgType.BINARY, data)

    def _send(self, kind, data) -> None:
        if not self.is_open:
            raise self._exc if isinstance(self._exc, ConnectionClosed) else \
                ConnectionClosed(1000, "connection is closing", by_peer=False)
        self._t.send(kind, data)
        self.frames_out += 1
        self.bytes_out += len(data)

    async def close(self, code: int = 1000, reason: str = "", timeout: float = 2.0) -> None:
        """Send a close frame, wait up to ``timeout`` for the server's, then drop the socket."""
        t = self._t
        if not self.closed.done() and t is not None:
            if not self._closing:
                self._closing = True
                try:
                    t.send_close(WSCloseCode(code), reason.encode()[:120])
                except Exception:        # unknown code or transport already gone
                    t.send_close(WSCloseCode.OK)
            try:
                await asyncio.wait_for(asyncio.shield(self.closed), timeout)
            except asyncio.TimeoutError:
                t.disconnect(False)
                await asyncio.shield(self.closed)

    def pause_reading(self) -> None:
        """Stop reading the socket (backpressure: the kernel buffers, then the server); frames
        of the read in progress are still delivered; keepalive is suspended meanwhile."""
        if self._t is not None and not getattr(self, "_paused", False):
            self._paused = True
            self._t.underlying_transport.pause_reading()

    def resume_reading(self) -> None:
        if getattr(self, "_paused", False):
            self._paused = False
            if self._t is not None and not self.closed.done():
                self._t.underlying_transport.resume_reading()

    def abort(self) -> None:
        """Drop the socket now (no close handshake); ``on_close(None)`` follows."""
        self._closing = True
        if self._t is not None:
            self._t.disconnect(False)

    async def wait_closed(self) -> Optional[BaseException]:
        return await asyncio.shield(self.closed)

    # ------------------------------------------------------------------ picows callbacks
    def on_ws_connected(self, transport):
        self._t = transport

    def on_ws_frame(self, transport, frame):
        kind = frame.msg_type
        if kind is _BINARY and frame.fin and self._frag is None:   # per event: keep it short
            data = frame.get_payload_as_bytes()
            if len(data) <= self._max:
                self._on_binary(data, _time_ns())
                return
        if frame.payload_size > self._max:
            self._too_big(transport)
            return
        if kind is _TEXT or kind is _BINARY:
            if self._frag is not None:
                raise WSProtocolError(WSCloseCode.PROTOCOL_ERROR,
                                      "new data frame inside a fragmented message")
            if not frame.fin:
                self._frag = bytearray(frame.get_payload_as_memoryview())
                self._frag_type = kind
                return
            if kind is _TEXT:
                self._deliver_text(frame.get_payload_as_bytes())
            return
        if kind is _CONT:
            buf = self._frag
            if buf is None:
                raise WSProtocolError(WSCloseCode.PROTOCOL_ERROR, "continuation without a start")
            if len(buf) + frame.payload_size > self._max:
                raise WSProtocolError(WSCloseCode.MESSAGE_TOO_BIG,
                                      f"fragmented message over {self._max} bytes")
            buf += frame.get_payload_as_memoryview()
            if frame.fin:
                self._frag = None
                if self._frag_type is _BINARY:
                    self._on_binary(bytes(buf), _time_ns())
                else:
                    self._deliver_text(bytes(buf))
            return
        if kind is _CLOSE:
            if not self._closing and not transport.is_close_frame_sent:
                # the server closes first: answer, then drop (a close sent by picows itself,
                # on a ping timeout or a protocol error, is explained in on_ws_disconnected)
                raw = frame.get_payload_as_bytes()
                code = int.from_bytes(raw[:2], "big") if len(raw) >= 2 else 1005
                self._exc = ConnectionClosed(code, _safe_reason(frame), by_peer=True)
                transport.send_close(WSCloseCode.OK)
            transport.disconnect()
            return
        # unsolicited pongs and other control frames: nothing to do

    def _too_big(self, transport) -> None:
        # picows refused the frame from its header (close 1009 sent) but keeps reading for
        # a few ms before it drops the socket: never deliver it, drop the socket now
        if self._exc is None:
            self._exc = ConnectionClosed(1009, f"frame over max_frame_size={self._max}",
                                         by_peer=False)
        transport.disconnect(False)

    def _deliver_text(self, raw: bytes) -> None:
        try:
            text = raw.decode("utf-8")
        except UnicodeDecodeError as e:
            if self._on_error is not None:
                self._on_error(ValueError(f"text frame of {len(raw)} bytes is not UTF-8: {e}"))
            return
        self._on_text(text)

    def send_user_specific_ping(self, transport):
        if getattr(self, "_paused", False):
            # we are not reading (backpressure): a missing pong would be ours, skip this round
            asyncio.get_running_loop().call_soon(transport.notify_user_specific_pong_received)
            return
        self._ping_sent = _monotonic()
        transport.send_ping()

    def is_user_specific_pong(self, frame):
        if frame.msg_type is _PONG:
            self._ping_sent = None
            return True
        return False

    def on_ws_disconnected(self, transport):
        self._frag = None
        if self._closing:
            exc = None
        elif self._exc is not None:
            exc = self._exc
        elif self._ping_sent is not None and \
                _monotonic() - self._ping_sent >= self._ping_timeout * 0.9:
            exc = PingTimeout(1006, f"no pong within {self._ping_timeout:g} s", by_peer=False)
        else:
            exc = ConnectionClosed(1006, "connection dropped without a close frame")
        self._exc = exc
        # protocol errors (frame too big, bad framing, a raising callback) are known only
        # once picows resolves its disconnect future, right after this callback
        asyncio.get_running_loop().create_task(self._finish(transport))

    async def _finish(self, transport):
        exc = self._exc
        cause = None
        try:
            await transport.wait_disconnected()
        except Exception as e:          # noqa: BLE001 - picows hands over the local failure
            cause = e
        if cause is not None:
            if isinstance(cause, WSProtocolError):
                code = int(getattr(cause.code, "value", cause.code))
                exc = ConnectionClosed(code, str(cause.args[-1])[:200], by_peer=False)
            else:
                exc = ConnectionClosed(1011, f"callback raised {type(cause).__name__}",
                                       by_peer=False)
            exc.__cause__ = cause
        self._exc = exc
        if not self.closed.done():
            self.closed.set_result(exc)
        if self._on_close is not None:
            try:
                self._on_close(exc)
            except Exception:
                log.exception("on_close callback failed")


def _safe_reason(frame) -> str:
    try:
        return frame.get_close_reason()[:120]
    except Exception:
        return ""


async def connect(url: str, *, headers: Optional[Mapping[str, str]] = None,
                  on_binary: Callable[[bytes, int], Any],
                  on_text: Optional[Callable[[str], Any]] = None,
                  on_close: Optional[Callable[[Optional[BaseException]], Any]] = None,
                  on_error: Optional[Callable[[BaseException], Any]] = None,
                  ping_interval: Optional[float] = 20.0, ping_timeout: float = 10.0,
                  max_frame_size: int = DEFAULT_MAX_FRAME_SIZE, open_timeout: float = 10.0,
                  ssl_context=None) -> Connection:
    """Open a WebSocket connection (see the module docstring for the contract).

    ``on_error(exc)`` receives frames the transport skips (a text frame that is not UTF-8);
    ``ping_interval=None`` disables the keepalive."""
    if on_text is None:
        on_text = _ignore
    if max_frame_size <= 0:
        raise ValueError("max_frame_size must be > 0")
    hdrs = dict(headers or {})
    secrets = [str(v) for v in hdrs.values()]
    conn_box = []

    def factory():
        c = Connection(url, on_binary, on_text, on_close, on_error, max_frame_size,
                       ping_timeout or 0.0)
        conn_box.append(c)
        return c

    ping = ping_interval is not None and ping_interval > 0
    if ping:    # picows needs reply <= idle time; a shorter wait only detects sooner
        ping_timeout = min(ping_timeout or ping_interval, ping_interval)
    # picows leaves the socket open when ws_connect is cancelled during the upgrade: run it
    # as a task under picows's own handshake timeout (which drops the socket), and close a
    # connection that completes after we gave up (timeout or cancellation)
    task = asyncio.ensure_future(ws_connect(
        factory, url, ssl_context=ssl_context, disconnect_on_exception=True,
        websocket_handshake_timeout=open_timeout, logger_name=_picows_log,
        enable_auto_ping=ping, auto_ping_idle_timeout=ping_interval or 20.0,
        auto_ping_reply_timeout=ping_timeout or 10.0,
        auto_ping_strategy=WSAutoPingStrategy.PING_WHEN_IDLE, enable_auto_pong=True,
        max_frame_size=max_frame_size, extra_headers=hdrs, max_redirects=0))
    try:
        try:
            async with asyncio.timeout(open_timeout):
                transport, conn = await asyncio.shield(task)
        except BaseException:
            if not task.done():
                task.add_done_callback(_drop_late_connection)
            raise
    except TimeoutError:
        raise OpenTimeout(f"WebSocket open took longer than {open_timeout:g} s: {url}") from None
    except WSInvalidStatusError as e:
        raise _handshake_error(e, url, secrets) from None
    except WSHandshakeError as e:
        resp = getattr(e, "response", None)
        status = int(resp.status) if resp is not None and resp.status is not None else 0
        raise HandshakeError(status, _mask(str(e.args[0] if e.args else e), secrets)
                             .encode()[:300], url) from None
    conn._t = transport
    return conn


def _drop_late_connection(task) -> None:
    if task.cancelled():
        return
    if task.exception() is None:      # retrieved either way: no "never retrieved" noise
        task.result()[0].disconnect(False)


def _handshake_error(e, url, secrets) -> HandshakeError:
    resp = e.response
    status = int(resp.status)
    body = resp.body if resp.body is not None else (e.raw_body or b"")
    body = _mask(body[:4096].decode("utf-8", "replace"), secrets).encode()
    err = HandshakeError(status, body, url)
    ra = resp.headers.get("Retry-After") if resp.headers is not None else None
    err.retry_after = _retry_after(ra)
    return err


def _retry_after(value) -> Optional[float]:
    if not value:
        return None
    value = value.strip()
    if value.isdigit():
        return float(value)
    try:
        from email.utils import parsedate_to_datetime
        return max(0.0, parsedate_to_datetime(value).timestamp() - time.time())
    except Exception:
        return None


def _ignore(*_a):
    return None
