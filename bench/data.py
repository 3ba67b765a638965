"""Equivalent SBE and JSON payloads for the benchmarks.

Each builder returns (sbe_bytes, json_bytes) describing the same data: the JSON is what
Binance sends for that endpoint/stream (prices and quantities as decimal strings)."""

from __future__ import annotations

import random
from decimal import Decimal

import orjson

from sbe import spot, stream

PRICE_EXP, QTY_EXP = -2, -8


def _fmt(mantissa: int, exponent: int) -> str:
    return format(Decimal(mantissa).scaleb(exponent), "f")


def best_bid_ask() -> tuple[bytes, bytes]:
    ev = {"$message": "BestBidAskStreamEvent", "eventTime": 1_763_000_000_123_456,
          "bookUpdateId": 71_234_567_890, "priceExponent": PRICE_EXP, "qtyExponent": QTY_EXP,
          "bidPrice": 9_712_345, "bidQty": 123_456_789, "askPrice": 9_712_346,
          "askQty": 98_765_432, "symbol": "BTCUSDT"}
    js = {"e": "bestBidAsk", "E": 1_763_000_000_123, "u": 71_234_567_890, "s": "BTCUSDT",
          "b": _fmt(9_712_345, PRICE_EXP), "B": _fmt(123_456_789, QTY_EXP),
          "a": _fmt(9_712_346, PRICE_EXP), "A": _fmt(98_765_432, QTY_EXP)}
    return stream.encode(ev), orjson.dumps(js)


def depth(levels: int, seed: int = 1) -> tuple[bytes, bytes]:
    rnd = random.Random(seed)
    mid = 9_700_000
    bids = [(mid - i, rnd.randrange(1, 10**10)) for i in range(1, levels + 1)]
    asks = [(mid + i, rnd.randrange(1, 10**10)) for i in range(1, levels + 1)]
    msg = {"$message": "DepthResponse", "lastUpdateId": 80_000_000_001,
           "priceExponent": PRICE_EXP, "qtyExponent": QTY_EXP,
           "bids": [{"price": p, "qty": q} for p, q in bids],
           "asks": [{"price": p, "qty": q} for p, q in asks]}
    js = {"lastUpdateId": 80_000_000_001,
          "bids": [[_fmt(p, PRICE_EXP), _fmt(q, QTY_EXP)] for p, q in bids],
          "asks": [[_fmt(p, PRICE_EXP), _fmt(q, QTY_EXP)] for p, q in asks]}
    return spot.encode(msg), orjson.dumps(js)


_PERMISSIONS = ["SPOT", "MARGIN", "LEVERAGED"] + [f"TRD_GRP_{i:03d}" for i in range(2, 30)]
_ORDER_TYPES = ["LIMIT", "LIMIT_MAKER", "MARKET", "STOP_LOSS", "STOP_LOSS_LIMIT",
                "TAKE_PROFIT", "TAKE_PROFIT_LIMIT"]
_STP = ["EXPIRE_TAKER", "EXPIRE_MAKER", "EXPIRE_BOTH", "DECREMENT"]


def exchange_info(symbols: int, seed: int = 2) -> tuple[bytes, bytes]:
    """A full exchangeInfo: 9 filters per symbol and a permission set, as Binance has them."""
    rnd = random.Random(seed)
    order_types = spot.orderTypes
    stp_modes = spot.allowedSelfTradePreventionModes
    ot_all = 0
    for name in ("Limit", "LimitMaker", "Market", "StopLoss", "StopLossLimit", "TakeProfit",
                 "TakeProfitLimit"):
        ot_all |= order_types[name]
    stp_all = 0
    for name in ("ExpireTaker", "ExpireMaker", "ExpireBoth", "Decrement"):
        stp_all |= stp_modes[name]
    sbe_symbols, json_symbols = [], []
    for i in range(symbols):
        base, quote = f"A{i:04d}", "USDT" if i % 3 else "BTC"
        perms = rnd.sample(_PERMISSIONS, k=rnd.randrange(1, 12))
        tick, lot = rnd.randrange(1, 100), rnd.randrange(1, 1000)
        filters = [
            {"$message": "PriceFilter", "priceExponent": -8, "minPrice": tick,
             "maxPrice": 100_000 * 10**8, "tickSize": tick},
            {"$message": "LotSizeFilter", "qtyExponent": -8, "minQty": lot,
             "maxQty": 9_000_000 * 10**8, "stepSize": lot},
            {"$message": "IcebergPartsFilter", "filterLimit": 10},
            {"$message": "MarketLotSizeFilter", "qtyExponent": -8, "minQty": 0,
             "maxQty": rnd.randrange(10**8, 10**14), "stepSize": 0},
            {"$message": "TrailingDeltaFilter", "minTrailingAboveDelta": 10,
             "maxTrailingAboveDelta": 2000, "minTrailingBelowDelta": 10,
             "maxTrailingBelowDelta": 2000},
            {"$message": "PercentPriceBySideFilter", "multiplierExponent": -1,
             "bidMultiplierUp": 50, "bidMultiplierDown": 2, "askMultiplierUp": 50,
             "askMultiplierDown": 2, "avgPriceMins": 5},
            {"$message": "NotionalFilter", "priceExponent": -8, "minNotional": 10**9,
             "applyMinToMarket": True, "maxNotional": 9_000_000 * 10**8,
             "applyMaxToMarket": False, "avgPriceMins": 5},
            {"$message": "MaxNumOrdersFilter", "maxNumOrders": 200},
            {"$message": "MaxNumAlgoOrdersFilter", "maxNumAlgoOrders": 5},
        ]
        sbe_symbols.append({
            "status": spot.symbolStatus.Trading, "baseAssetPrecision": 8,
            "quoteAssetPrecision": 8, "baseCommissionPrecision": 8,
            "quoteCommissionPrecision": 8, "orderTypes": ot_all, "icebergAllowed": True,
            "ocoAllowed": True, "otoAllowed": True, "quoteOrderQtyMarketAllowed": True,
            "allowTrailingStop": True, "cancelReplaceAllowed": True, "amendAllowed": True,
            "isSpotTradingAllowed": True, "isMarginTradingAllowed": bool(i % 2),
            "defaultSelfTradePreventionMode": spot.selfTradePreventionMode.ExpireMaker,
            "allowedSelfTradePreventionModes": stp_all, "pegInstructionsAllowed": True,
            "filters": [{"filter": f} for f in filters],
            "permissionSets": [{"permissions": [{"permission": p} for p in perms]}],
            "symbol": base + quote, "baseAsset": base, "quoteAsset": quote})
        json_symbols.append({
            "symbol": base + quote, "status": "TRADING", "baseAsset": base,
            "baseAssetPrecision": 8, "quoteAsset": quote, "quotePrecision": 8,
            "quoteAssetPrecision": 8, "baseCommissionPrecision": 8,
            "quoteCommissionPrecision": 8, "orderTypes": _ORDER_TYPES,
            "icebergAllowed": True, "ocoAllowed": True, "otoAllowed": True,
            "quoteOrderQtyMarketAllowed": True, "allowTrailingStop": True,
            "cancelReplaceAllowed": True, "amendAllowed": True, "pegInstructionsAllowed": True,
            "isSpotTradingAllowed": True, "isMarginTradingAllowed": bool(i % 2),
            "filters": [
                {"filterType": "PRICE_FILTER", "minPrice": _fmt(tick, -8),
                 "maxPrice": "100000.00000000", "tickSize": _fmt(tick, -8)},
                {"filterType": "LOT_SIZE", "minQty": _fmt(lot, -8),
                 "maxQty": "9000000.00000000", "stepSize": _fmt(lot, -8)},
                {"filterType": "ICEBERG_PARTS", "limit": 10},
                {"filterType": "MARKET_LOT_SIZE", "minQty": "0.00000000",
                 "maxQty": _fmt(filters[3]["maxQty"], -8), "stepSize": "0.00000000"},
                {"filterType": "TRAILING_DELTA", "minTrailingAboveDelta": 10,
                 "maxTrailingAboveDelta": 2000, "minTrailingBelowDelta": 10,
                 "maxTrailingBelowDelta": 2000},
                {"filterType": "PERCENT_PRICE_BY_SIDE", "bidMultiplierUp": "5",
                 "bidMultiplierDown": "0.2", "askMultiplierUp": "5",
                 "askMultiplierDown": "0.2", "avgPriceMins": 5},
                {"filterType": "NOTIONAL", "minNotional": "10.00000000",
                 "applyMinToMarket": True, "maxNotional": "9000000.00000000",
                 "applyMaxToMarket": False, "avgPriceMins": 5},
                {"filterType": "MAX_NUM_ORDERS", "maxNumOrders": 200},
                {"filterType": "MAX_NUM_ALGO_ORDERS", "maxNumAlgoOrders": 5}],
            "permissions": [], "permissionSets": [perms],
            "defaultSelfTradePreventionMode": "EXPIRE_MAKER",
            "allowedSelfTradePreventionModes": _STP})
    rate_limits = [
        {"rateLimitType": spot.rateLimitType.RequestWeight,
         "interval": spot.rateLimitInterval.Minute, "intervalNum": 1, "rateLimit": 6000},
        {"rateLimitType": spot.rateLimitType.Orders,
         "interval": spot.rateLimitInterval.Second, "intervalNum": 10, "rateLimit": 100}]
    msg = {"$message": "ExchangeInfoResponse", "rateLimits": rate_limits,
           "exchangeFilters": [], "symbols": sbe_symbols, "sors": []}
    js = {"timezone": "UTC", "serverTime": 1_763_000_000_000,
          "rateLimits": [{"rateLimitType": "REQUEST_WEIGHT", "interval": "MINUTE",
                          "intervalNum": 1, "limit": 6000},
                         {"rateLimitType": "ORDERS", "interval": "SECOND", "intervalNum": 10,
                          "limit": 100}],
          "exchangeFilters": [], "symbols": json_symbols}
    return spot.encode(msg), orjson.dumps(js)


def trade(fills: int = 1) -> tuple[bytes, bytes]:
    """A trade stream event (SBE: one TradesStreamEvent with ``fills`` trades; JSON: the
    ``<symbol>@trade`` event of the first trade, which is what Binance sends per trade)."""
    trades = [{"id": 5_000_000_000 + i, "price": 9_712_345 + i, "qty": 1_234_567,
               "isBuyerMaker": bool(i % 2), "isBestMatch": True} for i in range(fills)]
    ev = {"$message": "TradesStreamEvent", "eventTime": 1_763_000_000_123_456,
          "transactTime": 1_763_000_000_123_001, "priceExponent": PRICE_EXP,
          "qtyExponent": QTY_EXP, "trades": trades, "symbol": "BTCUSDT"}
    t = trades[0]
    js = {"e": "trade", "E": 1_763_000_000_123, "s": "BTCUSDT", "t": t["id"],
          "p": _fmt(t["price"], PRICE_EXP), "q": _fmt(t["qty"], QTY_EXP),
          "T": 1_763_000_000_123, "m": t["isBuyerMaker"], "M": True}
    return stream.encode(ev), orjson.dumps(js)
