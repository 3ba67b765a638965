"""Binance API errors, shared by the REST client, the WebSocket API client and the local
servers (no I/O here): the exception hierarchy, :func:`api_error` (error code / HTTP status
-> typed exception) and :func:`parse_retry_after`. All are :class:`sbe.errors.SBEError`.

::

    SBEError
     └─ ClientError                      anything the client raises about a request
         ├─ TransportError               no usable HTTP answer
         │   ├─ ConnectError             could not connect (nothing was sent)
         │   └─ RequestTimeout           (TimeoutError) no answer in time: for an order the
         │                                send/execution status is unknown
         ├─ SBENotEnabledError           HTTP 406: the server does not serve SBE now
         ├─ UnexpectedResponseError      (ValueError) an answer we cannot interpret: unknown
         │   │                            Content-Type, malformed SBE/JSON/gzip, a redirect
         │   └─ ResponseTooLargeError    the body (after decompression) is over max_body
         └─ BinanceAPIError              Binance answered with an error code (SBE ErrorResponse
             │                            or JSON {"code", "msg"}): .code .msg .status ...
             ├─ RateLimitError           HTTP 429 / 418 (-1003): .retry_after seconds
             │   └─ IPBannedError        HTTP 418
             ├─ ExecutionStatusUnknown   -1007: the order may or may not exist - look it up
             └─ CancelReplaceError       -2021/-2022: .cancel_response / .new_order_response
"""

from __future__ import annotations

import math
import time
from email.utils import parsedate_to_datetime
from typing import Any, Mapping, Optional

from ..errors import SBEError
from .signing import redact

__all__ = ["ClientError", "TransportError", "ConnectError", "RequestTimeout",
           "SBENotEnabledError", "UnexpectedResponseError", "ResponseTooLargeError", "BinanceAPIError", "RateLimitError",
           "IPBannedError", "ExecutionStatusUnknown", "CancelReplaceError",
           "SchemaDeprecatedWarning", "SchemaRetiredError", "SchemaRetiredAPIError", "api_error",
           "parse_retry_after"]


from sbe.errors import SchemaDeprecatedWarning, SchemaRetiredError  # noqa: E402  (one class each)


class ClientError(SBEError):
    """Base class of the client's request errors. ``method`` and ``path`` name the request
    (never the query string, which may hold a signature)."""

    def __init__(self, message: str, *, method: str = "", path: str = ""):
        super().__init__(message)
        self.method = method
        self.path = path


class TransportError(ClientError):
    """No (complete) HTTP answer: connection refused/reset, protocol error, timeout."""


class ConnectError(TransportError, ConnectionError):
    """The connection could not be established; the request was not sent."""


class RequestTimeout(TransportError, TimeoutError):
    """No answer within the timeout. For a request that changes state (order placement,
    cancel...) the outcome is unknown: look the order up before trying again."""


class SBENotEnabledError(ClientError):
    """HTTP 406 Not Acceptable: SBE is not enabled on the server (only ``application/sbe``
    was accepted). Retry later, or accept JSON too (``accept_json=True``)."""

    status = 406


class UnexpectedResponseError(ClientError, ValueError):
    """An HTTP answer the client cannot interpret (an HTML error page from a proxy, an
    unknown Content-Type, an SBE message of another schema, a truncated or malformed SBE /
    JSON / gzip body, a redirect...). ``status``, ``content_type`` and ``body`` (first 500
    bytes) tell what came back."""

    def __init__(self, message: str, *, status: int = 0, content_type: str = "",
                 body: bytes = b"", headers: Optional[Mapping[str, str]] = None, **kw):
        super().__init__(message, **kw)
        self.status = status
        self.content_type = content_type
        self.body = redact(bytes(body[:500]))  # a proxy page may echo the signed URL
        self.headers = dict(headers or {})


class ResponseTooLargeError(UnexpectedResponseError):
    """The body is larger than the client's ``max_body`` (checked on ``Content-Length``
    and while reading, after decompression); reading stopped at the limit. ``limit`` is the
    limit in bytes."""

    def __init__(self, message: str, *, limit: int = 0, **kw):
        super().__init__(message, **kw)
        self.limit = limit


class BinanceAPIError(ClientError):
    """Binance rejected the request with an error code.

    Attributes: ``code`` (e.g. -1021), ``msg`` (Binance's text), ``status`` (HTTP status),
    ``server_time_us`` and ``retry_after_us`` (from an SBE ErrorResponse, µs timestamps, or
    None), ``retry_after`` (seconds to wait, from ``Retry-After`` or ``retryAfter``; None if
    not given), ``data`` (the decoded embedded message, e.g. a CancelReplaceOrderResponse),
    ``headers`` (response headers), ``format`` ("sbe" or "json")."""

    def __init__(self, code: int, msg: str, *, status: int = 0,
                 server_time_us: Optional[int] = None, retry_after_us: Optional[int] = None,
                 retry_after: Optional[float] = None, data: Any = None,
                 headers: Optional[Mapping[str, str]] = None, format: str = "sbe", **kw):
        text = f"Binance error {code} (HTTP {status}): {msg}"
        if retry_after is not None:
            text += f" [retry after {retry_after:g} s]"
        super().__init__(text, **kw)
        self.code = code
        self.msg = msg
        self.status = status
        self.server_time_us = server_time_us
        self.retry_after_us = retry_after_us
        self.retry_after = retry_after
        self.data = data
        self.headers = dict(headers or {})
        self.format = format


class RateLimitError(BinanceAPIError):
    """HTTP 429 (request weight or order rate exceeded) or 418 (IP banned). Wait
    ``retry_after`` seconds before sending more requests."""


class IPBannedError(RateLimitError):
    """HTTP 418: the IP is banned for ignoring 429s; ``retry_after`` says for how long."""


class ExecutionStatusUnknown(BinanceAPIError):
    """Error -1007: "Timeout waiting for response from backend server. Send status unknown;
    execution status unknown." The order (or cancel) **may or may not have been executed**.
    Query it (``get_order`` with your ``newClientOrderId``, ``open_orders``) before deciding;
    never resend blindly."""


class CancelReplaceError(BinanceAPIError):
    """A cancel-replace failed (-2022) or partially failed (-2021, HTTP 409).
    ``cancel_result``/``new_order_result`` are "SUCCESS"/"FAILURE"/"NOT_ATTEMPTED";
    ``cancel_response``/``new_order_response`` hold the decoded embedded responses (a
    CancelOrderResponse / new-order response, or an ErrorResponse dict)."""

    @property
    def _d(self) -> dict:
        return self.data if isinstance(self.data, dict) else {}

    @property
    def cancel_result(self):
        return _status_name(self._d.get("cancelResult"))

    @property
    def new_order_result(self):
        return _status_name(self._d.get("newOrderResult"))

    @property
    def cancel_response(self):
        return self._d.get("cancelResponse")

    @property
    def new_order_response(self):
        return self._d.get("newOrderResponse")


def _status_name(v):
    if v is None:
        return None
    if isinstance(v, str):
        return v
    name = getattr(v, "name", str(v))
    return {"Success": "SUCCESS", "Failure": "FAILURE", "NotAttempted": "NOT_ATTEMPTED"}.get(
        name, name)


class SchemaRetiredAPIError(BinanceAPIError, SchemaRetiredError):
    """HTTP 400 / -1153: the requested SBE schema id:version is retired or unknown to the
    server; both an API error (code, status) and a lifecycle error."""


def _retired_hint() -> str:
    try:
        from sbe import spot
        current = f"{spot.SCHEMA_ID}:{spot.SCHEMA_VERSION}"
    except Exception:  # pragma: no cover - decoders not built
        current = "the newest"
    return (f"The schema requested in X-MBX-SBE is retired or unsupported; these decoders "
            f"are for {current}. Run `python -m codegen update` to regenerate them, or "
            "upgrade sbe.")


#: a Retry-After beyond this (one day) is clamped: a hostile header cannot park a client forever
_MAX_RETRY_AFTER = 86400.0


def parse_retry_after(value: Optional[str], now: Optional[float] = None) -> Optional[float]:
    """Seconds to wait from a ``Retry-After`` header: delay-seconds (``"30"``, ``"1.5"``) or
    an HTTP date (``"Wed, 21 Oct 2026 07:28:00 GMT"``, relative to ``now``, default
    ``time.time()``). Clamped to [0, 86400]; None when absent or unparsable."""
    if value is None:
        return None
    text = str(value).strip()
    if not text or len(text) > 64:
        return None
    try:
        secs = float(text)
    except ValueError:
        try:
            when = parsedate_to_datetime(text)
        except (TypeError, ValueError, IndexError, OverflowError):
            return None
        if when is None:
            return None
        if when.tzinfo is None:  # RFC 7231 dates are GMT
            from datetime import timezone
            when = when.replace(tzinfo=timezone.utc)
        try:
            secs = when.timestamp() - (time.time() if now is None else now)
        except (OverflowError, ValueError, OSError):
            return None
    if not math.isfinite(secs):
        return None
    return min(_MAX_RETRY_AFTER, max(0.0, secs))


def api_error(code: int, msg: str, *, status: int, headers: Mapping[str, str],
              server_time_us: Optional[int] = None, retry_after_us: Optional[int] = None,
              data: Any = None, format: str = "sbe", method: str = "",
              path: str = "") -> BinanceAPIError:
    """The typed exception for an error answer."""
    retry_after = parse_retry_after(headers.get("retry-after") or headers.get("Retry-After"))
    if retry_after is None and retry_after_us is not None:
        ref = server_time_us if server_time_us is not None else time.time_ns() // 1000
        retry_after = min(_MAX_RETRY_AFTER, max(0.0, (retry_after_us - ref) / 1e6))
    if status == 418:
        cls: type = IPBannedError
    elif status == 429 or code == -1003:
        cls = RateLimitError
    elif code == -1007:
        cls = ExecutionStatusUnknown
    elif code in (-2021, -2022) or (status == 409 and data is not None):
        cls = CancelReplaceError
    elif status == 400 and code == -1153:
        cls = SchemaRetiredAPIError
        msg = f"{msg} {_retired_hint()}"
    else:
        cls = BinanceAPIError
    return cls(code, msg, status=status, server_time_us=server_time_us,
               retry_after_us=retry_after_us, retry_after=retry_after, data=data,
               headers=headers, format=format, method=method, path=path)
