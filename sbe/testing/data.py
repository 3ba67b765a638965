"""Deterministic market and account data for the local Binance-like server.

Everything here is plain Python (plus numpy) and independent of HTTP, so the REST server
(:mod:`sbe.testing.server`) and the WebSocket servers can share one :class:`MarketData`
and one :class:`AccountState`:

* :class:`MarketData` - symbols with their precisions, an :class:`OrderBook` per symbol
  (snapshots up to 5000 levels, deterministic depth diffs with update ids), trades,
  aggregate trades, klines, tickers and exchangeInfo (many symbols, every filter type).
* :class:`AccountState` - balances, orders, order lists, trades of one test account; the
  order endpoints (place/test/status/cancel/cancelReplace/amend/...).
* :func:`build` - turn a loose dict into a complete message dict for ``sbe.spot.encode``
  (unknown keys dropped, missing required fields filled with zeros/first enum member).
* :func:`to_json` - the JSON form of a message (for the JSON fallback).

Prices and quantities are handled as integer mantissas with a per-symbol exponent, exactly
as in the SBE messages. Timestamps in messages are microseconds.
"""

from __future__ import annotations

import decimal
import threading
import time
import zlib
from decimal import Decimal
from typing import Any, Dict, List, Optional

import numpy as np

__all__ = ["MarketData", "OrderBook", "AccountState", "ExchangeError", "SymbolInfo", "build",
           "to_json", "encode", "encode_depth", "KLINE_INTERVALS", "BASE_TIME_MS"]

#: market data clock: a fixed instant, so every run produces the same bytes
BASE_TIME_MS = 1_767_225_600_000  # 2026-01-01T00:00:00Z

KLINE_INTERVALS = {
    "1s": 1, "1m": 60, "3m": 180, "5m": 300, "15m": 900, "30m": 1800, "1h": 3600,
    "2h": 7200, "4h": 14400, "6h": 21600, "8h": 28800, "12h": 43200, "1d": 86400,
    "3d": 259200, "1w": 604800, "1M": 2592000,
}


def _spot():
    from sbe import spot
    return spot


class ExchangeError(Exception):
    """An API error the server answers with (``code``/``msg``; HTTP ``status``; optional
    embedded message dict ``data`` for ErrorResponse.data)."""

    def __init__(self, code: int, msg: str, status: int = 400, data: Optional[dict] = None,
                 retry_after_s: Optional[float] = None):
        super().__init__(f"{code}: {msg}")
        self.code = code
        self.msg = msg
        self.status = status
        self.data = data
        self.retry_after_s = retry_after_s


# ---------------------------------------------------------------------------------------
# message building from the schema IR
# ---------------------------------------------------------------------------------------

_IR_BLOCKS: Dict[str, dict] = {}


def _blocks() -> Dict[str, dict]:
    if not _IR_BLOCKS:
        import importlib
        spot = _spot()
        mod = importlib.import_module(f"sbe._generated.{spot.__name__.rsplit('.', 1)[-1]}_ir")
        for m in mod.IR["messages"]:
            _IR_BLOCKS[m["name"]] = m
    return _IR_BLOCKS


def _fill_block(blk: dict, d: dict) -> dict:
    out: dict = {}
    for f in blk["fields"]:
        name = f["name"]
        if f.get("constant") is not None:
            continue
        if name in d:
            out[name] = d[name]
        elif f.get("presence") == "optional":
            out[name] = None
        elif f["kind"] == "float":
            out[name] = 0.0
        elif f["kind"] == "char":
            out[name] = " "
        else:
            out[name] = 0
    for g in blk["groups"]:
        rows = d.get(g["name"])
        if rows is None:
            out[g["name"]] = []
        elif isinstance(rows, np.ndarray):
            out[g["name"]] = rows
        else:
            out[g["name"]] = [_fill_block(g, r) for r in rows]
    for dd in blk["data"]:
        name = dd["name"]
        v = d.get(name)
        if v is None and not dd.get("optional") and dd.get("kind") == "text":
            v = ""
        out[name] = v
    return out


def build(name: str, d: Optional[dict] = None, **kw) -> dict:
    """A complete message dict named ``name`` from ``d``/``kw``: keys the message does not
    have are dropped, required fields not given become 0 (enums: value 0), optional ones
    None, groups [] and texts "" (recursively in group entries)."""
    src = dict(d or {})
    src.update(kw)
    blk = _blocks()[name]
    out = {"$message": name}
    out.update(_fill_block(blk, src))
    return out


def encode(msg: dict) -> bytes:
    """Encode a message dict with the newest spot schema."""
    return _spot().encode(msg)


def encode_depth(last_update_id: int, price_exp: int, qty_exp: int, bids: np.ndarray,
                 asks: np.ndarray) -> bytes:
    """Fast DepthResponse encoder (numpy arrays of int64 price/qty mantissas, shape (n, 2));
    gives the same bytes as ``encode(build("DepthResponse", ...))``."""
    spot = _spot()
    msg = {"$message": "DepthResponse", "lastUpdateId": last_update_id,
           "priceExponent": price_exp, "qtyExponent": qty_exp}
    for name, side in (("bids", bids), ("asks", asks)):
        # (n, 2) int64 mantissas viewed as the group's entries: encode copies their bytes
        side = np.ascontiguousarray(side, dtype="<i8").reshape(-1, 2)
        msg[name] = side.view([("price", "<i8"), ("qty", "<i8")]).reshape(-1)
    return spot.encode(msg)


# ---------------------------------------------------------------------------------------
# JSON form
# ---------------------------------------------------------------------------------------

def to_json(sbe_bytes: bytes, micros: bool = False) -> Any:
    """The JSON (Binance-like) form of an encoded message, built from the schema's own
    ``mbx:json*`` annotations (:func:`sbe.binance.json_shape.to_json`, the inverse of the
    client's JSON->SBE-shape conversion): depth levels ``[price, qty]``, klines rows,
    ``aggTrades`` letters, filters with their ``filterType``, enums as ``PARTIALLY_FILLED``,
    decimals as strings at the message's exponent, times in ms (µs with ``micros=True``, as
    for ``X-MBX-TIME-UNIT: MICROSECOND``). An error is Binance's ``{"code", "msg"}`` (plus
    ``data`` for cancel-replace)."""
    from sbe.binance.json_shape import to_json as _to_json
    unit = "us" if micros else "ms"
    m = _spot().decode(sbe_bytes, decimals="raw")
    if m["$message"] == "ErrorResponse":
        out = {"code": m["code"], "msg": m["msg"]}
        if m.get("data") is not None:
            out["data"] = _to_json(m["data"], time_unit=unit)
        return out
    return _to_json(m, time_unit=unit)


# ---------------------------------------------------------------------------------------
# market data
# ---------------------------------------------------------------------------------------

_BASES = {  # asset -> mid price in USDT
    "BTC": 87000.0, "ETH": 2950.0, "BNB": 850.0, "SOL": 125.0, "XRP": 1.85, "ADA": 0.35,
    "DOGE": 0.125, "TRX": 0.28, "LTC": 78.0, "DOT": 1.75, "LINK": 12.5, "AVAX": 12.0,
    "ATOM": 2.0, "UNI": 5.5, "XLM": 0.21, "ETC": 11.5, "FIL": 1.3, "APT": 1.6, "NEAR": 1.5,
    "SUI": 1.4,
}
_QUOTES = ("USDT", "FDUSD", "BTC")


def _h(*parts) -> int:
    return zlib.crc32("/".join(str(p) for p in parts).encode())


def _mix(x: np.ndarray, salt: int) -> np.ndarray:
    """Deterministic vectorised hash of int64 values -> uint64."""
    z = (x.astype(np.uint64) + np.uint64(salt & 0xFFFFFFFF)) * np.uint64(0x9E3779B97F4A7C15)
    z ^= z >> np.uint64(29)
    z *= np.uint64(0xBF58476D1CE4E5B9)
    z ^= z >> np.uint64(32)
    return z


class SymbolInfo:
    """One symbol: name, assets, precisions (exponents) and the mid price mantissa."""

    def __init__(self, symbol: str, base: str, quote: str, mid: float):
        self.symbol, self.base, self.quote = symbol, base, quote
        lg = int(np.floor(np.log10(mid)))
        self.price_decimals = min(8, max(2, 5 - lg))
        self.qty_decimals = min(8, max(0, lg + 1))
        self.price_exp = -self.price_decimals
        self.qty_exp = -self.qty_decimals
        self.mid = int(round(mid * 10 ** self.price_decimals))  # price mantissa
        self.salt = _h(symbol)

    def price(self, mantissa: int) -> Decimal:
        return Decimal(mantissa).scaleb(self.price_exp)

    def qty(self, mantissa: int) -> Decimal:
        return Decimal(mantissa).scaleb(self.qty_exp)

    def price_m(self, value) -> int:
        return _to_mantissa(value, self.price_exp)

    def qty_m(self, value) -> int:
        return _to_mantissa(value, self.qty_exp)

    def __repr__(self):
        return f"SymbolInfo({self.symbol!r})"


def _to_mantissa(value, exp: int) -> int:
    try:
        d = Decimal(str(value))
    except decimal.InvalidOperation:
        raise ExchangeError(-1100, "Illegal characters found in a parameter.") from None
    m = d.scaleb(-exp)
    if m != m.to_integral_value():
        raise ExchangeError(-1111, "Parameter has too much precision.")
    return int(m)


class OrderBook:
    """A deterministic order book of one symbol, mantissa prices -> mantissa quantities.

    ``snapshot(limit)`` gives the top levels as int64 arrays (n, 2); ``step()`` makes one
    deterministic diff (as Binance's depth stream: ``first``/``last`` update ids, changed
    levels with qty 0 meaning removal) and applies it; ``apply(diff)`` applies a diff."""

    LEVELS = 5200

    def __init__(self, info: SymbolInfo, seed: int = 0):
        self.info = info
        self.lock = threading.RLock()
        self._rng = np.random.default_rng((seed, info.salt))
        mid = info.mid
        n = self.LEVELS
        qmax = max(2, 5 * 10 ** info.qty_decimals)
        bq = self._rng.integers(1, qmax, n)
        aq = self._rng.integers(1, qmax, n)
        self.bids: Dict[int, int] = {mid - 1 - i: int(q) for i, q in enumerate(bq)}
        self.asks: Dict[int, int] = {mid + 1 + i: int(q) for i, q in enumerate(aq)}
        self.update_id = 1_000_000 + info.salt % 1_000_000
        self._cache: Optional[tuple] = None

    def _sorted(self):
        if self._cache is None or self._cache[0] != self.update_id:
            b = np.array(sorted(self.bids.items(), reverse=True), dtype=np.int64).reshape(-1, 2)
            a = np.array(sorted(self.asks.items()), dtype=np.int64).reshape(-1, 2)
            self._cache = (self.update_id, b, a)
        return self._cache[1], self._cache[2]

    def snapshot(self, limit: int = 100):
        """(lastUpdateId, bids (n,2) int64, asks (n,2) int64), best first."""
        with self.lock:
            b, a = self._sorted()
            return self.update_id, b[:limit], a[:limit]

    def best(self):
        with self.lock:
            b, a = self._sorted()
            return int(b[0, 0]), int(a[0, 0])

    def step(self, changes: int = 8) -> dict:
        """Generate and apply one deterministic diff; returns
        ``{"firstUpdateId", "lastUpdateId", "bids": [(p, q)], "asks": [(p, q)]}``."""
        with self.lock:
            bb, ba = self.best()
            diff: Dict[str, list] = {"bids": [], "asks": []}
            qmax = max(2, 5 * 10 ** self.info.qty_decimals)
            for _ in range(changes):
                side = "bids" if self._rng.integers(0, 2) else "asks"
                off = int(self._rng.integers(0, 20))
                price = bb - off if side == "bids" else ba + off
                if price <= 0:
                    continue
                q = 0 if self._rng.integers(0, 4) == 0 else int(self._rng.integers(1, qmax))
                diff[side].append((price, q))
            first = self.update_id + 1
            last = self.update_id + max(1, len(diff["bids"]) + len(diff["asks"]))
            out = {"firstUpdateId": first, "lastUpdateId": last, **diff}
            self.apply(out)
            return out

    def apply(self, diff: dict) -> None:
        with self.lock:
            for side in ("bids", "asks"):
                book = self.bids if side == "bids" else self.asks
                for p, q in diff[side]:
                    if q:
                        book[p] = q
                    else:
                        book.pop(p, None)
            self.update_id = diff["lastUpdateId"]


class MarketData:
    """Deterministic market data for many symbols (same seed -> same bytes)."""

    def __init__(self, seed: int = 0, quotes=_QUOTES):
        self.seed = seed
        self.symbols: Dict[str, SymbolInfo] = {}
        for q in quotes:
            for b, px in _BASES.items():
                if b == q:
                    continue
                if q == "BTC":
                    if b == "BTC":
                        continue
                    px = px / _BASES["BTC"]
                self.symbols[b + q] = SymbolInfo(b + q, b, q, px)
        self._books: Dict[str, OrderBook] = {}
        self._lock = threading.Lock()
        self.now_ms = BASE_TIME_MS
        self.last_trade_id = 5_000_000

    def info(self, symbol: str) -> SymbolInfo:
        s = self.symbols.get(symbol)
        if s is None:
            raise ExchangeError(-1121, "Invalid symbol.")
        return s

    def book(self, symbol: str) -> OrderBook:
        info = self.info(symbol)
        with self._lock:
            b = self._books.get(symbol)
            if b is None:
                b = self._books[symbol] = OrderBook(info, self.seed)
            return b

    # -- messages ---------------------------------------------------------------------

    def depth_bytes(self, symbol: str, limit: int = 100) -> bytes:
        info = self.info(symbol)
        uid, b, a = self.book(symbol).snapshot(limit)
        return encode_depth(uid, info.price_exp, info.qty_exp, b, a)

    def depth(self, symbol: str, limit: int = 100) -> dict:
        info = self.info(symbol)
        uid, b, a = self.book(symbol).snapshot(limit)
        conv = lambda arr: [{"price": int(p), "qty": int(q)} for p, q in arr]  # noqa: E731
        return build("DepthResponse", lastUpdateId=uid, priceExponent=info.price_exp,
                     qtyExponent=info.qty_exp, bids=conv(b), asks=conv(a))

    def _trade_arrays(self, info: SymbolInfo, ids: np.ndarray):
        h = _mix(ids, info.salt)
        price = info.mid + (h % np.uint64(41)).astype(np.int64) - 20
        qty = (h >> np.uint64(8)) % np.uint64(max(2, 3 * 10 ** info.qty_decimals))
        qty = qty.astype(np.int64) + 1
        t_us = (self.now_ms - (self.last_trade_id - ids) * 250) * 1000
        buyer_maker = ((h >> np.uint64(40)) & np.uint64(1)).astype(bool)
        return price, qty, t_us, buyer_maker

    def trades(self, symbol: str, limit: int = 500, from_id: Optional[int] = None) -> dict:
        info = self.info(symbol)
        limit = max(1, min(int(limit), 1000))
        if from_id is None:
            start = self.last_trade_id - limit + 1
        else:
            start = int(from_id)
        end = min(start + limit, self.last_trade_id + 1)
        ids = np.arange(start, max(start, end), dtype=np.int64)
        price, qty, t_us, bm = self._trade_arrays(info, ids)
        # quoteQty = price * qty at exponent price_exp + qty_exp, expressed with price_exp
        quote = (price * qty) // (10 ** info.qty_decimals)
        rows = [{"id": int(i), "price": int(p), "qty": int(q), "quoteQty": int(qq),
                 "time": int(t), "isBuyerMaker": bool(m), "isBestMatch": True}
                for i, p, q, qq, t, m in zip(ids, price, qty, quote, t_us, bm)]
        return build("TradesResponse", priceExponent=info.price_exp, qtyExponent=info.qty_exp,
                     trades=rows)

    def agg_trades(self, symbol: str, limit: int = 500, from_id: Optional[int] = None,
                   start_time: Optional[int] = None, end_time: Optional[int] = None) -> dict:
        info = self.info(symbol)
        limit = max(1, min(int(limit), 1000))
        last = self.last_trade_id // 2
        start = last - limit + 1 if from_id is None else int(from_id)
        ids = np.arange(start, max(start, min(start + limit, last + 1)), dtype=np.int64)
        price, qty, t_us, bm = self._trade_arrays(info, ids * 2)
        rows = [{"aggTradeId": int(i), "price": int(p), "qty": int(q), "firstTradeId": int(i) * 2,
                 "lastTradeId": int(i) * 2 + 1, "time": int(t), "isBuyerMaker": bool(m),
                 "isBestMatch": True} for i, p, q, t, m in zip(ids, price, qty, t_us, bm)]
        if start_time is not None:
            rows = [r for r in rows if r["time"] >= start_time * 1000]
        if end_time is not None:
            rows = [r for r in rows if r["time"] <= end_time * 1000]
        return build("AggTradesResponse", priceExponent=info.price_exp,
                     qtyExponent=info.qty_exp, aggTrades=rows)

    def klines(self, symbol: str, interval: str, limit: int = 500,
               start_time: Optional[int] = None, end_time: Optional[int] = None) -> dict:
        info = self.info(symbol)
        step = KLINE_INTERVALS.get(interval)
        if step is None:
            raise ExchangeError(-1120, "Invalid interval.")
        limit = max(1, min(int(limit), 1000))
        step_ms = step * 1000
        last_open = (self.now_ms // step_ms) * step_ms
        if start_time is not None:
            first = -(-int(start_time) // step_ms) * step_ms
        elif end_time is not None:
            first = (min(int(end_time), last_open) // step_ms) * step_ms - (limit - 1) * step_ms
        else:
            first = last_open - (limit - 1) * step_ms
        opens = np.arange(first, first + limit * step_ms, step_ms, dtype=np.int64)
        opens = opens[opens <= last_open]
        if end_time is not None:
            opens = opens[opens <= int(end_time)]
        h = _mix(opens // step_ms, info.salt ^ step)
        o = info.mid + ((h % np.uint64(2001)).astype(np.int64) - 1000) * max(1, info.mid // 100000)
        c = info.mid + (((h >> np.uint64(12)) % np.uint64(2001)).astype(np.int64) - 1000) * max(
            1, info.mid // 100000)
        hi = np.maximum(o, c) + ((h >> np.uint64(24)) % np.uint64(50)).astype(np.int64)
        lo = np.minimum(o, c) - ((h >> np.uint64(30)) % np.uint64(50)).astype(np.int64)
        vol = ((h >> np.uint64(36)) % np.uint64(10 ** 6)).astype(np.int64) * 10 ** info.qty_decimals // 100
        ntr = ((h >> np.uint64(20)) % np.uint64(5000)).astype(np.int64) + 1
        rows = []
        for i in range(len(opens)):
            v = int(vol[i])
            qv = v * int(c[i]) // 10 ** info.qty_decimals
            rows.append({"openTime": int(opens[i]) * 1000, "openPrice": int(o[i]),
                         "highPrice": int(hi[i]), "lowPrice": int(lo[i]),
                         "closePrice": int(c[i]), "volume": v,
                         "closeTime": (int(opens[i]) + step_ms - 1) * 1000,
                         "quoteVolume": qv, "numTrades": int(ntr[i]),
                         "takerBuyBaseVolume": v // 2, "takerBuyQuoteVolume": qv // 2})
        return build("KlinesResponse", priceExponent=info.price_exp, qtyExponent=info.qty_exp,
                     klines=rows)

    def avg_price(self, symbol: str) -> dict:
        info = self.info(symbol)
        return build("AveragePriceResponse", mins=5, priceExponent=info.price_exp,
                     price=info.mid, closeTime=self.now_ms * 1000)

    def _ticker_fields(self, info: SymbolInfo) -> dict:
        bb, ba = self.book(info.symbol).best()
        k = 10 ** info.qty_decimals
        return {"symbol": info.symbol, "priceExponent": info.price_exp,
                "qtyExponent": info.qty_exp, "priceChange": info.mid // 100,
                "priceChangePercent": 1.0, "weightedAvgPrice": info.mid,
                "prevClosePrice": info.mid - info.mid // 100, "lastPrice": info.mid,
                "lastQty": k, "bidPrice": bb, "bidQty": self.book(info.symbol).bids[bb],
                "askPrice": ba, "askQty": self.book(info.symbol).asks[ba],
                "openPrice": info.mid - info.mid // 100, "highPrice": info.mid + info.mid // 50,
                "lowPrice": info.mid - info.mid // 50, "volume": 1000 * k,
                "quoteVolume": 1000 * info.mid, "openTime": (self.now_ms - 86_400_000) * 1000,
                "closeTime": self.now_ms * 1000, "firstId": self.last_trade_id - 9999,
                "lastId": self.last_trade_id, "numTrades": 10000, "price": info.mid}

    def ticker_single(self, message: str, symbol: str) -> dict:
        return build(message, self._ticker_fields(self.info(symbol)))

    def ticker_list(self, message: str, symbols: Optional[List[str]] = None) -> dict:
        names = symbols if symbols is not None else list(self.symbols)
        return build(message, tickers=[self._ticker_fields(self.info(s)) for s in names])

    def exchange_info(self, symbols: Optional[List[str]] = None) -> dict:
        names = symbols if symbols is not None else list(self.symbols)
        syms = []
        for name in names:
            info = self.info(name)
            pe, qe = info.price_exp, info.qty_exp
            filters = [
                build("PriceFilter", priceExponent=pe, minPrice=1, maxPrice=10 ** (8 - pe) - 1,
                      tickSize=1),
                build("PercentPriceFilter", multiplierExponent=-1, multiplierUp=50,
                      multiplierDown=2, avgPriceMins=5),
                build("PercentPriceBySideFilter", multiplierExponent=-1, bidMultiplierUp=50,
                      bidMultiplierDown=2, askMultiplierUp=50, askMultiplierDown=2,
                      avgPriceMins=5),
                build("LotSizeFilter", qtyExponent=qe, minQty=1, maxQty=9_000 * 10 ** -qe,
                      stepSize=1),
                build("MinNotionalFilter", priceExponent=pe, minNotional=10 ** -pe,
                      applyToMarket=True, avgPriceMins=5),
                build("NotionalFilter", priceExponent=pe, minNotional=5 * 10 ** -pe,
                      applyMinToMarket=True, maxNotional=9_000_000 * 10 ** -pe,
                      applyMaxToMarket=False, avgPriceMins=5),
                build("IcebergPartsFilter", filterLimit=10),
                build("MarketLotSizeFilter", qtyExponent=qe, minQty=0, maxQty=100 * 10 ** -qe,
                      stepSize=0),
                build("TrailingDeltaFilter", minTrailingAboveDelta=10,
                      maxTrailingAboveDelta=2000, minTrailingBelowDelta=10,
                      maxTrailingBelowDelta=2000),
                build("MaxNumOrdersFilter", maxNumOrders=200),
                build("MaxNumAlgoOrdersFilter", maxNumAlgoOrders=5),
                build("MaxNumIcebergOrdersFilter", maxNumIcebergOrders=5),
                build("MaxPositionFilter", qtyExponent=qe, maxPosition=10_000 * 10 ** -qe),
                build("TPlusSellFilter", endTime=None),
                build("MaxNumOrderListsFilter", maxNumOrderLists=20),
                build("MaxNumOrderAmendsFilter", maxNumOrderAmends=10),
            ]
            syms.append({
                "status": "Trading", "baseAssetPrecision": 8, "quoteAssetPrecision": 8,
                "baseCommissionPrecision": 8, "quoteCommissionPrecision": 8,
                "orderTypes": 0x7F, "icebergAllowed": True, "ocoAllowed": True,
                "otoAllowed": True, "quoteOrderQtyMarketAllowed": True,
                "allowTrailingStop": True, "cancelReplaceAllowed": True, "amendAllowed": True,
                "isSpotTradingAllowed": True, "isMarginTradingAllowed": False,
                "defaultSelfTradePreventionMode": "ExpireMaker",
                "allowedSelfTradePreventionModes": 0x0F, "pegInstructionsAllowed": False,
                "filters": [{"filter": f} for f in filters],
                "permissionSets": [{"permissions": [{"permission": "SPOT"}]}],
                "symbol": info.symbol, "baseAsset": info.base, "quoteAsset": info.quote,
            })
        return build(
            "ExchangeInfoResponse",
            rateLimits=[
                {"rateLimitType": "RequestWeight", "interval": "Minute", "intervalNum": 1,
                 "rateLimit": 6000},
                {"rateLimitType": "Orders", "interval": "Second", "intervalNum": 10,
                 "rateLimit": 100},
                {"rateLimitType": "Orders", "interval": "Day", "intervalNum": 1,
                 "rateLimit": 200000},
                {"rateLimitType": "RawRequests", "interval": "Minute", "intervalNum": 5,
                 "rateLimit": 61000},
            ],
            exchangeFilters=[{"filter": build(n, **{k: 1000})} for n, k in (
                ("ExchangeMaxNumOrdersFilter", "maxNumOrders"),
                ("ExchangeMaxNumAlgoOrdersFilter", "maxNumAlgoOrders"),
                ("ExchangeMaxNumIcebergOrdersFilter", "maxNumIcebergOrders"),
                ("ExchangeMaxNumOrderListsFilter", "maxNumOrderLists"))],
            symbols=syms,
            sors=[{"baseAsset": "BTC", "sorSymbols": [{"symbol": "BTCUSDT"},
                                                      {"symbol": "BTCFDUSD"}]}],
        )



# ---------------------------------------------------------------------------------------
# account state
# ---------------------------------------------------------------------------------------

_ENUM_NAMES = {
    "side": {"BUY": "Buy", "SELL": "Sell"},
    "type": {"MARKET": "Market", "LIMIT": "Limit", "STOP_LOSS": "StopLoss",
             "STOP_LOSS_LIMIT": "StopLossLimit", "TAKE_PROFIT": "TakeProfit",
             "TAKE_PROFIT_LIMIT": "TakeProfitLimit", "LIMIT_MAKER": "LimitMaker"},
    "timeInForce": {"GTC": "Gtc", "IOC": "Ioc", "FOK": "Fok"},
}


def _now_us() -> int:
    return time.time_ns() // 1000


class AccountState:
    """One test account: balances, orders, order lists, trades; the order endpoints.

    Orders: a LIMIT order that crosses the book (BUY at or above the best ask, SELL at or
    below the best bid) and every MARKET order fill at once against the deterministic book;
    other LIMIT orders rest as NEW. Balances move with fills (no commission)."""

    def __init__(self, market: MarketData):
        self.market = market
        self.lock = threading.RLock()
        self.balances: Dict[str, list] = {}  # asset -> [free Decimal, locked Decimal]
        for a, v in (("BTC", "1.5"), ("ETH", "20"), ("BNB", "100"), ("USDT", "250000"),
                     ("FDUSD", "10000"), ("SOL", "0")):
            self.balances[a] = [Decimal(v), Decimal(0)]
        self.orders: Dict[int, dict] = {}
        self.order_lists: Dict[int, dict] = {}
        self.trades: List[dict] = []
        self.amendments: List[dict] = []
        self.next_order_id = 1000
        self.next_list_id = 100
        self.next_trade_id = 9000
        self.uid = 354937868
        self.update_time_us = BASE_TIME_MS * 1000

    # -- helpers ------------------------------------------------------------------------

    @staticmethod
    def _need(params: dict, name: str) -> str:
        v = params.get(name)
        if v is None or v == "":
            raise ExchangeError(-1102, f"Mandatory parameter '{name}' was not sent, was "
                                       "empty/null, or malformed.")
        return v

    def _order_view(self, o: dict) -> dict:
        """Fields shared by every order-shaped message (mantissas, µs times)."""
        info = o["info"]
        return {
            "priceExponent": info.price_exp, "qtyExponent": info.qty_exp,
            "orderId": o["orderId"], "orderListId": o.get("orderListId"),
            "transactTime": o["updateTime"], "price": o["price"], "origQty": o["origQty"],
            "executedQty": o["executedQty"], "cummulativeQuoteQty": o["quoteQty"],
            "cumulativeQuoteQty": o["quoteQty"], "status": o["status"],
            "timeInForce": o["timeInForce"], "orderType": o["type"], "side": o["side"],
            "time": o["time"], "updateTime": o["updateTime"], "workingTime": o["time"],
            "isWorking": o["status"] in ("New", "PartiallyFilled"),
            "origQuoteOrderQty": 0, "orderCapacity": "Principal", "workingFloor": "Exchange",
            "selfTradePreventionMode": "ExpireMaker", "preventedQuantity": 0,
            "preventedQty": 0, "usedSor": False, "symbol": info.symbol,
            "clientOrderId": o["clientOrderId"],
            "origClientOrderId": o.get("origClientOrderId", o["clientOrderId"]),
            "qty": o["origQty"],
        }

    def _order(self, params: dict) -> dict:
        self._need(params, "symbol")
        oid = params.get("orderId")
        coid = params.get("origClientOrderId")
        if oid is None and coid is None:
            raise ExchangeError(-1102, "Param 'origClientOrderId' or 'orderId' must be sent, "
                                       "but both were empty/null!")
        for o in self.orders.values():
            if o["info"].symbol != params["symbol"]:
                continue
            if (oid is not None and str(o["orderId"]) == str(oid)) or (
                    oid is None and o["clientOrderId"] == coid):
                return o
        return {}

    def _create(self, params: dict, test: bool = False) -> dict:
        info = self.market.info(self._need(params, "symbol"))
        side = _ENUM_NAMES["side"].get(self._need(params, "side"))
        if side is None:
            raise ExchangeError(-1117, "Invalid side.")
        otype = _ENUM_NAMES["type"].get(self._need(params, "type"))
        if otype is None:
            raise ExchangeError(-1116, "Invalid orderType.")
        tif = params.get("timeInForce")
        if otype == "Limit":
            self._need(params, "timeInForce")
            self._need(params, "price")
        tif_e = _ENUM_NAMES["timeInForce"].get(tif or "GTC")
        if tif_e is None:
            raise ExchangeError(-1115, "Invalid timeInForce.")
        qty = info.qty_m(self._need(params, "quantity"))
        if qty <= 0:
            raise ExchangeError(-1013, "Filter failure: LOT_SIZE")
        price = info.price_m(params["price"]) if params.get("price") is not None else 0
        now = _now_us()
        o = {"info": info, "orderId": 0, "clientOrderId": params.get("newClientOrderId")
             or f"sbe-local-{self.next_order_id}", "price": price, "origQty": qty,
             "executedQty": 0, "quoteQty": 0, "status": "New", "timeInForce": tif_e,
             "type": otype, "side": side, "time": now, "updateTime": now, "fills": []}
        if test:
            return o
        bb, ba = self.market.book(info.symbol).best()
        crosses = otype == "Market" or (side == "Buy" and price >= ba) or (
            side == "Sell" and price <= bb)
        fill_px = ba if side == "Buy" else bb
        # balance check
        k = 10 ** info.qty_decimals
        if side == "Buy":
            need = info.price(fill_px if crosses else price) * info.qty(qty)
            asset = info.quote
        else:
            need = info.qty(qty)
            asset = info.base
        bal = self.balances.setdefault(asset, [Decimal(0), Decimal(0)])
        if bal[0] < need:
            raise ExchangeError(-2010, "Account has insufficient balance for requested action.")
        o["orderId"] = self.next_order_id
        self.next_order_id += 1
        if crosses:
            quote_m = fill_px * qty // k
            o.update(executedQty=qty, quoteQty=quote_m, status="Filled")
            tid = self.next_trade_id
            self.next_trade_id += 1
            o["fills"] = [{"commissionExponent": info.qty_exp, "matchType": "AutoMatch",
                           "price": fill_px, "qty": qty, "commission": 0, "tradeId": tid,
                           "commissionAsset": info.base}]
            base = self.balances.setdefault(info.base, [Decimal(0), Decimal(0)])
            quote = self.balances.setdefault(info.quote, [Decimal(0), Decimal(0)])
            q_amt = info.qty(qty)
            c_amt = info.price(fill_px) * q_amt
            if side == "Buy":
                base[0] += q_amt
                quote[0] -= c_amt
            else:
                base[0] -= q_amt
                quote[0] += c_amt
            self.trades.append({"symbol": info.symbol, "id": tid, "orderId": o["orderId"],
                                "price": fill_px, "qty": qty, "quoteQty": quote_m,
                                "commission": 0, "commissionAsset": info.base,
                                "time": now, "isBuyer": side == "Buy", "isMaker": False,
                                "isBestMatch": True, "info": info})
        else:
            bal[0] -= need
            bal[1] += need
            o["locked"] = (asset, need)
        self.orders[o["orderId"]] = o
        return o

    def _release(self, o: dict) -> None:
        lk = o.pop("locked", None)
        if lk:
            bal = self.balances[lk[0]]
            bal[0] += lk[1]
            bal[1] -= lk[1]

    # -- endpoints (each returns a message dict or raises ExchangeError) ---------------

    def account(self, params: dict) -> dict:
        with self.lock:
            omit = str(params.get("omitZeroBalances", "false")).lower() == "true"
            bals = [{"exponent": -8, "free": int(f.scaleb(8)), "locked": int(lk.scaleb(8)),
                     "asset": a} for a, (f, lk) in sorted(self.balances.items())
                    if not (omit and f == 0 and lk == 0)]
            return build("AccountResponse", commissionExponent=-8,
                         commissionRateMaker=100000, commissionRateTaker=100000,
                         commissionRateBuyer=0, commissionRateSeller=0, canTrade=True,
                         canWithdraw=True, canDeposit=True, brokered=False,
                         requireSelfTradePrevention=False, preventSor=False,
                         updateTime=self.update_time_us, accountType="Spot",
                         tradeGroupId=None, uid=self.uid, balances=bals,
                         permissions=[{"permission": "SPOT"}], reduceOnlyAssets=[])

    def commission(self, params: dict) -> dict:
        symbol = self.market.info(self._need(params, "symbol")).symbol
        return build("AccountCommissionResponse", commissionExponent=-8, discountExponent=-2,
                     standardCommissionMaker=100000, standardCommissionTaker=100000,
                     discountEnabledForAccount=True, discountEnabledForSymbol=True,
                     discount=75, symbol=symbol, discountAsset="BNB")

    def new_order(self, params: dict) -> dict:
        with self.lock:
            o = self._create(params)
            view = self._order_view(o)
            rt = params.get("newOrderRespType") or (
                "FULL" if o["type"] in ("Market", "Limit") else "ACK")
            if rt == "ACK":
                return build("NewOrderAckResponse", view)
            if rt == "RESULT":
                return build("NewOrderResultResponse", view)
            return build("NewOrderFullResponse", view, fills=o["fills"])

    def test_order(self, params: dict) -> dict:
        with self.lock:
            self._create(params, test=True)
        if str(params.get("computeCommissionRates", "false")).lower() == "true":
            return build("OrderTestWithCommissionsResponse", commissionExponent=-8,
                         discountExponent=-2, standardCommissionForOrderMaker=100000,
                         standardCommissionForOrderTaker=100000,
                         discountEnabledForAccount=True, discountEnabledForSymbol=True,
                         discount=75, discountAsset="BNB")
        return build("OrderTestResponse")

    def get_order(self, params: dict) -> dict:
        with self.lock:
            o = self._order(params)
            if not o:
                raise ExchangeError(-2013, "Order does not exist.")
            return build("OrderResponse", self._order_view(o))

    def _cancel(self, params: dict) -> dict:
        o = self._order(params)
        if not o or o["status"] not in ("New", "PartiallyFilled"):
            raise ExchangeError(-2011, "Unknown order sent.")
        self._release(o)
        o["status"] = "Canceled"
        o["updateTime"] = _now_us()
        o["origClientOrderId"] = o["clientOrderId"]
        return o

    def cancel_order(self, params: dict) -> dict:
        with self.lock:
            o = self._cancel(params)
            v = self._order_view(o)
            v["clientOrderId"] = params.get("newClientOrderId") or f"cancel-{o['orderId']}"
            return build("CancelOrderResponse", v)

    def cancel_replace(self, params: dict) -> dict:
        """POST /api/v3/order/cancelReplace with Binance's partial-failure answers."""
        with self.lock:
            mode = self._need(params, "cancelReplaceMode")
            new_params = dict(params)
            new_params.pop("orderId", None)
            cancel_params = {"symbol": params.get("symbol"),
                             "orderId": params.get("cancelOrderId"),
                             "origClientOrderId": params.get("cancelOrigClientOrderId")}
            try:
                o = self._cancel(cancel_params)
                v = self._order_view(o)
                v["clientOrderId"] = f"cancel-{o['orderId']}"
                cancel_msg = build("CancelOrderResponse", v)
                cancel_ok = True
            except ExchangeError as e:
                cancel_msg = build("ErrorResponse", code=e.code, msg=e.msg)
                cancel_ok = False
            if not cancel_ok and mode == "STOP_ON_FAILURE":
                data = build("CancelReplaceOrderResponse", cancelResult="Failure",
                             newOrderResult="NotAttempted", cancelResponse=cancel_msg,
                             newOrderResponse=None)
                raise ExchangeError(-2022, "Order cancel-replace failed.", 400, data)
            try:
                new_msg = self.new_order(new_params)
                new_ok = True
            except ExchangeError as e:
                new_msg = build("ErrorResponse", code=e.code, msg=e.msg)
                new_ok = False
            data = build("CancelReplaceOrderResponse",
                         cancelResult="Success" if cancel_ok else "Failure",
                         newOrderResult="Success" if new_ok else "Failure",
                         cancelResponse=cancel_msg, newOrderResponse=new_msg)
            if cancel_ok and new_ok:
                return data
            if not cancel_ok and not new_ok:
                raise ExchangeError(-2022, "Order cancel-replace failed.", 400, data)
            raise ExchangeError(-2021, "Order cancel-replace partially failed.", 409, data)

    def amend_order(self, params: dict) -> dict:
        with self.lock:
            o = self._order(params)
            if not o or o["status"] not in ("New", "PartiallyFilled"):
                raise ExchangeError(-2013, "Order does not exist.")
            new_qty = o["info"].qty_m(self._need(params, "newQty"))
            if new_qty >= o["origQty"] or new_qty <= 0:
                raise ExchangeError(-2038, "Order amend (quantity increase) rejected: "
                                           "the new quantity must be lower.")
            old = o["origQty"]
            o["origQty"] = new_qty
            o["updateTime"] = _now_us()
            exec_id = len(self.amendments) + 1
            self.amendments.append({"orderId": o["orderId"], "executionId": exec_id,
                                    "qtyExponent": o["info"].qty_exp, "origQty": old,
                                    "newQty": new_qty, "time": o["updateTime"],
                                    "symbol": o["info"].symbol,
                                    "origClientOrderId": o["clientOrderId"],
                                    "newClientOrderId": o["clientOrderId"]})
            v = self._order_view(o)
            return build("OrderAmendKeepPriorityResponse", v, executionId=exec_id,
                         transactTime=o["updateTime"])

    def amendments_of(self, params: dict) -> dict:
        oid = int(self._need(params, "orderId"))
        return build("OrderAmendmentsResponse",
                     amendments=[a for a in self.amendments if a["orderId"] == oid])

    def open_orders(self, params: dict) -> dict:
        with self.lock:
            sym = params.get("symbol")
            rows = [self._order_view(o) for o in self.orders.values()
                    if o["status"] in ("New", "PartiallyFilled")
                    and (sym is None or o["info"].symbol == sym)]
            return build("OrdersResponse", orders=rows)

    def all_orders(self, params: dict) -> dict:
        with self.lock:
            sym = self.market.info(self._need(params, "symbol")).symbol
            limit = int(params.get("limit", 500))
            rows = [self._order_view(o) for o in self.orders.values() if o["info"].symbol == sym]
            return build("OrdersResponse", orders=rows[:limit])

    def cancel_all(self, params: dict) -> dict:
        with self.lock:
            sym = self.market.info(self._need(params, "symbol")).symbol
            out = []
            for o in list(self.orders.values()):
                if o["info"].symbol == sym and o["status"] in ("New", "PartiallyFilled"):
                    self._cancel({"symbol": sym, "orderId": o["orderId"]})
                    v = self._order_view(o)
                    v["clientOrderId"] = f"cancel-{o['orderId']}"
                    out.append({"response": build("CancelOrderResponse", v)})
            if not out:
                raise ExchangeError(-2011, "Unknown order sent.")
            return build("CancelOpenOrdersResponse", responses=out)

    # -- order lists --------------------------------------------------------------------

    def new_order_list(self, params: dict, kind: str) -> dict:
        """kind: "oco", "oto" or "otoco" (both legs rest as NEW limit orders)."""
        with self.lock:
            sym = self.market.info(self._need(params, "symbol")).symbol
            legs = []
            if kind == "oco":
                for leg in ("above", "below"):
                    p = {"symbol": sym, "side": self._need(params, "side"),
                         "type": "LIMIT", "timeInForce": "GTC",
                         "quantity": self._need(params, "quantity"),
                         "price": params.get(f"{leg}Price") or params.get(f"{leg}StopPrice"),
                         "newClientOrderId": params.get(f"{leg}ClientOrderId")}
                    if p["price"] is None:
                        raise ExchangeError(-1102, f"Mandatory parameter '{leg}Type' was not "
                                                   "sent, was empty/null, or malformed.")
                    legs.append(p)
            else:
                legs.append({"symbol": sym, "side": self._need(params, "workingSide"),
                             "type": "LIMIT", "timeInForce": "GTC",
                             "quantity": self._need(params, "workingQuantity"),
                             "price": self._need(params, "workingPrice")})
                legs.append({"symbol": sym, "side": self._need(params, "pendingSide"),
                             "type": "LIMIT", "timeInForce": "GTC",
                             "quantity": self._need(params, "pendingQuantity"),
                             "price": params.get("pendingPrice")
                             or params.get("pendingAbovePrice") or "1"})
            lid = self.next_list_id
            self.next_list_id += 1
            orders = []
            for p in legs:
                # order lists rest; keep them away from the touch so they never fill
                o = self._create({**p, "price": p["price"]})
                o["orderListId"] = lid
                orders.append(o)
            lst = {"orderListId": lid, "contingencyType": "Oco" if kind == "oco" else "Oto",
                   "listStatusType": "ExecStarted", "listOrderStatus": "Executing",
                   "transactionTime": _now_us(),
                   "listClientOrderId": params.get("listClientOrderId") or f"list-{lid}",
                   "symbol": sym, "orders": orders}
            self.order_lists[lid] = lst
            return self._list_msg(lst, params.get("newOrderRespType") or "FULL")

    def _list_view(self, lst: dict) -> dict:
        v = {k: lst[k] for k in ("orderListId", "contingencyType", "listStatusType",
                                 "listOrderStatus", "transactionTime", "listClientOrderId",
                                 "symbol")}
        v["orders"] = [{"orderId": o["orderId"], "symbol": o["info"].symbol,
                        "clientOrderId": o["clientOrderId"]} for o in lst["orders"]]
        return v

    def _list_msg(self, lst: dict, resp_type: str) -> dict:
        v = self._list_view(lst)
        info = lst["orders"][0]["info"]
        reports = [self._order_view(o) for o in lst["orders"]]
        name = {"ACK": "NewOrderListAckResponse", "RESULT": "NewOrderListResultResponse"}.get(
            resp_type, "NewOrderListFullResponse")
        return build(name, v, priceExponent=info.price_exp, qtyExponent=info.qty_exp,
                     orderReports=reports)

    def _find_list(self, params: dict) -> dict:
        lid = params.get("orderListId")
        lcid = params.get("listClientOrderId") or params.get("origClientOrderId")
        for lst in self.order_lists.values():
            if (lid is not None and str(lst["orderListId"]) == str(lid)) or (
                    lid is None and lcid is not None and lst["listClientOrderId"] == lcid):
                return lst
        raise ExchangeError(-2011, "Order list does not exist.")

    def get_order_list(self, params: dict) -> dict:
        with self.lock:
            return build("OrderListResponse", self._list_view(self._find_list(params)))

    def cancel_order_list(self, params: dict) -> dict:
        with self.lock:
            self._need(params, "symbol")
            lst = self._find_list(params)
            reports = []
            for o in lst["orders"]:
                if o["status"] in ("New", "PartiallyFilled"):
                    self._cancel({"symbol": o["info"].symbol, "orderId": o["orderId"]})
                reports.append(self._order_view(o))
            lst.update(listStatusType="AllDone", listOrderStatus="AllDone",
                       transactionTime=_now_us())
            info = lst["orders"][0]["info"]
            return build("CancelOrderListResponse", self._list_view(lst),
                         priceExponent=info.price_exp, qtyExponent=info.qty_exp,
                         orderReports=reports)

    def order_lists_of(self, params: dict, open_only: bool) -> dict:
        with self.lock:
            rows = [self._list_view(lst) for lst in self.order_lists.values()
                    if not open_only or lst["listOrderStatus"] == "Executing"]
            return build("OrderListsResponse", orderLists=rows)

    # -- account history ----------------------------------------------------------------

    def my_trades(self, params: dict) -> dict:
        with self.lock:
            sym = self.market.info(self._need(params, "symbol")).symbol
            rows = []
            for t in self.trades:
                if t["symbol"] != sym:
                    continue
                info = t["info"]
                rows.append({**t, "priceExponent": info.price_exp, "qtyExponent": info.qty_exp,
                             "commissionExponent": info.qty_exp, "orderListId": None})
            return build("AccountTradesResponse", trades=rows)

    def rate_limit_order(self, params: dict, count_10s: int, count_1d: int) -> dict:
        return build("AccountOrderRateLimitResponse", rateLimits=[
            {"rateLimitType": "Orders", "interval": "Second", "intervalNum": 10,
             "rateLimit": 100, "numOrders": count_10s},
            {"rateLimitType": "Orders", "interval": "Day", "intervalNum": 1,
             "rateLimit": 200000, "numOrders": count_1d}])

    def prevented_matches(self, params: dict) -> dict:
        sym = self.market.info(self._need(params, "symbol")).symbol
        info = self.market.info(sym)
        return build("AccountPreventedMatchesResponse", preventedMatches=[
            {"priceExponent": info.price_exp, "qtyExponent": info.qty_exp,
             "preventedMatchId": 1, "takerOrderId": 5, "makerOrderId": 3, "tradeGroupId": 1,
             "selfTradePreventionMode": "ExpireMaker", "price": info.mid,
             "makerPreventedQuantity": 10 ** info.qty_decimals, "transactTime": _now_us(),
             "symbol": sym, "makerSymbol": sym}])

    def allocations(self, params: dict) -> dict:
        sym = self.market.info(self._need(params, "symbol")).symbol
        info = self.market.info(sym)
        return build("AccountAllocationsResponse", allocations=[
            {"priceExponent": info.price_exp, "qtyExponent": info.qty_exp,
             "commissionExponent": info.qty_exp, "allocationId": 0, "allocationType": 0,
             "orderId": 1, "orderListId": None, "price": info.mid, "qty": 10 ** info.qty_decimals,
             "quoteQty": info.mid, "commission": 0, "time": _now_us(), "isBuyer": True,
             "isMaker": False, "isAllocator": False, "symbol": sym, "commissionAsset": info.base,
             "sourceSymbol": sym}])
