"""Binance's rules without I/O, shared by the REST client, the WebSocket clients and the local
servers: base URLs (this package), and — as they move here — signing, API errors and the
endpoint table. Nothing here imports httpx, websockets or picows."""

from .urls import BASE_URLS, REST, STREAM, WS_API, resolve_url

__all__ = ["BASE_URLS", "REST", "STREAM", "WS_API", "resolve_url"]
