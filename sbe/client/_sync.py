"""The synchronous client (httpx.Client, keep-alive connection pool)."""

from __future__ import annotations

import contextvars
import time
from typing import Any, Mapping, Optional

import httpcore
import httpx

from ._core import _Core, _Endpoints, _deadline, _remaining

__all__ = ["Client"]

#: absolute time.monotonic() deadline of the request running in this thread/context
_DEADLINE: contextvars.ContextVar = contextvars.ContextVar("sbe_client_deadline", default=None)


def _limits() -> httpx.Limits:
    return httpx.Limits(max_connections=20, max_keepalive_connections=10, keepalive_expiry=30)


def _cap(timeout: Optional[float]) -> Optional[float]:
    """A socket operation's timeout, capped by the deadline of the current request."""
    left = _remaining(_DEADLINE.get())
    if left is None:
        return timeout
    if left <= 0:
        raise httpcore.ReadTimeout("request deadline passed")
    return left if timeout is None else min(timeout, left)


class _DeadlineStream(httpcore.NetworkStream):
    """A socket whose every read/write is bounded by the request's deadline, so a server
    trickling bytes (headers included) cannot stretch a call past ``timeout``."""

    def __init__(self, inner: httpcore.NetworkStream):
        self._inner = inner

    def read(self, max_bytes: int, timeout: Optional[float] = None) -> bytes:
        return self._inner.read(max_bytes, _cap(timeout))

    def write(self, buffer: bytes, timeout: Optional[float] = None) -> None:
        self._inner.write(buffer, _cap(timeout))

    def close(self) -> None:
        self._inner.close()

    def start_tls(self, ssl_context, server_hostname=None, timeout=None):
        return _DeadlineStream(self._inner.start_tls(ssl_context, server_hostname,
                                                     _cap(timeout)))

    def get_extra_info(self, info: str) -> Any:
        return self._inner.get_extra_info(info)


class _DeadlineBackend(httpcore.NetworkBackend):
    def __init__(self):
        self._inner = httpcore.SyncBackend()

    def connect_tcp(self, host, port, timeout=None, local_address=None, socket_options=None):
        return _DeadlineStream(self._inner.connect_tcp(host, port, _cap(timeout), local_address,
                                                       socket_options))

    def connect_unix_socket(self, path, timeout=None, socket_options=None):  # pragma: no cover
        return _DeadlineStream(self._inner.connect_unix_socket(path, _cap(timeout),
                                                               socket_options))

    def sleep(self, seconds: float) -> None:  # pragma: no cover - retries are 0
        self._inner.sleep(seconds)


def _transport() -> httpx.HTTPTransport:
    t = httpx.HTTPTransport(retries=0, limits=_limits())
    pool = getattr(t, "_pool", None)
    if isinstance(pool, httpcore.ConnectionPool):  # no proxy: put the deadline on the sockets
        lim = _limits()
        t._pool = httpcore.ConnectionPool(
            ssl_context=pool._ssl_context, max_connections=lim.max_connections,
            max_keepalive_connections=lim.max_keepalive_connections,
            keepalive_expiry=lim.keepalive_expiry, retries=0,
            network_backend=_DeadlineBackend())
    return t


class Client(_Core, _Endpoints):
    """Synchronous Binance Spot REST client answering in SBE.

    ::

        from sbe.client import Client
        with Client(base_url="testnet", api_key=KEY, private_key=open("key.pem").read(),
                    decimals="float") as c:
            book = c.depth("BTCUSDT", limit=5000)       # bids/asks: numpy arrays
            acct = c.account()

    ``base_url`` is a name of :data:`BASE_URLS` ("prod", "api1".."api4", "gcp", "data",
    "testnet", "demo") or any URL. Keys: ``api_secret=`` (HMAC), ``private_key=`` (Ed25519 or
    RSA PEM text/path; ``private_key_password=`` if encrypted) or ``signer=``. Requests are
    never retried automatically. ``http_client=`` lets you pass your own ``httpx.Client``.
    """

    def __init__(self, api_key: Optional[str] = None, api_secret: Optional[str] = None, *,
                 http_client: Optional[httpx.Client] = None, **kw):
        super().__init__(api_key, api_secret, **kw)
        self._own = http_client is None
        self._http = http_client or httpx.Client(
            timeout=self.timeout, limits=_limits(), transport=_transport())

    def close(self) -> None:
        if self._own:
            self._http.close()

    def __enter__(self) -> "Client":
        return self

    def __exit__(self, *exc) -> None:
        self.close()

    def request(self, method: str, path: str, params: Optional[Mapping[str, Any]] = None, *,
                signed: bool = False, send_key: Optional[bool] = None,
                data: Optional[Mapping[str, Any]] = None, decimals: Optional[str] = None,
                groups: Optional[str] = None, timeout: Optional[float] = None,
                full: bool = False):
        """One REST call; returns the decoded message (``full=True``: a :class:`Response`
        with status, headers, rate-limit counters). ``params`` go in the query string,
        ``data`` in a form body; ``signed=True`` adds timestamp (and recvWindow) and the
        signature; ``send_key=True`` sends ``X-MBX-APIKEY`` without signing."""
        m, url, headers, content = self._prepare(method, path, params, data, signed, send_key)
        path = "/" + path.lstrip("/")
        limit = self._timeout(timeout)
        deadline = _deadline(limit)
        t0 = time.perf_counter()
        token = _DEADLINE.set(deadline)
        try:
            status, rheaders, body = self._exchange(m, url, headers, content, path, limit,
                                                    deadline)
        finally:
            _DEADLINE.reset(token)
        resp = self._handle(m, path, status, rheaders, body, decimals, groups,
                            time.perf_counter() - t0)
        return resp if full else resp.data

    def _exchange(self, m, url, headers, content, path, limit, deadline):
        """Send, then read the body under the deadline and the size bound."""
        try:
            req = self._http.build_request(m, url, headers=headers, content=content,
                                           timeout=httpx.Timeout(limit))
            r = self._http.send(req, stream=True, follow_redirects=False)
            try:
                body = self._begin(m, path, r.status_code, r.headers)
                for chunk in r.iter_raw():
                    body.feed(chunk)
                    left = _remaining(deadline)
                    if left is not None and left <= 0:
                        raise self._deadline_error(m, path, limit)
                return r.status_code, r.headers, body.finish()
            finally:
                r.close()
        except (httpx.HTTPError, httpx.InvalidURL) as exc:
            err = self._transport_error(exc, m, path, limit, deadline)
        # raised here, outside the except block: no __context__ holding the httpx
        # exception, whose .request carries the signed URL
        raise err

    def _call(self, method, path, params=None, *, signed=False, send_key=None, decimals=None,
              groups=None, default_groups=None):
        return self.request(method, path, params, signed=signed, send_key=send_key,
                            decimals=decimals, groups=groups or default_groups)

    def sync_time(self) -> int:
        """Set ``time_offset_ms`` from ``GET /api/v3/time``; returns the offset."""
        t0 = time.time()
        st = self.request("GET", "/api/v3/time", decimals="raw")
        t1 = time.time()
        server_ms = _server_ms(st)
        self.time_offset_ms = int(server_ms - (t0 + t1) * 500)
        return self.time_offset_ms


def _server_ms(st) -> int:
    v = st["serverTime"]
    return v // 1000 if v > 10 ** 14 else v  # SBE: µs; JSON: ms
