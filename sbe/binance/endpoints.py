"""The one table of Binance Spot REST endpoints (``/api/v3``): method, path, security type,
request weight, the SBE messages it answers with, whether it counts as an order.

The REST client's named methods (``Client.depth``...) and the local server's routes
(:mod:`sbe.testing.server`) are both built from :data:`ENDPOINTS`; the name of an entry is
the client method's name and the server handler's name. No I/O here.

Weights follow Binance's documentation (``weight`` is an int or a function of the request
parameters, e.g. depth's weight grows with ``limit``).
"""

from __future__ import annotations

import datetime
from typing import Any, Callable, Dict, Mapping, NamedTuple, Optional, Tuple, Union

__all__ = ["Endpoint", "ENDPOINTS", "ROUTES", "PUBLIC", "KEY", "SIGNED", "TIME_PARAMS",
           "WS_METHODS", "endpoint", "weight_of", "param_names", "endpoint_params", "to_us"]

#: security types: no key; API key optional (sent when the client has one); signed
PUBLIC, KEY, SIGNED = "public", "key", "signed"

#: parameters that are points in time: the client sends them in µs (Binance reads a value
#: of 16+ digits as µs, 13 digits as ms) and accepts ``datetime`` for them
TIME_PARAMS = frozenset({"startTime", "endTime", "timestamp"})


class Endpoint(NamedTuple):
    name: str                       # client method and server handler
    method: str
    path: str
    security: str                   # PUBLIC, KEY or SIGNED
    weight: Union[int, Callable[[Mapping[str, Any]], int]]
    messages: Tuple[str, ...]       # SBE messages of a successful answer
    orders: bool = False            # counts toward the order rate limits
    numpy_groups: bool = False      # the client decodes its big groups to numpy by default
    params: Tuple[str, ...] = ()    # Binance's parameter names (SIGNED adds recvWindow,
                                    # timestamp); the client checks keywords against them


def _depth_weight(p: Mapping[str, Any]) -> int:
    try:
        n = int(p.get("limit") or 100)
    except (TypeError, ValueError):
        n = 100
    return 5 if n <= 100 else 25 if n <= 500 else 50 if n <= 1000 else 250


def _one_or_all(single: int, every: int) -> Callable[[Mapping[str, Any]], int]:
    return lambda p: single if p.get("symbol") else every


_NEW_ORDER = ("NewOrderAckResponse", "NewOrderResultResponse", "NewOrderFullResponse")
_NEW_LIST = ("NewOrderListAckResponse", "NewOrderListResultResponse",
             "NewOrderListFullResponse")
_TICKER = ("TickerSymbolFullResponse", "TickerFullResponse", "TickerSymbolMiniResponse",
           "TickerMiniResponse")

def _names(text: str) -> Tuple[str, ...]:
    return tuple(text.split())


_PEG = ("PegPriceType", "PegOffsetValue", "PegOffsetType")
_ORDER = _names("symbol side type timeInForce quantity quoteOrderQty price newClientOrderId "
                "strategyId strategyType stopPrice trailingDelta icebergQty newOrderRespType "
                "selfTradePreventionMode pegPriceType pegOffsetValue pegOffsetType")
_CANCEL_REPLACE = _ORDER + _names("cancelReplaceMode cancelNewClientOrderId "
                                  "cancelOrigClientOrderId cancelOrderId cancelRestrictions "
                                  "orderRateLimitExceededMode")
#: fields of one order inside an order list (prefixed: above/below/working/pending...)
_LEG = ("Type", "Side", "ClientOrderId", "Price", "StopPrice", "TrailingDelta", "Quantity",
        "IcebergQty", "TimeInForce", "StrategyId", "StrategyType") + _PEG
_LIST = _names("symbol listClientOrderId newOrderRespType selfTradePreventionMode")


def _legs(*prefixes: str, without=("Side", "Quantity")) -> Tuple[str, ...]:
    return tuple(p + f for p in prefixes for f in _LEG if f not in without)


_OCO = _LIST + ("side", "quantity") + _legs("above", "below")
_OTO = _LIST + _legs("working", "pending", without=())
_OTOCO = (_LIST + _legs("working", without=()) + ("pendingSide", "pendingQuantity")
          + _legs("pendingAbove", "pendingBelow"))

_TABLE = [
    # general
    Endpoint("ping", "GET", "/api/v3/ping", PUBLIC, 1, ("PingResponse",)),
    Endpoint("server_time", "GET", "/api/v3/time", PUBLIC, 1, ("ServerTimeResponse",)),
    Endpoint("exchange_info", "GET", "/api/v3/exchangeInfo", PUBLIC, 20,
             ("ExchangeInfoResponse",),
             params=_names("symbol symbols permissions showPermissionSets symbolStatus")),
    # market data
    Endpoint("depth", "GET", "/api/v3/depth", PUBLIC, _depth_weight, ("DepthResponse",),
             numpy_groups=True,
             params=_names("symbol limit symbolStatus")),
    Endpoint("trades", "GET", "/api/v3/trades", PUBLIC, 25, ("TradesResponse",),
             numpy_groups=True,
             params=_names("symbol limit")),
    Endpoint("historical_trades", "GET", "/api/v3/historicalTrades", KEY, 25,
             ("TradesResponse",), numpy_groups=True,
             params=_names("symbol limit fromId")),
    Endpoint("agg_trades", "GET", "/api/v3/aggTrades", PUBLIC, 4, ("AggTradesResponse",),
             numpy_groups=True,
             params=_names("symbol fromId startTime endTime limit")),
    Endpoint("klines", "GET", "/api/v3/klines", PUBLIC, 2, ("KlinesResponse",),
             numpy_groups=True,
             params=_names("symbol interval startTime endTime timeZone limit")),
    Endpoint("ui_klines", "GET", "/api/v3/uiKlines", PUBLIC, 2, ("KlinesResponse",),
             numpy_groups=True,
             params=_names("symbol interval startTime endTime timeZone limit")),
    Endpoint("avg_price", "GET", "/api/v3/avgPrice", PUBLIC, 2, ("AveragePriceResponse",),
             params=_names("symbol")),
    Endpoint("ticker_24hr", "GET", "/api/v3/ticker/24hr", PUBLIC, _one_or_all(2, 80),
             ("Ticker24hSymbolFullResponse", "Ticker24hFullResponse",
              "Ticker24hSymbolMiniResponse", "Ticker24hMiniResponse"),
             params=_names("symbol symbols type symbolStatus")),
    Endpoint("ticker_price", "GET", "/api/v3/ticker/price", PUBLIC, _one_or_all(2, 4),
             ("PriceTickerSymbolResponse", "PriceTickerResponse"),
             params=_names("symbol symbols symbolStatus")),
    Endpoint("ticker_book", "GET", "/api/v3/ticker/bookTicker", PUBLIC, _one_or_all(2, 4),
             ("BookTickerSymbolResponse", "BookTickerResponse"),
             params=_names("symbol symbols symbolStatus")),
    Endpoint("ticker", "GET", "/api/v3/ticker", PUBLIC, 4, _TICKER,
             params=_names("symbol symbols windowSize type symbolStatus")),
    Endpoint("trading_day", "GET", "/api/v3/ticker/tradingDay", PUBLIC, 4, _TICKER,
             params=_names("symbol symbols timeZone type symbolStatus")),
    # account
    Endpoint("account", "GET", "/api/v3/account", SIGNED, 20, ("AccountResponse",),
             params=_names("omitZeroBalances")),
    Endpoint("account_commission", "GET", "/api/v3/account/commission", SIGNED, 20,
             ("AccountCommissionResponse",),
             params=_names("symbol")),
    Endpoint("rate_limit_order", "GET", "/api/v3/rateLimit/order", SIGNED, 40,
             ("AccountOrderRateLimitResponse",)),
    Endpoint("my_trades", "GET", "/api/v3/myTrades", SIGNED, 20, ("AccountTradesResponse",),
             params=_names("symbol orderId startTime endTime fromId limit")),
    Endpoint("my_prevented_matches", "GET", "/api/v3/myPreventedMatches", SIGNED, 20,
             ("AccountPreventedMatchesResponse",),
             params=_names("symbol preventedMatchId orderId fromPreventedMatchId limit")),
    Endpoint("my_allocations", "GET", "/api/v3/myAllocations", SIGNED, 20,
             ("AccountAllocationsResponse",),
             params=_names("symbol startTime endTime fromAllocationId limit orderId")),
    # orders
    Endpoint("new_order", "POST", "/api/v3/order", SIGNED, 1, _NEW_ORDER, orders=True,
             params=_ORDER),
    Endpoint("test_order", "POST", "/api/v3/order/test", SIGNED, 1,
             ("OrderTestResponse", "OrderTestWithCommissionsResponse"),
             params=_ORDER + ("computeCommissionRates",)),
    Endpoint("get_order", "GET", "/api/v3/order", SIGNED, 4, ("OrderResponse",),
             params=_names("symbol orderId origClientOrderId")),
    Endpoint("cancel_order", "DELETE", "/api/v3/order", SIGNED, 1, ("CancelOrderResponse",),
             params=_names("symbol orderId origClientOrderId newClientOrderId cancelRestrictions")),
    Endpoint("cancel_replace", "POST", "/api/v3/order/cancelReplace", SIGNED, 1,
             ("CancelReplaceOrderResponse",), orders=True,
             params=_CANCEL_REPLACE),
    Endpoint("amend_order", "PUT", "/api/v3/order/amend/keepPriority", SIGNED, 4,
             ("OrderAmendKeepPriorityResponse",), orders=True,
             params=_names("symbol orderId origClientOrderId newClientOrderId newQty")),
    Endpoint("order_amendments", "GET", "/api/v3/order/amendments", SIGNED, 4,
             ("OrderAmendmentsResponse",),
             params=_names("symbol orderId fromExecutionId limit")),
    Endpoint("open_orders", "GET", "/api/v3/openOrders", SIGNED, _one_or_all(6, 80),
             ("OrdersResponse",),
             params=_names("symbol")),
    Endpoint("all_orders", "GET", "/api/v3/allOrders", SIGNED, 20, ("OrdersResponse",),
             params=_names("symbol orderId startTime endTime limit")),
    Endpoint("cancel_open_orders", "DELETE", "/api/v3/openOrders", SIGNED, 1,
             ("CancelOpenOrdersResponse",),
             params=_names("symbol")),
    # order lists
    Endpoint("new_oco", "POST", "/api/v3/orderList/oco", SIGNED, 1, _NEW_LIST, orders=True,
             params=_OCO),
    Endpoint("new_oto", "POST", "/api/v3/orderList/oto", SIGNED, 1, _NEW_LIST, orders=True,
             params=_OTO),
    Endpoint("new_otoco", "POST", "/api/v3/orderList/otoco", SIGNED, 1, _NEW_LIST,
             orders=True,
             params=_OTOCO),
    Endpoint("get_order_list", "GET", "/api/v3/orderList", SIGNED, 4, ("OrderListResponse",),
             params=_names("orderListId origClientOrderId")),
    Endpoint("cancel_order_list", "DELETE", "/api/v3/orderList", SIGNED, 1,
             ("CancelOrderListResponse",),
             params=_names("symbol orderListId listClientOrderId newClientOrderId")),
    Endpoint("all_order_lists", "GET", "/api/v3/allOrderList", SIGNED, 20,
             ("OrderListsResponse",),
             params=_names("fromId startTime endTime limit")),
    Endpoint("open_order_lists", "GET", "/api/v3/openOrderList", SIGNED, 6,
             ("OrderListsResponse",)),
]

#: name -> Endpoint
ENDPOINTS: Dict[str, Endpoint] = {e.name: e for e in _TABLE}
#: (method, path) -> Endpoint
ROUTES: Dict[Tuple[str, str], Endpoint] = {(e.method, e.path): e for e in _TABLE}
assert len(ENDPOINTS) == len(ROUTES) == len(_TABLE), "duplicate endpoint name or route"


#: endpoint name -> WebSocket API method of the same request (same parameters, same SBE
#: answers); :meth:`sbe.ws.WebSocketAPI.call` sends these
WS_METHODS: Dict[str, str] = {
    "ping": "ping", "server_time": "time", "exchange_info": "exchangeInfo", "depth": "depth",
    "trades": "trades.recent", "historical_trades": "trades.historical",
    "agg_trades": "trades.aggregate", "klines": "klines", "ui_klines": "uiKlines",
    "avg_price": "avgPrice", "ticker_24hr": "ticker.24hr", "ticker_price": "ticker.price",
    "ticker_book": "ticker.book", "ticker": "ticker", "trading_day": "ticker.tradingDay",
    "account": "account.status", "account_commission": "account.commission",
    "rate_limit_order": "account.rateLimits.orders", "my_trades": "myTrades",
    "my_prevented_matches": "myPreventedMatches", "my_allocations": "myAllocations",
    "new_order": "order.place", "test_order": "order.test", "get_order": "order.status",
    "cancel_order": "order.cancel", "cancel_replace": "order.cancelReplace",
    "amend_order": "order.amend.keepPriority", "order_amendments": "order.amendments",
    "open_orders": "openOrders.status", "all_orders": "allOrders",
    "cancel_open_orders": "openOrders.cancelAll", "new_oco": "orderList.place.oco",
    "new_oto": "orderList.place.oto", "new_otoco": "orderList.place.otoco",
    "get_order_list": "orderList.status", "cancel_order_list": "orderList.cancel",
    "all_order_lists": "allOrderLists", "open_order_lists": "openOrderLists.status",
}
assert set(WS_METHODS) == set(ENDPOINTS), "every endpoint needs its WebSocket API method"


def param_names(ep: Endpoint) -> Tuple[str, ...]:
    """Every parameter ``ep`` accepts (SIGNED endpoints add ``recvWindow`` and
    ``timestamp``)."""
    return ep.params + (("recvWindow", "timestamp") if ep.security == SIGNED else ())


def endpoint(method: str, path: str) -> Optional[Endpoint]:
    """The entry for ``method path`` (``path`` without query), or None."""
    return ROUTES.get((method.upper(), path))


def weight_of(ep: Endpoint, params: Mapping[str, Any]) -> int:
    """Request weight of one call of ``ep`` with ``params``."""
    return ep.weight(params) if callable(ep.weight) else ep.weight


# -- keyword arguments -> Binance parameters (REST client and WebSocket API client) --------

def _camel(name: str) -> str:
    head, *rest = name.split("_")
    return head + "".join(w[:1].upper() + w[1:] for w in rest)


def _snake(name: str) -> str:
    return "".join("_" + c.lower() if c.isupper() else c for c in name)


#: a point in time: µs since the epoch, or a datetime (naive = UTC)
_Time = Union[int, datetime.datetime]
_EPOCH = datetime.datetime(1970, 1, 1, tzinfo=datetime.timezone.utc)


def to_us(value: Any, name: str = "time") -> int:
    """A point in time as µs since the epoch: an int (µs) as is, a ``datetime`` converted
    exactly (a naive datetime is taken as UTC; pandas Timestamps are datetimes), a numpy
    ``datetime64`` (as UTC)."""
    if isinstance(value, datetime.datetime):
        if value.tzinfo is None:
            value = value.replace(tzinfo=datetime.timezone.utc)
        return (value - _EPOCH) // datetime.timedelta(microseconds=1)
    if isinstance(value, bool) or not isinstance(value, int):
        import numpy as np
        if isinstance(value, np.integer):
            return int(value)
        if isinstance(value, np.datetime64) and not np.isnat(value):
            return int(value.astype("datetime64[us]").astype(np.int64))
        raise TypeError(f"{name} must be an int of µs since the epoch or a datetime, got "
                        f"{type(value).__name__}")
    return value


def endpoint_params(name: str, params: Optional[Mapping[str, Any]]) -> Dict[str, Any]:
    """``params`` of a call of endpoint ``name`` with Binance's names: snake_case keys
    mapped to the camelCase of the endpoint table, time parameters as µs ints. An unknown
    name raises TypeError (naming the endpoint, the accepted names and the nearest one)
    before anything is sent."""
    if not params:
        return {}
    accepted = param_names(ENDPOINTS[name])
    known = set(accepted)
    out: Dict[str, Any] = {}
    for key, value in params.items():
        wire = key if key in known else _camel(key)
        if wire not in known:
            import difflib
            choices = {n: n for n in accepted}
            choices.update({_snake(n): n for n in accepted})
            near = difflib.get_close_matches(key, list(choices), n=1, cutoff=0.6)
            hint = f"; did you mean {near[0]!r}?" if near else ""
            shown = ", ".join(_snake(n) for n in accepted) or "none"
            raise TypeError(f"{name}() got an unknown parameter {key!r}{hint} (accepted: "
                            f"{shown}; camelCase works too)")
        if wire in out:
            raise TypeError(f"{name}() got {wire!r} twice (as {key!r} and its other "
                            "spelling)")
        out[wire] = to_us(value, key) if wire in TIME_PARAMS else value
    return out
