"""A local Binance-like Spot REST server speaking SBE (and JSON), for tests and demos.

Real HTTP/1.1 (keep-alive) on loopback, answers built with ``sbe.spot.encode``, and
Binance's rules: ``Accept``/``X-MBX-SBE`` negotiation (406, -1152/-1153, JSON fallback,
``X-MBX-SBE-DEPRECATED``, HTTP 400 for retired schemas), HMAC/Ed25519/RSA signatures,
``timestamp``/``recvWindow`` (-1021/-1022), request weights with 429 past the limit,
order counters, and deterministic data from :mod:`sbe.testing.data`.

Switches for tests (attributes of :class:`LocalBinance`, changeable while it runs):
``sbe_enabled``, ``delay`` (seconds, or ``{path: seconds}``), ``weight_limit``,
``clock_offset_ms``, ``latest``/``deprecated``/``retired``, :meth:`force_error`,
:meth:`ban`, :meth:`reset_weights`.
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import json
import re
import secrets
import socket
import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any, Dict, List, Optional, Tuple, Union
from urllib.parse import parse_qsl, unquote, urlsplit

from sbe.binance.endpoints import KEY as _KEY
from sbe.binance.endpoints import PUBLIC as _PUBLIC
from sbe.binance.endpoints import ROUTES as _ENDPOINT_ROUTES
from sbe.binance.endpoints import Endpoint, weight_of

from .data import AccountState, ExchangeError, MarketData, build, encode, to_json

__all__ = ["LocalBinance", "ExchangeError", "ERRORS"]

#: Binance error texts used by the server
ERRORS = {
    -1003: "Too many requests; current limit of IP(127.0.0.1) request weight per 1 MINUTE is "
           "{limit}. Please use WebSocket Streams for live updates to avoid polling the API.",
    -1007: "Timeout waiting for response from backend server. Send status unknown; execution "
           "status unknown.",
    -1021: "Timestamp for this request is outside of the recvWindow.",
    -1022: "Signature for this request is not valid.",
    -1131: "recvWindow must be less than 60000",
    -1152: "Invalid X-MBX-SBE header; expected <SCHEMA_ID>:<VERSION>.",
    -1153: "Unsupported SBE schema ID or version specified in the X-MBX-SBE header.",
    -2010: "Account has insufficient balance for requested action.",
    -2011: "Unknown order sent.",
    -2013: "Order does not exist.",
    -2014: "API-key format invalid.",
    -2015: "Invalid API-key, IP, or permissions for action.",
    -1000: "An unknown error occurred while processing the request.",
}
_STATUS = {-1003: 429, -1007: 408, -2014: 401, -2015: 401, -1000: 500}

_SIG_RE = re.compile(r"(^|&)signature=([^&]*)")

#: (method, path) -> :class:`sbe.binance.endpoints.Endpoint`: the routes come from the same
#: table as the client's methods; an endpoint named ``x`` is answered by ``LocalBinance._h_x``
ROUTES: Dict[Tuple[str, str], Endpoint] = dict(_ENDPOINT_ROUTES)


class _Reply(Exception):
    """Answer right away (status, headers, body)."""

    def __init__(self, status: int, body: bytes = b"", ctype: str = "text/plain",
                 headers: Optional[dict] = None):
        super().__init__(status)
        self.status, self.body, self.ctype, self.headers = status, body, ctype, headers or {}


class Request:
    """What a handler gets: method, path, params (query + body), raw query/body, headers."""

    def __init__(self, method: str, path: str, raw_query: str, raw_body: str, headers):
        self.method, self.path = method, path
        self.raw_query, self.raw_body = raw_query, raw_body
        self.headers = headers
        self.params: Dict[str, Any] = {}
        for k, v in parse_qsl(raw_query, keep_blank_values=True) + parse_qsl(
                raw_body, keep_blank_values=True):
            self.params[k] = v

    def list_param(self, name: str) -> Optional[List[str]]:
        v = self.params.get(name)
        if v is None:
            return None
        try:
            out = json.loads(v)
        except ValueError:
            raise ExchangeError(-1100, f"Illegal characters found in parameter '{name}'; "
                                       "legal range is '^\\[(\"[A-Z0-9-_.]{1,20}\"(,\"[A-Z0-9-_.]"
                                       "{1,20}\"){0,}){0,1}\\]$'.") from None
        if not isinstance(out, list):
            raise ExchangeError(-1100, f"Illegal characters found in parameter '{name}'.")
        return [str(x) for x in out]


class LocalBinance:
    """The local Binance-like server. Use as a context manager or call start()/stop()::

        with LocalBinance() as srv:
            c = Client(base_url=srv.url, api_key=srv.api_key, api_secret=srv.api_secret)

    Keys: ``api_key``/``api_secret`` (HMAC) always; ``ed25519_api_key``/
    ``ed25519_private_key`` (PEM) when ``cryptography`` is installed. More keys with
    :meth:`add_api_key` (HMAC secret, or an Ed25519/RSA public key).

    Extra servers sharing this one's data (``market``, ``account``) can be attached with
    :meth:`add_service` (any object with ``start()``/``stop()``); they start and stop with it.
    """

    def __init__(self, *, host: str = "127.0.0.1", port: int = 0,
                 market: Optional[MarketData] = None, account: Optional[AccountState] = None,
                 latest: Tuple[int, int] = (3, 5),
                 deprecated=((3, 2), (3, 3), (3, 4)),
                 retired=((3, 0), (3, 1), (2, 0), (2, 1), (1, 0)),
                 retired_ids=(1, 2), weight_limit: int = 6000, order_limit_10s: int = 100,
                 ed25519: bool = True):
        self.host, self._port = host, port
        self.market = market or MarketData()
        self.account = account or AccountState(self.market)
        self.latest = tuple(latest)
        self.deprecated = {tuple(x) for x in deprecated}
        self.retired = {tuple(x) for x in retired}
        self.retired_ids = set(retired_ids)
        self.weight_limit = weight_limit
        self.order_limit_10s = order_limit_10s
        self.sbe_enabled = True
        self.delay: Union[float, Dict[str, float]] = 0.0
        self.clock_offset_ms = 0
        self.requests: List[dict] = []  # method, path, param names, selected headers, status
        self.services: Dict[str, Any] = {}
        self._forced: Dict[str, list] = {}
        self._keys: Dict[str, tuple] = {}
        self._lock = threading.Lock()
        self._weights: Dict[int, int] = {}
        self._orders: Dict[Tuple[str, int], int] = {}
        self._ban_until = 0.0
        self._httpd: Optional[ThreadingHTTPServer] = None
        self._thread: Optional[threading.Thread] = None
        self.api_key = "local-hmac-" + secrets.token_hex(8)
        self.api_secret = secrets.token_hex(32)
        self.add_api_key(self.api_key, secret=self.api_secret)
        self.ed25519_api_key: Optional[str] = None
        self.ed25519_private_key: Optional[bytes] = None
        if ed25519:
            try:
                from cryptography.hazmat.primitives import serialization
                from cryptography.hazmat.primitives.asymmetric import ed25519 as _ed
            except ImportError:  # pragma: no cover - cryptography missing
                pass
            else:
                key = _ed.Ed25519PrivateKey.generate()
                self.ed25519_private_key = key.private_bytes(
                    serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8,
                    serialization.NoEncryption())
                self.ed25519_api_key = "local-ed25519-" + secrets.token_hex(8)
                self.add_api_key(self.ed25519_api_key, public_key=key.public_key())

    def __repr__(self) -> str:
        return f"<LocalBinance {self.url if self._httpd else '(stopped)'}>"

    # -- keys ------------------------------------------------------------------------------

    def add_api_key(self, api_key: str, *, secret: Union[str, bytes, None] = None,
                    public_key=None) -> str:
        """Accept ``api_key`` with an HMAC ``secret`` or a ``public_key`` (Ed25519/RSA key
        object, or PEM bytes/str)."""
        if (secret is None) == (public_key is None):
            raise ValueError("give secret= (HMAC) or public_key= (Ed25519/RSA)")
        if secret is not None:
            self._keys[api_key] = ("hmac", secret.encode() if isinstance(secret, str) else secret)
            return api_key
        from sbe._extras import require
        require("cryptography", "client", "Ed25519/RSA key support")
        from cryptography.hazmat.primitives import serialization
        from cryptography.hazmat.primitives.asymmetric import ed25519, rsa
        if isinstance(public_key, (str, bytes)):
            pem = public_key.encode() if isinstance(public_key, str) else public_key
            public_key = serialization.load_pem_public_key(pem)
        if isinstance(public_key, ed25519.Ed25519PublicKey):
            self._keys[api_key] = ("ed25519", public_key)
        elif isinstance(public_key, rsa.RSAPublicKey):
            self._keys[api_key] = ("rsa", public_key)
        else:
            raise ValueError(f"unsupported public key {type(public_key).__name__}")
        return api_key

    # -- switches --------------------------------------------------------------------------

    def force_error(self, path: str, code: int, msg: Optional[str] = None,
                    status: Optional[int] = None, *, times: Optional[int] = None,
                    method: Optional[str] = None, retry_after_s: Optional[float] = None,
                    data: Optional[dict] = None) -> None:
        """Answer requests to ``path`` (and ``method`` if given) with error ``code`` (text
        from :data:`ERRORS` unless ``msg``; HTTP status from Binance's mapping unless
        ``status``), ``times`` times (forever if None)."""
        with self._lock:
            self._forced[path] = [code, msg, status, times, method, retry_after_s, data]

    def clear_forced(self) -> None:
        with self._lock:
            self._forced.clear()

    def ban(self, seconds: float) -> None:
        """Answer everything with HTTP 418 for ``seconds``."""
        self._ban_until = time.time() + seconds

    def reset_weights(self) -> None:
        with self._lock:
            self._weights.clear()
            self._orders.clear()

    def used_weight(self) -> int:
        with self._lock:
            return self._weights.get(int(time.time() // 60), 0)

    # -- lifecycle -------------------------------------------------------------------------

    def add_service(self, name: str, service) -> Any:
        """Attach an extra server (``start()``/``stop()``); started now if this one runs."""
        self.services[name] = service
        if self._httpd is not None:
            service.start()
        return service

    @property
    def port(self) -> int:
        if self._httpd is None:
            raise RuntimeError("server not started")
        return self._httpd.server_address[1]

    @property
    def url(self) -> str:
        return f"http://{self.host}:{self.port}"

    def start(self) -> "LocalBinance":
        if self._httpd is not None:
            return self
        app = self

        class Handler(_Handler):
            pass

        Handler.app = app
        httpd = _Server((self.host, self._port), Handler)
        self._httpd = httpd
        self._thread = threading.Thread(target=httpd.serve_forever, kwargs={"poll_interval": 0.05},
                                        name="LocalBinance", daemon=True)
        self._thread.start()
        for s in self.services.values():
            s.start()
        return self

    def stop(self) -> None:
        for s in list(self.services.values())[::-1]:
            try:
                s.stop()
            except Exception:  # pragma: no cover - best effort
                pass
        if self._httpd is not None:
            self._httpd.shutdown()
            self._httpd.server_close()
            self._httpd = None
        if self._thread is not None:
            self._thread.join(timeout=5)
            self._thread = None

    def __enter__(self) -> "LocalBinance":
        return self.start()

    def __exit__(self, *exc) -> None:
        self.stop()

    def serve_forever(self) -> None:
        """Start and block until KeyboardInterrupt (command line use)."""
        self.start()
        try:
            while True:
                time.sleep(3600)
        except KeyboardInterrupt:
            pass
        finally:
            self.stop()

    def client(self, key: str = "hmac", **kw):
        """A :class:`sbe.client.Client` for this server (``key``: "hmac", "ed25519", "none")."""
        from sbe.client import Client
        return Client(base_url=self.url, **self._client_kw(key), **kw)

    def async_client(self, key: str = "hmac", **kw):
        from sbe.client import AsyncClient
        return AsyncClient(base_url=self.url, **self._client_kw(key), **kw)

    def _client_kw(self, key: str) -> dict:
        if key == "hmac":
            return {"api_key": self.api_key, "api_secret": self.api_secret}
        if key == "ed25519":
            return {"api_key": self.ed25519_api_key, "private_key": self.ed25519_private_key}
        return {}

    # -- request processing ---------------------------------------------------------------

    def _now_ms(self) -> int:
        return int(time.time() * 1000) + self.clock_offset_ms

    def _negotiate(self, req: Request) -> Tuple[str, bool]:
        """-> (format "sbe"/"json", deprecated). Raises _Reply / ExchangeError("sbe")."""
        accept = req.headers.get("Accept") or ""
        types = {t.split(";")[0].strip().lower() for t in accept.split(",") if t.strip()}
        wants_sbe = "application/sbe" in types
        wants_json = (not types) or bool(types & {"application/json", "*/*", "application/*"})
        if not wants_sbe:
            return "json", False
        if not self.sbe_enabled:
            if wants_json:
                return "json", False
            raise _Reply(406, b"SBE is not enabled.", "text/plain")
        hdr = req.headers.get("X-MBX-SBE")
        m = re.fullmatch(r"\s*(\d+):(\d+)\s*", hdr or "")
        if m is None:
            if wants_json:
                return "json", False
            raise _SbeError(ExchangeError(-1152, ERRORS[-1152], 400))
        sv = (int(m.group(1)), int(m.group(2)))
        if sv in self.retired or sv[0] in self.retired_ids:
            raise _SbeError(ExchangeError(-1153, ERRORS[-1153], 400),
                            "json" if wants_json else "sbe")
        if sv == self.latest:
            return "sbe", False
        if sv in self.deprecated:
            return "sbe", True
        if wants_json:
            return "json", False
        raise _SbeError(ExchangeError(-1153, ERRORS[-1153], 400))

    def _charge(self, req: Request, route) -> Dict[str, str]:
        """Count weight and orders; raise 429 past the limits. -> rate-limit headers."""
        w = weight_of(route, req.params)
        now = time.time()
        minute = int(now // 60)
        with self._lock:
            used = self._weights.get(minute, 0) + w
            self._weights = {minute: used}
            hdrs = {"X-MBX-USED-WEIGHT-1M": str(used)}
            if route.orders:
                k10 = ("10s", int(now // 10))
                kd = ("1d", int(now // 86400))
                self._orders[k10] = self._orders.get(k10, 0) + 1
                self._orders[kd] = self._orders.get(kd, 0) + 1
                hdrs["X-MBX-ORDER-COUNT-10S"] = str(self._orders[k10])
                hdrs["X-MBX-ORDER-COUNT-1D"] = str(self._orders[kd])
                if self._orders[k10] > self.order_limit_10s:
                    e = ExchangeError(-1015, f"Too many new orders; current limit is "
                                             f"{self.order_limit_10s} orders per 10 SECOND.",
                                      429, retry_after_s=10 - now % 10)
                    raise _Limited(e, hdrs)
        if used > self.weight_limit:
            wait = 60 - now % 60
            e = ExchangeError(-1003, ERRORS[-1003].format(limit=self.weight_limit), 429,
                              retry_after_s=wait)
            raise _Limited(e, hdrs)
        return hdrs

    def _auth(self, req: Request, security: str) -> None:
        if security == _PUBLIC:
            return
        key = req.headers.get("X-MBX-APIKEY")
        if security == _KEY and not key:
            return
        if not key:
            raise ExchangeError(-2014, ERRORS[-2014], 401)
        entry = self._keys.get(key)
        if entry is None:
            raise ExchangeError(-2015, ERRORS[-2015], 401)
        if security == _KEY:
            return
        ts = req.params.get("timestamp")
        if not ts or not ts.isdigit():
            raise ExchangeError(-1102, "Mandatory parameter 'timestamp' was not sent, was "
                                       "empty/null, or malformed.")
        rw_text = req.params.get("recvWindow") or "5000"
        try:
            rw = float(rw_text)
        except ValueError:
            raise ExchangeError(-1102, "Mandatory parameter 'recvWindow' was not sent, was "
                                       "empty/null, or malformed.") from None
        if rw > 60000:
            raise ExchangeError(-1131, ERRORS[-1131])
        q, b = req.raw_query, req.raw_body
        mq, mb = _SIG_RE.search(q), _SIG_RE.search(b)
        if mq is None and mb is None:
            raise ExchangeError(-1102, "Mandatory parameter 'signature' was not sent, was "
                                       "empty/null, or malformed.")
        if mb is not None:
            sig = mb.group(2)
            b = (b[:mb.start()] + b[mb.end():]).lstrip("&")
        else:
            sig = mq.group(2)
            q = (q[:mq.start()] + q[mq.end():]).lstrip("&")
        if not self._verify(entry, (q + b).encode("latin-1"), unquote(sig)):
            raise ExchangeError(-1022, ERRORS[-1022])
        now = self._now_ms()
        t = _as_ms(int(ts))
        if t >= now + 1000:
            raise ExchangeError(-1021, "Timestamp for this request was 1000ms ahead of the "
                                       "server's time.")
        if now - t > rw:
            raise ExchangeError(-1021, ERRORS[-1021])

    @staticmethod
    def _verify(entry: tuple, payload: bytes, sig: str) -> bool:
        kind, key = entry
        if kind == "hmac":
            want = hmac.new(key, payload, hashlib.sha256).hexdigest()
            return hmac.compare_digest(want, sig.lower())
        from cryptography.exceptions import InvalidSignature
        try:
            raw = base64.b64decode(sig, validate=True)
        except ValueError:
            return False
        try:
            if kind == "ed25519":
                key.verify(raw, payload)
            else:
                from cryptography.hazmat.primitives import hashes
                from cryptography.hazmat.primitives.asymmetric import padding
                key.verify(raw, payload, padding.PKCS1v15(), hashes.SHA256())
        except InvalidSignature:
            return False
        return True

    def _forced_error(self, req: Request) -> Optional[ExchangeError]:
        with self._lock:
            f = self._forced.get(req.path)
            if f is None or (f[4] and f[4] != req.method):
                return None
            code, msg, status, times, _m, ra, data = f
            if times is not None:
                f[3] = times - 1
                if f[3] <= 0:
                    del self._forced[req.path]
        return ExchangeError(code, msg or ERRORS.get(code, "Forced error."),
                             status or _STATUS.get(code, 400), data, retry_after_s=ra)

    def _error_body(self, e: ExchangeError, fmt: str) -> Tuple[bytes, str]:
        now_us = self._now_ms() * 1000
        ra = None if e.retry_after_s is None else now_us + int(e.retry_after_s * 1e6)
        raw = encode(build("ErrorResponse", code=e.code, msg=e.msg, serverTime=now_us,
                           retryAfter=ra, data=e.data))
        if fmt == "sbe":
            return raw, "application/sbe"
        return json.dumps(to_json(raw)).encode(), "application/json;charset=UTF-8"

    def handle(self, req: Request) -> Tuple[int, Dict[str, str], bytes]:
        """Process one request -> (status, headers, body)."""
        headers: Dict[str, str] = {}
        fmt = "json"
        try:
            route = ROUTES.get((req.method, req.path))
            if route is None:
                if any(p == req.path for _m, p in ROUTES):
                    raise _Reply(405, b"Method Not Allowed")
                raise _Reply(404, b"<html><body><h1>404 Not Found</h1></body></html>",
                             "text/html")
            micros = _time_unit(req)
            try:
                fmt, deprecated = self._negotiate(req)
            except _SbeError as se:
                fmt = se.fmt
                raise se.error
            if deprecated:
                headers["X-MBX-SBE-DEPRECATED"] = "true"
            d = self.delay.get(req.path, 0.0) if isinstance(self.delay, dict) else self.delay
            if d:
                time.sleep(d)
            if time.time() < self._ban_until:
                wait = self._ban_until - time.time()
                raise ExchangeError(-1003, f"Way too many requests; IP(127.0.0.1) banned until "
                                           f"{int(self._ban_until * 1000)}. Please use the "
                                           "websocket for live updates to avoid bans.", 418,
                                    retry_after_s=wait)
            try:
                headers.update(self._charge(req, route))
            except _Limited as lim:
                headers.update(lim.headers)
                raise lim.error
            forced = self._forced_error(req)
            if forced is not None:
                raise forced
            self._auth(req, route.security)
            result = getattr(self, "_h_" + route.name)(req)
            if isinstance(result, bytes):
                raw = result
            else:
                raw = encode(result)
            if fmt == "sbe":
                body, ctype = raw, "application/sbe"
            else:
                body = json.dumps(to_json(raw, micros=micros)).encode()
                ctype = "application/json;charset=UTF-8"
            return 200, {**headers, "Content-Type": ctype}, body
        except ExchangeError as e:
            body, ctype = self._error_body(e, fmt)
            if e.retry_after_s is not None:
                headers["Retry-After"] = str(max(1, int(e.retry_after_s + 0.999)))
            return e.status, {**headers, "Content-Type": ctype}, body
        except _Reply as r:
            return r.status, {**headers, **r.headers, "Content-Type": r.ctype}, r.body

    # -- endpoint handlers ----------------------------------------------------------------

    def _sym(self, req: Request) -> str:
        s = req.params.get("symbol")
        if not s:
            raise ExchangeError(-1102, "Mandatory parameter 'symbol' was not sent, was "
                                       "empty/null, or malformed.")
        return self.market.info(s).symbol

    def _h_ping(self, req):
        return build("PingResponse")

    def _h_server_time(self, req):
        return build("ServerTimeResponse", serverTime=self._now_ms() * 1000)

    def _h_exchange_info(self, req):
        syms = req.list_param("symbols")
        if req.params.get("symbol"):
            syms = [self._sym(req)]
        return self.market.exchange_info(syms)

    def _h_depth(self, req):
        limit = int(req.params.get("limit") or 100)
        if not 1 <= limit <= 5000:
            raise ExchangeError(-1100, "Illegal characters found in parameter 'limit'; legal "
                                       "range is '1-5000'.")
        return self.market.depth_bytes(self._sym(req), limit)

    def _h_trades(self, req):
        return self.market.trades(self._sym(req), int(req.params.get("limit") or 500))

    def _h_historical_trades(self, req):
        fid = req.params.get("fromId")
        return self.market.trades(self._sym(req), int(req.params.get("limit") or 500),
                                  int(fid) if fid else None)

    def _h_agg_trades(self, req):
        p = req.params
        fid = p.get("fromId")
        return self.market.agg_trades(self._sym(req), int(p.get("limit") or 500),
                                      int(fid) if fid else None, _time_ms(p, "startTime"),
                                      _time_ms(p, "endTime"))

    def _h_klines(self, req):
        p = req.params
        iv = p.get("interval")
        if not iv:
            raise ExchangeError(-1102, "Mandatory parameter 'interval' was not sent, was "
                                       "empty/null, or malformed.")
        return self.market.klines(self._sym(req), iv, int(p.get("limit") or 500),
                                  _time_ms(p, "startTime"), _time_ms(p, "endTime"))

    _h_ui_klines = _h_klines

    def _h_avg_price(self, req):
        return self.market.avg_price(self._sym(req))

    def _ticker(self, req, single: str, many: str, need_symbol: bool = False):
        if req.params.get("symbol"):
            return self.market.ticker_single(single, self._sym(req))
        syms = req.list_param("symbols")
        if syms is None and need_symbol:
            raise ExchangeError(-1102, "Mandatory parameter 'symbol' was not sent, was "
                                       "empty/null, or malformed.")
        return self.market.ticker_list(many, syms)

    def _h_ticker_24hr(self, req):
        mini = (req.params.get("type") or "FULL").upper() == "MINI"
        if mini:
            return self._ticker(req, "Ticker24hSymbolMiniResponse", "Ticker24hMiniResponse")
        return self._ticker(req, "Ticker24hSymbolFullResponse", "Ticker24hFullResponse")

    def _h_ticker_price(self, req):
        return self._ticker(req, "PriceTickerSymbolResponse", "PriceTickerResponse")

    def _h_ticker_book(self, req):
        return self._ticker(req, "BookTickerSymbolResponse", "BookTickerResponse")

    def _h_ticker(self, req):
        mini = (req.params.get("type") or "FULL").upper() == "MINI"
        if mini:
            return self._ticker(req, "TickerSymbolMiniResponse", "TickerMiniResponse", True)
        return self._ticker(req, "TickerSymbolFullResponse", "TickerFullResponse", True)

    _h_trading_day = _h_ticker

    def _h_account(self, req):
        return self.account.account(req.params)

    def _h_account_commission(self, req):
        return self.account.commission(req.params)

    def _h_new_order(self, req):
        return self.account.new_order(req.params)

    def _h_test_order(self, req):
        return self.account.test_order(req.params)

    def _h_get_order(self, req):
        return self.account.get_order(req.params)

    def _h_cancel_order(self, req):
        return self.account.cancel_order(req.params)

    def _h_cancel_replace(self, req):
        return self.account.cancel_replace(req.params)

    def _h_amend_order(self, req):
        return self.account.amend_order(req.params)

    def _h_order_amendments(self, req):
        return self.account.amendments_of(req.params)

    def _h_open_orders(self, req):
        return self.account.open_orders(req.params)

    def _h_all_orders(self, req):
        return self.account.all_orders(req.params)

    def _h_cancel_open_orders(self, req):
        return self.account.cancel_all(req.params)

    def _h_new_oco(self, req):
        return self.account.new_order_list(req.params, "oco")

    def _h_new_oto(self, req):
        return self.account.new_order_list(req.params, "oto")

    def _h_new_otoco(self, req):
        return self.account.new_order_list(req.params, "otoco")

    def _h_get_order_list(self, req):
        return self.account.get_order_list(req.params)

    def _h_cancel_order_list(self, req):
        return self.account.cancel_order_list(req.params)

    def _h_all_order_lists(self, req):
        return self.account.order_lists_of(req.params, open_only=False)

    def _h_open_order_lists(self, req):
        return self.account.order_lists_of(req.params, open_only=True)

    def _h_my_trades(self, req):
        return self.account.my_trades(req.params)

    def _h_rate_limit_order(self, req):
        now = time.time()
        with self._lock:
            c10 = self._orders.get(("10s", int(now // 10)), 0)
            cd = self._orders.get(("1d", int(now // 86400)), 0)
        return self.account.rate_limit_order(req.params, c10, cd)

    def _h_my_prevented_matches(self, req):
        return self.account.prevented_matches(req.params)

    def _h_my_allocations(self, req):
        return self.account.allocations(req.params)


class _SbeError(Exception):
    def __init__(self, error: ExchangeError, fmt: str = "sbe"):
        super().__init__(error.msg)
        self.error, self.fmt = error, fmt


class _Limited(Exception):
    def __init__(self, error: ExchangeError, headers: dict):
        super().__init__(error.msg)
        self.error, self.headers = error, headers


class _Server(ThreadingHTTPServer):
    daemon_threads = True
    block_on_close = False
    allow_reuse_address = True

    def handle_error(self, request, client_address):
        import sys
        exc = sys.exc_info()[1]
        if isinstance(exc, (BrokenPipeError, ConnectionResetError, ConnectionAbortedError,
                            socket.timeout)):
            return
        super().handle_error(request, client_address)


class _Handler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"
    server_version = "LocalBinance/1.0"
    # headers and body go out in two writes: without TCP_NODELAY, Nagle + delayed ACK add
    # ~40 ms to every keep-alive answer
    disable_nagle_algorithm = True
    app: LocalBinance

    def log_message(self, format, *args):  # quiet
        pass

    def _serve(self):
        parts = urlsplit(self.path)
        n = int(self.headers.get("Content-Length") or 0)
        body = self.rfile.read(n).decode("latin-1") if n else ""
        req = Request(self.command, parts.path, parts.query, body, self.headers)
        try:
            status, headers, payload = self.app.handle(req)
        except Exception as exc:  # a bug in a handler: answer 500 like Binance would
            e = ExchangeError(-1000, f"{ERRORS[-1000]} ({type(exc).__name__}: {exc})", 500)
            payload, ctype = self.app._error_body(e, "json")
            status, headers = 500, {"Content-Type": ctype}
        self.app.requests.append({
            "method": req.method, "path": req.path, "params": sorted(req.params),
            "accept": req.headers.get("Accept"), "x-mbx-sbe": req.headers.get("X-MBX-SBE"),
            "api_key": req.headers.get("X-MBX-APIKEY"), "status": status})
        del self.app.requests[:-1000]
        self.send_response(status)
        for k, v in headers.items():
            self.send_header(k, v)
        self.send_header("Content-Length", str(len(payload)))
        self.end_headers()
        if self.command != "HEAD":
            self.wfile.write(payload)

    do_GET = do_POST = do_PUT = do_DELETE = do_HEAD = _serve


# -- time units (Binance: "Timestamp parameters (e.g. startTime, endTime, timestamp) can be
# passed in milliseconds or microseconds"; X-MBX-TIME-UNIT picks the unit of JSON answers,
# SBE answers are µs whatever it says) ---------------------------------------------------

#: a time parameter this large is µs (as ms it would be past the year 5000)
_US_FROM = 10 ** 14


def _as_ms(t: int) -> float:
    return t / 1000 if t >= _US_FROM else t


def _time_ms(p, key: str):
    """A startTime/endTime parameter in ms (µs values rounded up: a start in µs selects
    nothing before it), or None."""
    v = p.get(key)
    if not v:
        return None
    try:
        t = int(v)
    except ValueError:
        raise ExchangeError(-1100, f"Illegal characters found in parameter '{key}'; legal "
                                   "range is '^[0-9]{1,20}$'.") from None
    return -(-t // 1000) if t >= _US_FROM and key == "startTime" else (
        t // 1000 if t >= _US_FROM else t)


def _time_unit(req) -> bool:
    """True when the request asks for µs in JSON (``X-MBX-TIME-UNIT: MICROSECOND``)."""
    unit = (req.headers.get("X-MBX-TIME-UNIT") or "").strip()
    if unit in ("", "MILLISECOND", "millisecond"):
        return False
    if unit in ("MICROSECOND", "microsecond"):
        return True
    raise ExchangeError(-1100, f"Invalid time unit '{unit[:40]}'.")
