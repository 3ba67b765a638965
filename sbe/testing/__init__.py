"""A local Binance-like server for tests and demos (no network): real HTTP on loopback,
answers built with the project's SBE encoders, Binance's negotiation/signature/rate-limit
rules and deterministic data.

    from sbe.testing import LocalBinance
    with LocalBinance() as srv:
        with srv.client() as c:             # sbe.client.Client with the server's HMAC key
            book = c.depth("BTCUSDT", limit=5000)

WebSocket servers (stream / WS API) attach with ``LocalBinance.add_service`` and share
``srv.market`` (:class:`MarketData`) and ``srv.account`` (:class:`AccountState`).
"""

from .data import AccountState, ExchangeError, MarketData, OrderBook, SymbolInfo, build, to_json
from .server import ERRORS, ROUTES, LocalBinance, Request

__all__ = ["LocalBinance", "MarketData", "OrderBook", "SymbolInfo", "AccountState",
           "ExchangeError", "build", "to_json", "ERRORS", "ROUTES", "Request"]
