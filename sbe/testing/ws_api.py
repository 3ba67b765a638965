"""A local Binance-like WebSocket API server with SBE responses (``websockets``, 127.0.0.1).

    async with LocalWsApiServer(keys={"KEY": ed25519_private_key.public_key()}) as srv:
        api = WebSocketAPI(srv.url, api_key="KEY", signer=Ed25519Signer(ed25519_private_key))

URL ``/ws-api/v3?responseFormat=sbe&sbeSchemaId=3&sbeSchemaVersion=5``; handshake errors are
HTTP 400 with JSON (as Binance).  Responses are ``WebSocketResponse`` envelopes encoded with
``sbe.spot.encode``; errors are ``ErrorResponse`` inside the envelope.  Methods: ``ping``,
``time``, ``depth``, ``order.test``, ``session.logon|status|logout``,
``userDataStream.subscribe[.signature]|unsubscribe``, ``session.subscriptions``.  ``market``
defaults to a :class:`sbe.testing.data.MarketData` (BTCUSDT, ETHUSDT, ...), so ``depth`` works
without it.

Signatures are verified with this module's own code (``cryptography`` directly), never with
the client's signing module: ``keys`` maps an API key to its HMAC secret (str/bytes), an
Ed25519 or RSA public key (a private key is accepted and its public half used).

Switches: :meth:`push_event` (user data event to every subscription), :meth:`terminate_streams`
(``eventStreamTerminated``), :meth:`server_shutdown` (message 610, close after ``grace``),
:meth:`kill`, :meth:`send_raw` (any frame to every connection), :meth:`close_all` (close
code/reason), :meth:`freeze` (stop reading and answering: a half-open connection as the client
sees it), ``lifetime=``, ``deprecated={(3, 4)}`` (sessions on those versions get
``sbeSchemaIdVersionDeprecated``), :attr:`fail_next` (an ErrorResponse for the next request),
:attr:`mangle_next` (a function applied to the bytes of the next response), :attr:`silent`
(requests are read but not answered), :attr:`shutdown_on_connect`, :attr:`push_on_subscribe`
(an event sent to every subscription just before a subscribe reply),
:meth:`send_frame_header` (a frame header announcing a huge payload).  :attr:`open_connections` counts the connections open
now, :attr:`connection_attempts` every handshake seen.
"""

from __future__ import annotations

import asyncio
import base64
import collections
import hashlib
import hmac
import itertools
import json
import logging
import time
import urllib.parse
from http import HTTPStatus
from typing import Optional

from sbe._extras import require as _require

_require("websockets", "client", "sbe.testing.ws_api")
from websockets.asyncio.server import serve  # noqa: E402
from websockets.datastructures import Headers  # noqa: E402
from websockets.exceptions import ConnectionClosed  # noqa: E402
from websockets.http11 import Response  # noqa: E402

from sbe import spot  # noqa: E402

__all__ = ["LocalWsApiServer", "verify_signature", "signature_payload"]

#: The server's own logger (websockets logs frames at DEBUG, request parameters included): a
#: test double's log, kept apart from the client's.
log = logging.getLogger("sbe.testing.ws_api")


def signature_payload(params: dict) -> bytes:
    """What Binance signs on the WebSocket API: every parameter but ``signature``, sorted by
    name, ``k=v`` joined by ``&`` (values as JSON gave them; booleans lowercase)."""
    def fmt(v):
        if isinstance(v, bool):
            return "true" if v else "false"
        if isinstance(v, list):
            return json.dumps(v, separators=(",", ":"))
        return str(v)
    return "&".join(f"{k}={fmt(v)}" for k, v in sorted(params.items())
                    if k != "signature" and v is not None).encode()


def verify_signature(key, payload: bytes, signature: str) -> bool:
    """Check ``signature`` of ``payload`` with ``key``: an HMAC secret (str/bytes, hex
    signature), an Ed25519 or RSA (PKCS#1 v1.5, SHA-256) public or private key (base64)."""
    from cryptography.exceptions import InvalidSignature
    from cryptography.hazmat.primitives import hashes
    from cryptography.hazmat.primitives.asymmetric import ed25519, padding, rsa
    if isinstance(key, (str, bytes)):
        secret = key.encode() if isinstance(key, str) else key
        good = hmac.new(secret, payload, hashlib.sha256).hexdigest()
        return hmac.compare_digest(good, str(signature))
    if isinstance(key, (ed25519.Ed25519PrivateKey, rsa.RSAPrivateKey)):
        key = key.public_key()
    try:
        raw = base64.b64decode(signature, validate=True)
    except (ValueError, TypeError):
        return False
    try:
        if isinstance(key, ed25519.Ed25519PublicKey):
            key.verify(raw, payload)
        elif isinstance(key, rsa.RSAPublicKey):
            key.verify(raw, payload, padding.PKCS1v15(), hashes.SHA256())
        else:
            raise TypeError(f"unsupported key type {type(key).__name__}")
    except InvalidSignature:
        return False
    return True


def _key_kind(key) -> str:
    from cryptography.hazmat.primitives.asymmetric import ed25519, rsa
    if isinstance(key, (str, bytes)):
        return "hmac"
    if isinstance(key, (ed25519.Ed25519PublicKey, ed25519.Ed25519PrivateKey)):
        return "ed25519"
    if isinstance(key, (rsa.RSAPublicKey, rsa.RSAPrivateKey)):
        return "rsa"
    raise TypeError(f"LocalWsApiServer keys: unsupported key type {type(key).__name__} (an HMAC "
                    "secret, or an Ed25519/RSA public key)")


def _json_response(status: int, body: dict) -> Response:
    data = json.dumps(body).encode()
    return Response(status, HTTPStatus(status).phrase, Headers([
        ("Content-Type", "application/json;charset=UTF-8"), ("Content-Length", str(len(data)))]),
        data)


class _ApiError(Exception):
    def __init__(self, code, msg, status=400):
        self.code, self.msg, self.status = code, msg, status


def _build(name: str, **kw) -> dict:
    try:
        from sbe.testing.data import build
        return build(name, kw)
    except ImportError:  # pragma: no cover
        return {"$message": name, **kw}


class _Conn:
    def __init__(self, ws, version):
        self.ws = ws
        self.version = version
        self.connected_us = time.time_ns() // 1000
        self.api_key: Optional[str] = None
        self.authorized_us: Optional[int] = None
        self.subs: set = set()
        self.frozen = False


class LocalWsApiServer:
    def __init__(self, *, keys: Optional[dict] = None, market=None, schema_id: int = 3,
                 versions=None, deprecated=(), lifetime: float = 24 * 3600,
                 recv_window_ms: int = 5000, host: str = "127.0.0.1", port: int = 0,
                 ping_interval: Optional[float] = 20.0):
        self.keys = dict(keys or {})          # api_key -> HMAC secret / public key
        for k in self.keys.values():
            _key_kind(k)                      # fail at once on an unsupported key
        if market is None:
            from sbe.testing.data import MarketData
            market = MarketData()
        self.market = market
        self.schema_id = schema_id
        self.versions = set(versions or {spot.SCHEMA_VERSION})
        self.deprecated = set(deprecated)
        self.versions |= {v for (i, v) in self.deprecated if i == schema_id}
        self.lifetime = lifetime
        self.recv_window_ms = recv_window_ms
        self.host, self.port = host, port
        self.ping_interval = ping_interval
        self.conns: set = set()
        self.requests: collections.Counter = collections.Counter()
        self.connection_attempts = 0
        self.fail_next: Optional[tuple] = None   # (code, msg, status)
        self.mangle_next = None                   # bytes -> bytes, for the next response
        self.silent = False                       # read requests, answer none
        self.connections_total = 0
        self.shutdown_on_connect = False          # serverShutdown right after each handshake
        self.push_on_subscribe = None             # (name, fields): pushed before the reply
        self._sub_ids = itertools.count(1)
        self._server = None

    @property
    def url(self) -> str:
        return f"ws://{self.host}:{self.port}/ws-api/v3"

    @property
    def open_connections(self) -> int:
        """Connections open on the server side now."""
        return len(self.conns)

    async def start(self):
        self._server = await serve(self._handler, self.host, self.port,
                                   process_request=self._process_request, compression=None,
                                   ping_interval=self.ping_interval, max_size=1 << 20,
                                   logger=log)
        self.port = self._server.sockets[0].getsockname()[1]
        return self

    async def stop(self):
        if self._server is not None:
            for c in list(self.conns):
                if c.frozen:                  # no close handshake possible: drop it
                    c.ws.transport.abort()
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
    def subscriptions(self) -> int:
        return sum(len(c.subs) for c in self.conns)

    async def push_event(self, name: str, **fields) -> int:
        """Send a user data event to every subscription; returns how many got it."""
        n = 0
        fields.setdefault("eventTime", time.time_ns() // 1000)   # one event, one time
        for c in list(self.conns):
            for sid in sorted(c.subs):
                msg = _build(name, subscriptionId=sid, **fields)
                try:
                    await c.ws.send(spot.encode(msg))
                    n += 1
                except ConnectionClosed:
                    pass
        return n

    async def terminate_streams(self) -> int:
        """``eventStreamTerminated`` to every subscription (and drop the subscriptions)."""
        n = await self.push_event("EventStreamTerminatedEvent")
        for c in self.conns:
            c.subs.clear()
        return n

    async def server_shutdown(self, grace: float = 0.5) -> int:
        msg = spot.encode({"$message": "ServerShutdownEvent", "eventTime": time.time_ns() // 1000})
        victims = list(self.conns)
        for c in victims:
            try:
                await c.ws.send(msg)
            except ConnectionClosed:
                pass
        loop = asyncio.get_running_loop()
        for c in victims:
            loop.call_later(grace, lambda ws=c.ws: asyncio.ensure_future(ws.close(1001)))
        return len(victims)

    def kill(self) -> int:
        victims = list(self.conns)
        for c in victims:
            c.ws.transport.abort()
        return len(victims)

    async def send_raw(self, frame) -> int:
        """Send ``frame`` (bytes: a binary frame, str: a text frame) to every connection."""
        n = 0
        for c in list(self.conns):
            try:
                await c.ws.send(frame)
                n += 1
            except ConnectionClosed:
                pass
        return n

    async def close_all(self, code: int = 1000, reason: str = "") -> int:
        victims = list(self.conns)
        for c in victims:
            await c.ws.close(code, reason)
        return len(victims)

    def send_frame_header(self, size: int) -> int:
        """Write a binary frame header announcing ``size`` payload bytes (and only 16 of them)
        to every connection: the client must refuse it from the header."""
        hdr = bytes([0x82, 127]) + size.to_bytes(8, "big") + bytes(16)
        for c in list(self.conns):
            c.ws.transport.write(hdr)
        return len(self.conns)

    def freeze(self) -> int:
        """Stop reading from every connection and answering anything, pings included (the
        socket stays open): the client sees a half-open connection."""
        victims = list(self.conns)
        for c in victims:
            c.frozen = True
            c.ws.transport.pause_reading()
        return len(victims)

    # ------------------------------------------------------------ handshake
    def _process_request(self, connection, request):
        self.connection_attempts += 1
        u = urllib.parse.urlsplit(request.path)
        if u.path.rstrip("/") != "/ws-api/v3":
            return _json_response(404, {"code": -1000, "msg": "Not found."})
        q = urllib.parse.parse_qs(u.query)
        fmt = q.get("responseFormat", [])
        if len(fmt) != 1 or fmt[0] != "sbe":
            return _json_response(400, {"code": -1152, "msg": "Only responseFormat=sbe is "
                                        "supported by the local server." if len(fmt) < 2 else
                                        "Conflicting responseFormat."})
        try:
            sid = int(q["sbeSchemaId"][0])
            ver = int(q["sbeSchemaVersion"][0])
        except (KeyError, ValueError):
            return _json_response(400, {"code": -1152, "msg": "Invalid SBE schema ID or version "
                                        "specified."})
        if sid != self.schema_id or ver not in self.versions:
            return _json_response(400, {"code": -1153, "msg": "Unsupported SBE schema ID or "
                                        "version specified."})
        connection.sbe_version = ver
        return None

    # ------------------------------------------------------------ session
    async def _handler(self, ws):
        c = _Conn(ws, ws.sbe_version)
        self.conns.add(c)
        self.connections_total += 1
        closer = asyncio.get_running_loop().call_later(
            self.lifetime, lambda: asyncio.ensure_future(ws.close(1000)))
        try:
            if self.shutdown_on_connect:
                await ws.send(spot.encode({"$message": "ServerShutdownEvent",
                                           "eventTime": time.time_ns() // 1000}))
            async for m in ws:
                if isinstance(m, bytes):
                    continue
                await self._on_request(c, m)
        except ConnectionClosed:
            pass
        finally:
            closer.cancel()
            self.conns.discard(c)

    def _envelope(self, c: _Conn, rid, status: int, result: dict) -> bytes:
        env = {"$message": "WebSocketResponse",
               "sbeSchemaIdVersionDeprecated": (self.schema_id, c.version) in self.deprecated,
               "status": status,
               "rateLimits": [{"rateLimitType": spot.ENUMS["rateLimitType"]["RequestWeight"],
                               "interval": spot.ENUMS["rateLimitInterval"]["Minute"],
                               "intervalNum": 1, "rateLimit": 6000,
                               "current": sum(self.requests.values())}],
               "id": "" if rid is None else str(rid), "result": result}
        return spot.encode(env)

    async def _on_request(self, c: _Conn, text: str):
        rid = None
        try:
            req = json.loads(text)
            rid = req.get("id")
            method = req["method"]
            params = req.get("params") or {}
            self.requests[method] += 1
            if self.fail_next is not None:
                code, msg, status = self.fail_next
                self.fail_next = None
                raise _ApiError(code, msg, status)
            handler = self._METHODS.get(method)
            if handler is None:
                raise _ApiError(-1100, f"Unknown method '{method}'.")
            result = handler(self, c, params)
            status = 200
        except RecursionError:
            return
        except _ApiError as e:
            result = {"$message": "ErrorResponse", "code": e.code,
                      "serverTime": time.time_ns() // 1000, "retryAfter": None, "msg": e.msg,
                      "data": None}
            status = e.status
        except (ValueError, KeyError, TypeError):
            result = {"$message": "ErrorResponse", "code": -1102, "serverTime": None,
                      "retryAfter": None, "msg": "Mandatory parameter was not sent, was empty/"
                      "null, or malformed.", "data": None}
            status = 400
        if self.silent or c.frozen:
            return
        if self.push_on_subscribe is not None and status == 200 and \
                method.startswith("userDataStream.subscribe"):
            # an event racing the reply: it reaches the new subscription before its response
            name, fields = self.push_on_subscribe
            self.push_on_subscribe = None
            await self.push_event(name, **fields)
        data = self._envelope(c, rid, status, result)
        if self.mangle_next is not None:
            mangle, self.mangle_next = self.mangle_next, None
            data = mangle(data)
        try:
            await c.ws.send(data)
        except ConnectionClosed:
            pass

    def _verify(self, c: _Conn, params: dict, *, need_signature: bool = True) -> str:
        ts = params.get("timestamp")
        if ts is None:
            raise _ApiError(-1102, "Mandatory parameter 'timestamp' was not sent.")
        now = time.time() * 1000
        t = int(ts)
        if t >= 10 ** 14:  # µs (Binance takes timestamp in ms or µs)
            t /= 1000
        if abs(now - t) > int(params.get("recvWindow", self.recv_window_ms)):
            raise _ApiError(-1021, "Timestamp for this request is outside of the recvWindow.")
        if not need_signature and c.authorized_us is not None and "signature" not in params:
            return c.api_key
        key = params.get("apiKey")
        sig = params.get("signature")
        if not key or not sig:
            raise _ApiError(-1102, "Mandatory parameter 'signature' was not sent.")
        secret = self.keys.get(key)
        if secret is None:
            raise _ApiError(-2015, "Invalid API-key, IP, or permissions for action.", 401)
        if not verify_signature(secret, signature_payload(params), sig):
            raise _ApiError(-1022, "Signature for this request is not valid.")
        return key

    def _m_ping(self, c, p):
        return {"$message": "PingResponse"}

    def _m_time(self, c, p):
        return {"$message": "ServerTimeResponse", "serverTime": time.time_ns() // 1000}

    def _m_depth(self, c, p):
        sym = p["symbol"]
        limit = int(p.get("limit", 100))
        try:
            if hasattr(self.market, "depth"):          # sbe.testing.data.MarketData
                return self.market.depth(sym, limit)
            return self.market.book(sym).snapshot(limit)
        except Exception:
            raise _ApiError(-1121, "Invalid symbol.") from None

    def _m_order_test(self, c, p):
        self._verify(c, p, need_signature=False)
        return {"$message": "OrderTestResponse"}

    def _session_msg(self, name, c):
        return {"$message": name, "authorizedSince": c.authorized_us,
                "connectedSince": c.connected_us, "returnRateLimits": True,
                "serverTime": time.time_ns() // 1000, "userDataStream": bool(c.subs),
                "loggedOnApiKey": c.api_key}

    def _m_logon(self, c, p):
        key = self._verify(c, p)
        if _key_kind(self.keys[key]) != "ed25519":
            raise _ApiError(-4056,
                            "HMAC_SHA256 and RSA API keys are not supported for session.logon.")
        c.api_key, c.authorized_us = key, time.time_ns() // 1000
        return self._session_msg("WebSocketSessionLogonResponse", c)

    def _m_status(self, c, p):
        return self._session_msg("WebSocketSessionStatusResponse", c)

    def _m_logout(self, c, p):
        c.api_key = c.authorized_us = None
        return self._session_msg("WebSocketSessionLogoutResponse", c)

    def _m_uds_subscribe(self, c, p):
        if c.authorized_us is None:
            raise _ApiError(-2015, "Invalid API-key, IP, or permissions for action.", 401)
        sid = next(self._sub_ids)
        c.subs.add(sid)
        return {"$message": "UserDataStreamSubscribeResponse", "subscriptionId": sid}

    def _m_uds_subscribe_sig(self, c, p):
        self._verify(c, p)
        sid = next(self._sub_ids)
        c.subs.add(sid)
        return {"$message": "UserDataStreamSubscribeResponse", "subscriptionId": sid}

    def _m_uds_unsubscribe(self, c, p):
        sid = p.get("subscriptionId")
        if sid is None:
            c.subs.clear()
        else:
            c.subs.discard(int(sid))
        return {"$message": "UserDataStreamUnsubscribeResponse"}

    def _m_subscriptions(self, c, p):
        return {"$message": "WebSocketSessionSubscriptionsResponse",
                "subscriptions": [{"subscriptionId": s, "expirationTime": None}
                                  for s in sorted(c.subs)]}

    _METHODS = {"ping": _m_ping, "time": _m_time, "depth": _m_depth, "order.test": _m_order_test,
                "session.logon": _m_logon, "session.status": _m_status,
                "session.logout": _m_logout, "userDataStream.subscribe": _m_uds_subscribe,
                "userDataStream.subscribe.signature": _m_uds_subscribe_sig,
                "userDataStream.unsubscribe": _m_uds_unsubscribe,
                "session.subscriptions": _m_subscriptions}
