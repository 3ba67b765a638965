"""The synchronous client (httpx.Client, keep-alive connection pool)."""

from __future__ import annotations

import time
from typing import Any, Mapping, Optional

import httpx

from ._core import _Core, _Endpoints
from .errors import ConnectError, RequestTimeout, TransportError

__all__ = ["Client"]


def _limits() -> httpx.Limits:
    return httpx.Limits(max_connections=20, max_keepalive_connections=10, keepalive_expiry=30)


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
            timeout=self.timeout, limits=_limits(),
            transport=httpx.HTTPTransport(retries=0, limits=_limits()))

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
        t0 = time.perf_counter()
        kw = {} if timeout is None else {"timeout": timeout}
        try:
            r = self._http.request(m, url, headers=headers, content=content, **kw)
        except httpx.TimeoutException as exc:
            raise RequestTimeout(_timeout_text(m, path, exc), method=m, path=path) from None
        except httpx.ConnectError as exc:
            raise ConnectError(f"cannot connect to {self.base_url} for {m} {path}: "
                               f"{type(exc).__name__}: {exc}", method=m, path=path) from None
        except httpx.TransportError as exc:
            raise TransportError(f"{m} {path} failed: {type(exc).__name__}: {exc}",
                                 method=m, path=path) from None
        resp = self._handle(m, path, r.status_code, r.headers, r.content, decimals, groups,
                            time.perf_counter() - t0)
        return resp if full else resp.data

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


def _timeout_text(method: str, path: str, exc: Exception) -> str:
    text = f"no answer to {method} {path} in time ({type(exc).__name__})"
    if method != "GET":
        text += ("; the request may or may not have been executed: look it up (e.g. "
                 "get_order with your newClientOrderId) before sending it again")
    return text
