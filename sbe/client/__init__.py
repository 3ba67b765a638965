"""REST client for the Binance Spot API answering in SBE (extra ``sbe-binance[client]``: httpx,
cryptography). See docs/client.md.

    from sbe.client import Client
    with Client(base_url="prod", decimals="float") as c:
        book = c.depth("BTCUSDT", limit=5000)      # numpy bids/asks
"""

from ._async import AsyncClient
from ._core import BASE_URLS, Response, resolve_base_url
from ._sync import Client
from .errors import (BinanceAPIError, CancelReplaceError, ClientError, ConnectError,
                     ExecutionStatusUnknown, IPBannedError, RateLimitError, RequestTimeout,
                     SBENotEnabledError, SchemaDeprecatedWarning, TransportError,
                     UnexpectedResponseError)
from .signing import (Ed25519Signer, HmacSigner, RSASigner, Signer, load_private_key,
                      signer_from_env)

__all__ = ["Client", "AsyncClient", "Response", "BASE_URLS", "resolve_base_url",
           "ClientError", "TransportError", "ConnectError", "RequestTimeout",
           "SBENotEnabledError", "UnexpectedResponseError", "BinanceAPIError", "RateLimitError",
           "IPBannedError", "ExecutionStatusUnknown", "CancelReplaceError",
           "SchemaDeprecatedWarning", "Signer", "HmacSigner", "Ed25519Signer", "RSASigner",
           "load_private_key", "signer_from_env"]
