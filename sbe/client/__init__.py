"""REST client for the Binance Spot API answering in SBE (extra ``sbe-binance[client]``: httpx,
cryptography). See docs/client.md.

    from sbe.client import Client
    with Client(base_url="prod", decimals="float") as c:
        book = c.depth("BTCUSDT", limit=5000)      # numpy bids/asks
"""

from sbe._extras import require as _require

_require("httpx", "client", "sbe.client")

from ._async import AsyncClient  # noqa: E402
from ._core import BASE_URLS, DEFAULT_MAX_BODY, Response, resolve_base_url  # noqa: E402
from ._sync import Client  # noqa: E402
from .errors import (BinanceAPIError, CancelReplaceError, ClientError, ConnectError,  # noqa: E402
                     ExecutionStatusUnknown, IPBannedError, RateLimitError, RequestTimeout,
                     ResponseTooLargeError, SBENotEnabledError, SchemaDeprecatedWarning,
                     TransportError, UnexpectedResponseError)
from .signing import (Ed25519Signer, HmacSigner, RSASigner, Signer, load_private_key,  # noqa: E402
                      signer_from_env)

__all__ = ["Client", "AsyncClient", "Response", "BASE_URLS", "DEFAULT_MAX_BODY",
           "resolve_base_url", "ResponseTooLargeError",
           "ClientError", "TransportError", "ConnectError", "RequestTimeout",
           "SBENotEnabledError", "UnexpectedResponseError", "BinanceAPIError", "RateLimitError",
           "IPBannedError", "ExecutionStatusUnknown", "CancelReplaceError",
           "SchemaDeprecatedWarning", "Signer", "HmacSigner", "Ed25519Signer", "RSASigner",
           "load_private_key", "signer_from_env"]
