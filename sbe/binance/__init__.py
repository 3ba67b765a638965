"""Binance's rules without I/O, shared by the REST client, the WebSocket clients and the local
servers. Nothing here imports httpx, websockets or picows (``cryptography`` only when an
Ed25519/RSA key is loaded).

* :mod:`sbe.binance.urls`: every base URL and the shortcuts (``resolve_url(kind, x)``);
* :mod:`sbe.binance.endpoints`: the one REST endpoint table (client methods, server routes);
* :mod:`sbe.binance.signing`: HMAC / Ed25519 / RSA payload signing, parameter encoding;
* :mod:`sbe.binance.errors`: the API error hierarchy, ``api_error`` (code -> exception),
  ``parse_retry_after``;
* lifecycle warnings: :func:`warn_deprecated` / :func:`retired_message` (from
  :mod:`sbe.lifecycle`, one implementation for every client).
"""

from ..lifecycle import retired_message, warn_deprecated
from .endpoints import ENDPOINTS, Endpoint
from .urls import BASE_URLS, REST, STREAM, WS_API, resolve_url

__all__ = ["BASE_URLS", "REST", "STREAM", "WS_API", "resolve_url", "ENDPOINTS", "Endpoint",
           "warn_deprecated", "retired_message"]
