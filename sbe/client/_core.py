"""The part of the REST client shared by :class:`~sbe.client.Client` and
:class:`~sbe.client.AsyncClient`: base URLs, request building and signing, response
handling (SBE / JSON / errors), and the named endpoints.

Transport-free: the sync and async classes only move bytes (httpx) and call
:meth:`_Core._prepare` before and :meth:`_Core._handle` after.
"""

from __future__ import annotations

import datetime
import json
import logging
import math
import threading
import time
import zlib
from typing import Any, Dict, Mapping, Optional, Sequence, Tuple, Union
from urllib.parse import urlsplit

from sbe.binance.endpoints import ENDPOINTS, KEY, SIGNED, endpoint
# the keyword mapping lives with the endpoint table (shared with the WebSocket API client)
from sbe.binance.endpoints import _camel, _snake, _Time, endpoint_params, to_us  # noqa: F401
from sbe.lifecycle import warn_deprecated
from sbe.binance.urls import BASE_URLS as _ALL_BASE_URLS
from sbe.binance.urls import REST, resolve_url

from .errors import (ConnectError, RequestTimeout, ResponseTooLargeError, TransportError, SBENotEnabledError,
                     UnexpectedResponseError, api_error)
from .signing import HmacSigner, Signer, encode_params, load_private_key, redact

__all__ = ["BASE_URLS", "DEFAULT_MAX_BODY", "Response", "resolve_base_url"]

log = logging.getLogger("sbe.client")

#: REST shortcuts: the ``"rest"`` part of :data:`sbe.binance.urls.BASE_URLS` (the one table).
BASE_URLS = _ALL_BASE_URLS[REST]

#: Largest response body accepted, after decompression (``max_body=``). Binance's largest
#: Spot answer is exchangeInfo for every symbol: a few MB as SBE, ~15 MB as JSON (3,000+
#: symbols with their filters); 32 MiB leaves room for growth and bounds a hostile answer.
DEFAULT_MAX_BODY = 32 << 20

SBE_CONTENT_TYPES = ("application/sbe", "application/x-sbe")
_DECIMALS = ("raw", "float", "decimal")
_GROUPS = ("list", "numpy")
#: what a JSON answer becomes: the SBE decoded shape (sbe.binance.json_shape) or as parsed
_JSON_RESULTS = ("decoded", "raw")
#: only encodings the client can decompress under a bound (no br/zstd)
ACCEPT_ENCODING = "gzip, deflate"


def resolve_base_url(base_url: str) -> str:
    """A REST shortcut (``prod``, ``testnet``, ``demo``...) or an ``http(s)://`` URL -> the
    URL without trailing /; ``ValueError`` for anything else. Same as
    ``sbe.binance.urls.resolve_url("rest", base_url)``."""
    return resolve_url(REST, base_url)


# -- secrets never reach a log line ---------------------------------------------------------

class _RedactFilter(logging.Filter):
    """On httpx/httpcore loggers: their records never carry a signed query (httpx logs the
    full URL at INFO)."""

    def filter(self, record: logging.LogRecord) -> bool:
        try:
            msg = record.getMessage()
        except Exception:  # a broken record is not ours to fix
            return True
        if "signature=" in msg.lower():
            record.msg, record.args = redact(msg), None
        return True


_REDACT = _RedactFilter()
_THIRD_PARTY_LOGGERS = ("httpx", "httpcore", "httpcore.connection", "httpcore.connection_pool",
                        "httpcore.http11", "httpcore.http2", "httpcore.proxy", "httpcore.socks")


def protect_loggers() -> None:
    """Install the redacting filter on httpx's and httpcore's loggers (idempotent; done
    when :mod:`sbe.client` is imported)."""
    for name in _THIRD_PARTY_LOGGERS:
        lg = logging.getLogger(name)
        if _REDACT not in lg.filters:
            lg.addFilter(_REDACT)


protect_loggers()


# -- deadline and bounded body --------------------------------------------------------------

def _deadline(timeout: Optional[float]) -> Optional[float]:
    if timeout is None:
        return None
    return time.monotonic() + timeout


def _remaining(deadline: Optional[float]) -> Optional[float]:
    if deadline is None:
        return None
    return deadline - time.monotonic()


class _Body:
    """Accumulates a response body chunk by chunk (raw bytes off the wire), decompressing
    gzip/deflate itself so that neither the raw nor the decompressed size can pass
    ``limit``: reading stops at the limit, nothing larger is ever allocated."""

    __slots__ = ("limit", "raw", "buf", "_z", "_what")

    def __init__(self, limit: int, encoding: Optional[str], what: dict):
        self.limit = limit
        self.raw = 0
        self.buf = bytearray()
        self._what = what
        enc = (encoding or "identity").strip().lower()
        if enc in ("", "identity"):
            self._z = None
        elif enc in ("gzip", "x-gzip"):
            self._z = zlib.decompressobj(16 + zlib.MAX_WBITS)
        elif enc == "deflate":
            self._z = zlib.decompressobj(32 + zlib.MAX_WBITS)  # zlib or gzip header
        else:
            raise UnexpectedResponseError(
                f"unsupported Content-Encoding {enc[:40]!r} in the answer to "
                f"{what['method']} {what['path']} (asked for {ACCEPT_ENCODING})", **what)

    def _too_large(self, n: int, after: str = "") -> ResponseTooLargeError:
        w = self._what
        return ResponseTooLargeError(
            f"the answer to {w['method']} {w['path']} is larger than max_body={self.limit} "
            f"bytes{after} (HTTP {w['status']}); stopped reading at {n} bytes",
            limit=self.limit, **w)

    def feed(self, chunk: bytes) -> None:
        self.raw += len(chunk)
        if self.raw > self.limit:
            raise self._too_large(self.raw)
        if self._z is None:
            self.buf += chunk
            return
        data = chunk
        try:
            while data and not self._z.eof:
                self.buf += self._z.decompress(data, self.limit - len(self.buf) + 1)
                if len(self.buf) > self.limit:
                    raise self._too_large(len(self.buf), " after decompression")
                data = self._z.unconsumed_tail
        except zlib.error as exc:
            raise self._bad(exc) from None

    def _bad(self, exc: Exception) -> UnexpectedResponseError:
        w = self._what
        return UnexpectedResponseError(
            f"corrupt compressed body in the answer to {w['method']} {w['path']} (HTTP "
            f"{w['status']}): {exc}", **w)

    def finish(self) -> bytes:
        if self._z is not None:
            if not self._z.eof:
                if self.raw == 0:  # empty body with a Content-Encoding header
                    return b""
                raise self._bad(ValueError("truncated compressed stream"))
        return bytes(self.buf)


class Response:
    """One answer: ``data`` (decoded message dict; a JSON answer of a named endpoint in the
    same shape, see :mod:`sbe.binance.json_shape`), ``format`` ("sbe"/"json"), ``status``, ``headers``, ``schema`` (``(id,
    version)`` from the SBE header, None for JSON), ``deprecated`` (``X-MBX-SBE-DEPRECATED``
    was set), ``elapsed`` (seconds). ``used_weight`` and ``order_count`` give the rate-limit
    headers as dicts, e.g. ``{"1m": 25}`` and ``{"10s": 1, "1d": 7}``."""

    __slots__ = ("data", "format", "status", "headers", "schema", "deprecated", "elapsed",
                 "method", "path")

    def __init__(self, data, format: str, status: int, headers: Mapping[str, str],
                 schema=None, deprecated: bool = False, elapsed: float = 0.0,
                 method: str = "", path: str = ""):
        self.data = data
        self.format = format
        self.status = status
        self.headers = headers
        self.schema = schema
        self.deprecated = deprecated
        self.elapsed = elapsed
        self.method = method
        self.path = path

    @property
    def used_weight(self) -> Dict[str, int]:
        return _prefixed(self.headers, "x-mbx-used-weight-")

    @property
    def order_count(self) -> Dict[str, int]:
        return _prefixed(self.headers, "x-mbx-order-count-")

    def __repr__(self) -> str:
        what = self.data.get("$message") if isinstance(self.data, dict) else type(self.data).__name__
        return (f"<Response {self.method} {self.path} {self.status} {self.format} {what} "
                f"weight={self.used_weight}>")


def _prefixed(headers: Mapping[str, str], prefix: str) -> Dict[str, int]:
    out = {}
    for k, v in headers.items():
        lk = k.lower()
        if lk.startswith(prefix):
            try:
                out[lk[len(prefix):]] = int(v)
            except ValueError:
                pass
    return out


def _spot():
    from sbe import spot
    return spot


class _Core:
    """Configuration, request preparation and response handling."""

    def __init__(self, api_key: Optional[str] = None, api_secret: Optional[str] = None, *,
                 private_key: Union[str, bytes, None] = None,
                 private_key_password: Union[str, bytes, None] = None,
                 signer: Optional[Signer] = None, base_url: str = "prod",
                 timeout: Optional[float] = 10.0, recv_window: Union[int, float, None] = None,
                 decimals: str = "raw", groups: str = "list",
                 sbe_schema: Optional[Tuple[int, int]] = None, accept_json: bool = False,
                 time_offset_ms: int = 0, headers: Optional[Mapping[str, str]] = None,
                 max_body: int = DEFAULT_MAX_BODY, json_result: str = "decoded"):
        if timeout is not None and not (isinstance(timeout, (int, float)) and timeout > 0
                                        and math.isfinite(timeout)):
            raise ValueError(f"timeout must be a positive number of seconds or None, "
                             f"got {timeout!r}")
        if not isinstance(max_body, int) or isinstance(max_body, bool) or max_body <= 0:
            raise ValueError(f"max_body must be a positive int (bytes), got {max_body!r}")
        if decimals not in _DECIMALS:
            raise ValueError(f"decimals must be one of {_DECIMALS}")
        if groups not in _GROUPS:
            raise ValueError(f"groups must be one of {_GROUPS}")
        if json_result not in _JSON_RESULTS:
            raise ValueError(f"json_result must be one of {_JSON_RESULTS}, got {json_result!r}")
        given = [x for x in (api_secret, private_key, signer) if x is not None]
        if len(given) > 1:
            raise ValueError("give one of api_secret, private_key or signer")
        if api_secret is not None:
            signer = HmacSigner(api_secret)
        elif private_key is not None:
            signer = load_private_key(private_key, private_key_password)
        self.api_key = api_key
        self._signer = signer
        self.max_body = max_body
        self.base_url = resolve_base_url(base_url)
        self.timeout = timeout
        self.recv_window = recv_window
        self.decimals = decimals
        self.groups = groups
        spot = _spot()
        self.sbe_schema = tuple(sbe_schema) if sbe_schema else (spot.SCHEMA_ID,
                                                                spot.SCHEMA_VERSION)
        self.accept_json = accept_json
        self.json_result = json_result
        self.time_offset_ms = time_offset_ms
        self.extra_headers = dict(headers or {})
        self.last_response: Optional[Response] = None
        self._decoders: Dict[Tuple[str, str], Any] = {}
        self._warned_deprecated = False
        self._lock = threading.Lock()

    # -- presentation ---------------------------------------------------------------------

    def __repr__(self) -> str:
        key = "set" if self.api_key else "none"
        sig = self._signer.kind if self._signer else "none"
        return (f"<{type(self).__name__} {self.base_url} api_key={key} signer={sig} "
                f"sbe={self.sbe_schema[0]}:{self.sbe_schema[1]}>")

    @property
    def rate_limits(self) -> Dict[str, Dict[str, int]]:
        """Rate-limit headers of the last answer: ``{"used_weight": {...}, "order_count":
        {...}}`` (empty before the first request)."""
        r = self.last_response
        if r is None:
            return {"used_weight": {}, "order_count": {}}
        return {"used_weight": r.used_weight, "order_count": r.order_count}

    # -- request building -----------------------------------------------------------------

    def _headers(self, send_key: bool) -> Dict[str, str]:
        accept = "application/sbe"
        if self.accept_json:
            accept += ", application/json;q=0.5"
        # JSON answers (fallback) carry µs like SBE ones; SBE is µs whatever this says
        h = {"Accept": accept, "Accept-Encoding": ACCEPT_ENCODING,
             "X-MBX-SBE": f"{self.sbe_schema[0]}:{self.sbe_schema[1]}",
             "X-MBX-TIME-UNIT": "MICROSECOND"}
        h.update(self.extra_headers)
        if send_key:
            if not self.api_key:
                raise ValueError("this endpoint needs an API key (api_key=...)")
            h["X-MBX-APIKEY"] = self.api_key
        return h

    def _timestamp(self) -> int:
        """Now in µs (Binance reads 16 digits as µs), corrected by ``time_offset_ms``."""
        return time.time_ns() // 1000 + self.time_offset_ms * 1000

    def _prepare(self, method: str, path: str, params, data, signed: bool,
                 send_key: Optional[bool]) -> Tuple[str, str, Dict[str, str], Optional[bytes]]:
        method = method.upper()
        if not path.startswith("/"):
            path = "/" + path
        qparams = list(params.items() if isinstance(params, Mapping) else (params or ()))
        bparams = list(data.items() if isinstance(data, Mapping) else (data or ()))
        if signed:
            if self._signer is None:
                raise ValueError("this endpoint is SIGNED: give api_secret=, private_key= or "
                                 "signer=")
            target = bparams if bparams else qparams
            names = {k for k, _ in qparams} | {k for k, _ in bparams}
            if "recvWindow" not in names and self.recv_window is not None:
                target.append(("recvWindow", self.recv_window))
            if "timestamp" not in names:
                target.append(("timestamp", self._timestamp()))
        query = encode_params(qparams)
        body = encode_params(bparams)
        if signed:
            sig = self._signer.sign((query + body).encode("ascii"))
            tail = "signature=" + encode_params([("s", sig)])[2:]
            if body:
                body = body + "&" + tail
            else:
                query = (query + "&" + tail) if query else tail
        headers = self._headers(bool(signed) or bool(send_key))
        content = None
        if body:
            headers["Content-Type"] = "application/x-www-form-urlencoded"
            content = body.encode("ascii")
        url = self.base_url + path + ("?" + query if query else "")
        if log.isEnabledFor(logging.DEBUG):
            log.debug("%s %s params=%s%s", method, path,
                      [k for k, _ in qparams + bparams], " (signed)" if signed else "")
        return method, url, headers, content

    # -- response handling ----------------------------------------------------------------

    def _timeout(self, timeout: Optional[float]) -> Optional[float]:
        if timeout is None:
            return self.timeout
        if not (isinstance(timeout, (int, float)) and timeout > 0 and math.isfinite(timeout)):
            raise ValueError(f"timeout must be a positive number of seconds, got {timeout!r}")
        return timeout

    def _begin(self, method: str, path: str, status: int, headers: Mapping[str, str]) -> _Body:
        """Checks on the status line and headers, before any body byte is read: redirects
        are refused (the API key header must never reach another host), ``Content-Length``
        over ``max_body`` is refused. -> the bounded body accumulator."""
        ctype = (headers.get("content-type") or "").split(";")[0].strip().lower()[:100]
        what = dict(status=status, content_type=ctype, headers=headers, method=method,
                    path=path)
        if 300 <= status < 400:
            loc = urlsplit(headers.get("location") or "")
            where = f"{loc.scheme}://{loc.hostname}" if loc.hostname else "(no Location)"
            raise UnexpectedResponseError(
                f"HTTP {status} redirect to {where} for {method} {path}: the client never "
                "follows redirects (the API key must not go to another host)", **what)
        cl = headers.get("content-length")
        if cl is not None:
            try:
                n = int(cl)
            except ValueError:
                raise UnexpectedResponseError(
                    f"invalid Content-Length {cl[:40]!r} in the answer to {method} {path}",
                    **what) from None
            if n > self.max_body:
                raise ResponseTooLargeError(
                    f"the answer to {method} {path} is {n} bytes (Content-Length), larger "
                    f"than max_body={self.max_body} (HTTP {status}); not read",
                    limit=self.max_body, **what)
        return _Body(self.max_body, headers.get("content-encoding"), what)

    def _transport_error(self, exc: Exception, m: str, path: str, limit: Optional[float],
                         deadline: Optional[float]):
        """The client's exception for an httpx failure (text without the URL's query)."""
        import httpx
        if isinstance(exc, httpx.TimeoutException):
            left = _remaining(deadline)
            if left is not None and left <= 0:
                return self._deadline_error(m, path, limit)
            text = f"no answer to {m} {path} in time ({type(exc).__name__})"
            if m != "GET":
                text += ("; the request may or may not have been executed: look it up (e.g. "
                         "get_order with your newClientOrderId) before sending it again")
            return RequestTimeout(text, method=m, path=path)
        if isinstance(exc, httpx.ConnectError):
            return ConnectError(f"cannot connect to {self.base_url} for {m} {path}: "
                                f"{type(exc).__name__}: {redact(str(exc))}", method=m,
                                path=path)
        return TransportError(f"{m} {path} failed: {type(exc).__name__}: {redact(str(exc))}",
                              method=m, path=path)

    def _deadline_error(self, method: str, path: str, timeout: Optional[float]) -> RequestTimeout:
        text = f"no complete answer to {method} {path} within timeout={timeout:g} s (deadline)"
        if method != "GET":
            text += ("; the request may or may not have been executed: look it up (e.g. "
                     "get_order with your newClientOrderId) before sending it again")
        return RequestTimeout(text, method=method, path=path)

    def _decoder(self, decimals: str, groups: str):
        key = (decimals, groups)
        d = self._decoders.get(key)
        if d is None:
            if decimals not in _DECIMALS:
                raise ValueError(f"decimals must be one of {_DECIMALS}")
            if groups not in _GROUPS:
                raise ValueError(f"groups must be one of {_GROUPS}")
            d = self._decoders[key] = _spot().Decoder(decimals=decimals, groups=groups)
        return d

    def _warn_deprecated(self, schema) -> None:
        """``X-MBX-SBE-DEPRECATED``: the one lifecycle warning (:func:`sbe.lifecycle.
        warn_deprecated`, shared with the WebSocket API client; once per process and
        schema version), naming the current schema and what to do."""
        with self._lock:
            if self._warned_deprecated:
                return
            self._warned_deprecated = True
        sid, ver = self.sbe_schema
        current = tuple(schema) if schema and tuple(schema) != (sid, ver) else None
        warn_deprecated(getattr(_spot(), "PACKAGE", "spot_sbe"), sid, ver, current=current,
                        stacklevel=4)

    def _handle(self, method: str, path: str, status: int, headers: Mapping[str, str],
                content: bytes, decimals: Optional[str], groups: Optional[str],
                elapsed: float = 0.0) -> Response:
        decimals = decimals or self.decimals
        groups = groups or self.groups
        ctype = (headers.get("content-type") or "").split(";")[0].strip().lower()
        deprecated = headers.get("x-mbx-sbe-deprecated") is not None
        log.debug("%s %s -> %s %s %d bytes", method, path, status, ctype or "-", len(content))
        if status == 406:
            raise SBENotEnabledError(
                f"HTTP 406 Not Acceptable for {method} {path}: SBE is not enabled on "
                f"{self.base_url} (Accept: application/sbe). Retry later or pass "
                "accept_json=True to accept JSON answers.", method=method, path=path)
        if ctype in SBE_CONTENT_TYPES:
            resp = self._handle_sbe(method, path, status, headers, content, decimals, groups,
                                    deprecated)
        elif ctype == "application/json" or ctype.endswith("+json"):
            resp = self._handle_json(method, path, status, headers, content, decimals, groups)
        else:
            if status in (418, 429):
                raise api_error(-1003, content[:200].decode("utf-8", "replace") or
                                "Too many requests.", status=status, headers=headers,
                                format="text", method=method, path=path)
            raise UnexpectedResponseError(
                f"unexpected answer to {method} {path}: HTTP {status}, Content-Type "
                f"{ctype or '(none)'}, {len(content)} bytes", status=status,
                content_type=ctype, body=content, headers=headers, method=method, path=path)
        resp.deprecated = deprecated
        resp.elapsed = elapsed
        self.last_response = resp
        if deprecated:
            self._warn_deprecated(resp.schema)
        return resp

    def _handle_sbe(self, method, path, status, headers, content, decimals, groups,
                    deprecated) -> Response:
        spot = _spot()
        if len(content) < 8:
            raise UnexpectedResponseError(
                f"SBE answer to {method} {path} is {len(content)} bytes, shorter than a "
                "message header", status=status, content_type="application/sbe", body=content,
                headers=headers, method=method, path=path)
        _bl, tid, sid, ver = spot.peek_header(content)
        if tid == spot.TEMPLATE_ErrorResponse:  # before the schema id: its layout is stable
            data = None
            try:
                if sid == spot.SCHEMA_ID:
                    m = self._decoder(decimals, groups).decode(content)
                    code, st, ra, msg, data = (m["code"], m["serverTime"], m["retryAfter"],
                                               m["msg"], m.get("data"))
                else:       # another schema id (one this build has no decoder for)
                    code, st, ra, msg = spot.peek_error(content)
            except (ValueError, KeyError, TypeError, IndexError,
                    RecursionError, OverflowError) as exc:
                raise self._malformed(method, path, status, headers, content, "sbe",
                                      exc) from None
            if deprecated:
                self._warn_deprecated((sid, ver))
            raise api_error(code, msg, status=status, headers=headers, server_time_us=st,
                            retry_after_us=ra, data=data, format="sbe", method=method,
                            path=path)
        if sid != spot.SCHEMA_ID:
            raise UnexpectedResponseError(
                f"SBE answer to {method} {path} is schema {sid}:{ver}, this build decodes "
                f"schema {spot.SCHEMA_ID}; regenerate the decoders (python -m codegen update)",
                status=status, content_type="application/sbe", body=content, headers=headers,
                method=method, path=path)
        try:
            msg = self._decoder(decimals, groups).decode(content)
        except (ValueError, KeyError, TypeError, IndexError, RecursionError,
                OverflowError) as exc:
            raise self._malformed(method, path, status, headers, content, "sbe",
                                  exc) from None
        if status >= 400:
            raise UnexpectedResponseError(
                f"HTTP {status} for {method} {path} with a {msg.get('$message')} body",
                status=status, content_type="application/sbe", body=content, headers=headers,
                method=method, path=path)
        return Response(msg, "sbe", status, headers, (sid, ver), method=method, path=path)

    @staticmethod
    def _malformed(method, path, status, headers, content, fmt, exc) -> UnexpectedResponseError:
        what = type(exc).__name__ + (f": {str(exc)[:300]}" if not isinstance(
            exc, RecursionError) else " (nesting too deep)")
        return UnexpectedResponseError(
            f"malformed {fmt.upper()} answer to {method} {path} (HTTP {status}, "
            f"{len(content)} bytes): {what}", status=status,
            content_type="application/sbe" if fmt == "sbe" else "application/json",
            body=content, headers=headers, method=method, path=path)

    def _json_unit(self) -> str:
        unit = next((v for k, v in self.extra_headers.items()
                     if k.lower() == "x-mbx-time-unit"), "MICROSECOND")
        return "us" if str(unit).strip().upper() == "MICROSECOND" else "ms"

    def _shape(self, data, messages, decimals, groups, fail):
        """Parsed JSON -> the SBE decoded shape (sbe.binance.json_shape); ``fail(exc)`` makes
        the client's exception for a JSON of the wrong shape."""
        from sbe.binance.json_shape import JsonShapeError, from_json
        try:
            return from_json(data, messages, decimals=decimals, groups=groups,
                             time_unit=self._json_unit(), module=_spot())
        except (JsonShapeError, RecursionError) as exc:
            raise fail(exc) from exc  # __cause__ keeps .path

    def _handle_json(self, method, path, status, headers, content, decimals="raw",
                     groups="list") -> Response:
        try:
            data = json.loads(content) if content else None
        except (ValueError, RecursionError, TypeError, OverflowError) as exc:
            # ValueError also covers bad UTF-8 and ints over the digit limit
            raise self._malformed(method, path, status, headers, content, "json",
                                  exc) from None
        is_err = isinstance(data, dict) and "code" in data and "msg" in data and (
            status >= 400 or (isinstance(data["code"], int) and data["code"] < 0))
        if is_err:
            code, msg = data["code"], data["msg"]
            if (not isinstance(code, int) or isinstance(code, bool) or not -2**31 <= code < 2**31
                    or not isinstance(msg, str)):
                raise self._malformed(method, path, status, headers, content, "json", TypeError(
                    f"error body needs an int code and a str msg, got "
                    f"{type(code).__name__} and {type(msg).__name__}")) from None
            extra = data.get("data")
            if self.json_result == "decoded" and isinstance(extra, dict):
                from sbe.binance.json_shape import JsonShapeError, from_json
                try:  # cancel-replace failures: the same embedded message as over SBE
                    extra = from_json(extra, "CancelReplaceOrderResponse", decimals=decimals,
                                      groups=groups, time_unit=self._json_unit(),
                                      module=_spot())
                except (JsonShapeError, RecursionError):
                    pass  # keep the parsed JSON: the error itself is what matters
            raise api_error(code, msg[:2000], status=status, headers=headers,
                            data=extra, format="json", method=method, path=path)
        if status >= 400:
            raise UnexpectedResponseError(
                f"HTTP {status} for {method} {path}", status=status,
                content_type="application/json", body=content, headers=headers,
                method=method, path=path)
        ep = endpoint(method, path)
        if ep is not None and self.json_result == "decoded":
            data = self._shape(data, ep.messages, decimals, groups, lambda exc: self._malformed(
                method, path, status, headers, content, "json", exc))
        return Response(data, "json", status, headers, None, method=method, path=path)


# ---------------------------------------------------------------------------------------
# named endpoints (shared by the sync and async clients: each returns whatever _call
# returns, i.e. the decoded message or, in AsyncClient, an awaitable of it)
# ---------------------------------------------------------------------------------------

def _p(**kw) -> Dict[str, Any]:
    return {k: v for k, v in kw.items() if v is not None}


class _Endpoints:
    """REST endpoints of ``/api/v3``. Every method takes ``decimals=`` and ``groups=`` (the
    decoder options; defaults from the client, except depth/trades/aggTrades/klines whose
    groups default to ``"numpy"``) and extra Binance parameters as keyword arguments, in
    snake_case (``time_in_force=``) or Binance's camelCase (``timeInForce=``); a name the
    endpoint does not take raises TypeError before sending. Times (``start_time``,
    ``end_time``) are µs ints or datetimes (naive = UTC), like the times in results."""

    def _call(self, method, path, params=None, *, signed=False, send_key=None,
              decimals=None, groups=None, default_groups=None):  # pragma: no cover
        raise NotImplementedError

    def _ep(self, name: str, params=None, *, decimals=None, groups=None):
        """Call the endpoint ``name`` of :data:`sbe.binance.endpoints.ENDPOINTS` (method,
        path, security and default groups come from the table)."""
        e = ENDPOINTS[name]
        params = endpoint_params(name, params)
        send_key = True if e.security == KEY and getattr(self, "api_key", None) else None
        return self._call(e.method, e.path, params, signed=e.security == SIGNED,
                          send_key=send_key, decimals=decimals, groups=groups,
                          default_groups="numpy" if e.numpy_groups else None)

    # -- general ------------------------------------------------------------------------

    def ping(self, **opts):
        return self._ep("ping", **opts)

    def server_time(self, **opts):
        """ServerTimeResponse (``serverTime`` in µs)."""
        return self._ep("server_time", **opts)

    def exchange_info(self, symbol: Optional[str] = None, symbols: Optional[Sequence[str]] = None,
                      permissions=None, *, show_permission_sets: Optional[bool] = None,
                      symbol_status: Optional[str] = None, decimals=None, groups=None, **params):
        return self._ep("exchange_info",
                          _p(symbol=symbol, symbols=symbols, permissions=permissions,
                             show_permission_sets=show_permission_sets,
                             symbol_status=symbol_status, **params),
                          decimals=decimals, groups=groups)

    # -- market data --------------------------------------------------------------------

    def depth(self, symbol: str, limit: Optional[int] = None, *, decimals=None, groups=None,
              **params):
        """Order book: DepthResponse, bids/asks as numpy arrays by default."""
        return self._ep("depth", _p(symbol=symbol, limit=limit, **params),
                          decimals=decimals, groups=groups)

    def trades(self, symbol: str, limit: Optional[int] = None, *, decimals=None, groups=None,
               **params):
        return self._ep("trades", _p(symbol=symbol, limit=limit, **params),
                          decimals=decimals, groups=groups)

    def historical_trades(self, symbol: str, limit: Optional[int] = None,
                          from_id: Optional[int] = None, *, decimals=None, groups=None,
                          **params):
        return self._ep("historical_trades",
                          _p(symbol=symbol, limit=limit, from_id=from_id, **params),
                          decimals=decimals, groups=groups)

    def agg_trades(self, symbol: str, limit: Optional[int] = None, from_id: Optional[int] = None,
                   start_time: Optional[_Time] = None, end_time: Optional[_Time] = None, *,
                   decimals=None, groups=None, **params):
        return self._ep("agg_trades",
                          _p(symbol=symbol, limit=limit, from_id=from_id, start_time=start_time,
                             end_time=end_time, **params),
                          decimals=decimals, groups=groups)

    def klines(self, symbol: str, interval: str, limit: Optional[int] = None,
               start_time: Optional[_Time] = None, end_time: Optional[_Time] = None,
               time_zone: Optional[str] = None, *, decimals=None, groups=None, **params):
        """KlinesResponse; ``klines`` is a numpy array by default (times in µs; an
        ``openTime`` passed back as ``start_time`` pages on)."""
        return self._ep("klines",
                          _p(symbol=symbol, interval=interval, start_time=start_time,
                             end_time=end_time, time_zone=time_zone, limit=limit, **params),
                          decimals=decimals, groups=groups)

    def ui_klines(self, symbol: str, interval: str, limit: Optional[int] = None,
                  start_time: Optional[_Time] = None, end_time: Optional[_Time] = None,
                  time_zone: Optional[str] = None, *, decimals=None, groups=None, **params):
        return self._ep("ui_klines",
                          _p(symbol=symbol, interval=interval, start_time=start_time,
                             end_time=end_time, time_zone=time_zone, limit=limit, **params),
                          decimals=decimals, groups=groups)

    def avg_price(self, symbol: str, *, decimals=None, groups=None):
        return self._ep("avg_price", {"symbol": symbol}, decimals=decimals,
                          groups=groups)

    def ticker_24hr(self, symbol: Optional[str] = None, symbols: Optional[Sequence[str]] = None,
                    type: Optional[str] = None, *, decimals=None, groups=None, **params):
        return self._ep("ticker_24hr",
                          _p(symbol=symbol, symbols=symbols, type=type, **params),
                          decimals=decimals, groups=groups)

    def ticker_price(self, symbol: Optional[str] = None, symbols: Optional[Sequence[str]] = None,
                     *, decimals=None, groups=None, **params):
        return self._ep("ticker_price",
                          _p(symbol=symbol, symbols=symbols, **params),
                          decimals=decimals, groups=groups)

    def ticker_book(self, symbol: Optional[str] = None, symbols: Optional[Sequence[str]] = None,
                    *, decimals=None, groups=None, **params):
        return self._ep("ticker_book",
                          _p(symbol=symbol, symbols=symbols, **params),
                          decimals=decimals, groups=groups)

    def ticker(self, symbol: Optional[str] = None, symbols: Optional[Sequence[str]] = None,
               window_size: Optional[str] = None, type: Optional[str] = None, *,
               decimals=None, groups=None, **params):
        """Rolling-window ticker (``GET /api/v3/ticker``)."""
        return self._ep("ticker",
                          _p(symbol=symbol, symbols=symbols, window_size=window_size, type=type,
                             **params), decimals=decimals, groups=groups)

    def trading_day(self, symbol: Optional[str] = None, symbols: Optional[Sequence[str]] = None,
                    type: Optional[str] = None, *, decimals=None, groups=None, **params):
        return self._ep("trading_day",
                          _p(symbol=symbol, symbols=symbols, type=type, **params),
                          decimals=decimals, groups=groups)

    # -- account ------------------------------------------------------------------------

    def account(self, omit_zero_balances: Optional[bool] = None, *, decimals=None,
                groups=None, **params):
        return self._ep("account",
                          _p(omit_zero_balances=omit_zero_balances, **params),
                          decimals=decimals, groups=groups)

    def account_commission(self, symbol: str, *, decimals=None, groups=None):
        return self._ep("account_commission", {"symbol": symbol},
                          decimals=decimals, groups=groups)

    def rate_limit_order(self, *, decimals=None, groups=None, **params):
        """Unfilled order counts (``GET /api/v3/rateLimit/order``)."""
        return self._ep("rate_limit_order", _p(**params),
                          decimals=decimals, groups=groups)

    def my_trades(self, symbol: str, *, decimals=None, groups=None, **params):
        return self._ep("my_trades", _p(symbol=symbol, **params),
                          decimals=decimals, groups=groups)

    def my_prevented_matches(self, symbol: str, *, decimals=None, groups=None, **params):
        return self._ep("my_prevented_matches", _p(symbol=symbol, **params), decimals=decimals, groups=groups)

    def my_allocations(self, symbol: str, *, decimals=None, groups=None, **params):
        return self._ep("my_allocations", _p(symbol=symbol, **params), decimals=decimals, groups=groups)

    # -- orders -------------------------------------------------------------------------

    def new_order(self, symbol: str, side: str, type: str, *, decimals=None, groups=None,
                  **params):
        """``POST /api/v3/order``. Binance parameters as keywords (``quantity=``,
        ``price=``, ``time_in_force=``, ``new_client_order_id=``, ``new_order_resp_type=``...;
        camelCase works too).

        Not retried on timeouts or on -1007 (:class:`ExecutionStatusUnknown`): pass a
        ``newClientOrderId`` so you can look the order up with :meth:`get_order`."""
        return self._ep("new_order", _p(symbol=symbol, side=side, type=type,
                                                      **params), decimals=decimals, groups=groups)

    def test_order(self, symbol: str, side: str, type: str, *,
                   compute_commission_rates: Optional[bool] = None, decimals=None, groups=None,
                   **params):
        return self._ep("test_order",
                          _p(symbol=symbol, side=side, type=type,
                             compute_commission_rates=compute_commission_rates, **params), decimals=decimals, groups=groups)

    def get_order(self, symbol: str, order_id: Optional[int] = None,
                  orig_client_order_id: Optional[str] = None, *, decimals=None, groups=None,
                  **params):
        return self._ep("get_order",
                          _p(symbol=symbol, order_id=order_id,
                             orig_client_order_id=orig_client_order_id, **params), decimals=decimals, groups=groups)

    def cancel_order(self, symbol: str, order_id: Optional[int] = None,
                     orig_client_order_id: Optional[str] = None, *, decimals=None, groups=None,
                     **params):
        return self._ep("cancel_order",
                          _p(symbol=symbol, order_id=order_id,
                             orig_client_order_id=orig_client_order_id, **params), decimals=decimals, groups=groups)

    def cancel_replace(self, symbol: str, side: str, type: str,
                       cancel_replace_mode: str = "STOP_ON_FAILURE", *, decimals=None,
                       groups=None, **params):
        """``POST /api/v3/order/cancelReplace`` (``cancelOrderId=`` or
        ``cancelOrigClientOrderId=`` plus the new order's parameters). A failure raises
        :class:`CancelReplaceError` holding both embedded responses."""
        return self._ep("cancel_replace",
                          _p(symbol=symbol, side=side, type=type,
                             cancel_replace_mode=cancel_replace_mode, **params), decimals=decimals, groups=groups)

    def amend_order(self, symbol: str, new_qty, order_id: Optional[int] = None,
                    orig_client_order_id: Optional[str] = None, *, decimals=None, groups=None,
                    **params):
        """``PUT /api/v3/order/amend/keepPriority`` (reduce the quantity)."""
        return self._ep("amend_order",
                          _p(symbol=symbol, order_id=order_id,
                             orig_client_order_id=orig_client_order_id, new_qty=new_qty, **params), decimals=decimals, groups=groups)

    def order_amendments(self, symbol: str, order_id: int, *, decimals=None, groups=None,
                         **params):
        return self._ep("order_amendments",
                          _p(symbol=symbol, order_id=order_id, **params),
                          decimals=decimals, groups=groups)

    def open_orders(self, symbol: Optional[str] = None, *, decimals=None, groups=None):
        return self._ep("open_orders", _p(symbol=symbol),
                          decimals=decimals, groups=groups)

    def all_orders(self, symbol: str, *, decimals=None, groups=None, **params):
        return self._ep("all_orders", _p(symbol=symbol, **params),
                          decimals=decimals, groups=groups)

    def cancel_open_orders(self, symbol: str, *, decimals=None, groups=None):
        """``DELETE /api/v3/openOrders`` (cancel all open orders of a symbol)."""
        return self._ep("cancel_open_orders", {"symbol": symbol},
                          decimals=decimals, groups=groups)

    # -- order lists --------------------------------------------------------------------

    def new_oco(self, symbol: str, side: str, quantity, *, decimals=None, groups=None,
                **params):
        """``POST /api/v3/orderList/oco`` (``aboveType=``, ``belowType=``, prices...)."""
        return self._ep("new_oco",
                          _p(symbol=symbol, side=side, quantity=quantity, **params), decimals=decimals, groups=groups)

    def new_oto(self, symbol: str, *, decimals=None, groups=None, **params):
        """``POST /api/v3/orderList/oto`` (``workingType=``, ``workingSide=``...)."""
        return self._ep("new_oto", _p(symbol=symbol, **params), decimals=decimals, groups=groups)

    def new_otoco(self, symbol: str, *, decimals=None, groups=None, **params):
        return self._ep("new_otoco", _p(symbol=symbol, **params), decimals=decimals, groups=groups)

    def get_order_list(self, order_list_id: Optional[int] = None,
                       orig_client_order_id: Optional[str] = None, *, decimals=None,
                       groups=None):
        return self._ep("get_order_list",
                          _p(order_list_id=order_list_id, orig_client_order_id=orig_client_order_id), decimals=decimals, groups=groups)

    def cancel_order_list(self, symbol: str, order_list_id: Optional[int] = None,
                          list_client_order_id: Optional[str] = None, *, decimals=None,
                          groups=None, **params):
        return self._ep("cancel_order_list",
                          _p(symbol=symbol, order_list_id=order_list_id,
                             list_client_order_id=list_client_order_id, **params), decimals=decimals, groups=groups)

    def all_order_lists(self, *, decimals=None, groups=None, **params):
        return self._ep("all_order_lists", _p(**params),
                          decimals=decimals, groups=groups)

    def open_order_lists(self, *, decimals=None, groups=None):
        return self._ep("open_order_lists", None,
                          decimals=decimals, groups=groups)

