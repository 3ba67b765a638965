"""Every Binance Spot base URL, in one table, and the shortcuts every client accepts.

``resolve_url(kind, name_or_url)`` turns a shortcut (``"prod"``, ``"testnet"``, ``"demo"``, …)
or a URL into the URL a client connects to, and fails at once with a clear ``ValueError``
for anything else (a wrong scheme for the kind, a missing host, an unknown shortcut)."""

from __future__ import annotations

from urllib.parse import urlsplit

__all__ = ["BASE_URLS", "REST", "STREAM", "WS_API", "resolve_url"]

REST, STREAM, WS_API = "rest", "stream", "ws_api"

_PROD_REST = "https://api.binance.com"

#: kind -> shortcut -> URL. ``prod`` and ``api1``-``api4``/``gcp`` are production REST hosts,
#: ``data`` the market-data-only host, ``testnet`` the Spot testnet, ``demo`` demo trading.
BASE_URLS: dict = {
    REST: {
        "prod": _PROD_REST,
        "production": _PROD_REST,
        "api": _PROD_REST,
        "api1": "https://api1.binance.com",
        "api2": "https://api2.binance.com",
        "api3": "https://api3.binance.com",
        "api4": "https://api4.binance.com",
        "gcp": "https://api-gcp.binance.com",
        "api-gcp": "https://api-gcp.binance.com",
        "data": "https://data-api.binance.vision",
        "testnet": "https://testnet.binance.vision",
        "demo": "https://demo-api.binance.com",
    },
    STREAM: {
        "prod": "wss://stream-sbe.binance.com:9443",
        "production": "wss://stream-sbe.binance.com:9443",
        "testnet": "wss://stream-sbe.testnet.binance.vision:9443",
        "demo": "wss://demo-stream-sbe.binance.com:9443",
    },
    WS_API: {
        "prod": "wss://ws-api.binance.com:443/ws-api/v3",
        "production": "wss://ws-api.binance.com:443/ws-api/v3",
        "gcp": "wss://ws-api-gcp.binance.com:443/ws-api/v3",
        "testnet": "wss://ws-api.testnet.binance.vision/ws-api/v3",
        "demo": "wss://demo-ws-api.binance.com/ws-api/v3",
    },
}

_SCHEMES = {REST: ("http", "https"), STREAM: ("ws", "wss"), WS_API: ("ws", "wss")}


def resolve_url(kind: str, name_or_url: str) -> str:
    """A shortcut of ``BASE_URLS[kind]`` or a URL of the right scheme -> URL without trailing /."""
    try:
        table = BASE_URLS[kind]
    except KeyError:
        raise ValueError(f"unknown URL kind {kind!r}, expected one of {sorted(BASE_URLS)}") from None
    if not isinstance(name_or_url, str):
        raise TypeError(f"base URL must be a str, got {type(name_or_url).__name__}")
    url = table.get(name_or_url.strip().lower(), name_or_url.strip())
    parts = urlsplit(url)
    schemes = _SCHEMES[kind]
    if parts.scheme not in schemes or not parts.hostname:
        raise ValueError(f"{kind} base URL must be one of {sorted(table)} or a "
                         f"{'/'.join(s + '://' for s in schemes)} URL with a host, got {name_or_url!r}")
    try:
        parts.port  # noqa: B018 - raises ValueError on a port out of range or not a number
    except ValueError as exc:
        raise ValueError(f"{kind} base URL {name_or_url!r}: {exc}") from None
    return url.rstrip("/")
