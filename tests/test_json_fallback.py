"""JSON answers come back in the SBE decoded shape (issue 10): every endpoint of the table
asked once as SBE and once as JSON against the local server gives equal results; Binance's
documented JSON shapes convert; hostile JSON raises a typed error naming the JSON path."""

import asyncio
import json
import os
from decimal import Decimal
from pathlib import Path

import numpy as np
import pytest

pytest.importorskip("httpx")

from _localbinance_fixtures import ENDPOINTS, NUMPY_BY_DEFAULT, RawServer, answer_with, http_answer  # noqa: E402

from sbe import spot  # noqa: E402
from sbe.binance import json_shape as js  # noqa: E402
from sbe.binance.endpoints import ENDPOINTS as TABLE  # noqa: E402
from sbe.client import BinanceAPIError, CancelReplaceError, Client, UnexpectedResponseError  # noqa: E402
from sbe.errors import EncodeError, JsonShapeError  # noqa: E402
from sbe.testing import LocalBinance  # noqa: E402

#: answers holding the server's "now": equal over both formats up to the clock
_NOW = {"server_time", "my_prevented_matches", "my_allocations"}


def same(a, b, path="$", now_ok=False):
    """Deep equality that also compares numpy arrays (dtype and values) and types."""
    if isinstance(a, np.ndarray) or isinstance(b, np.ndarray):
        assert isinstance(a, np.ndarray) and isinstance(b, np.ndarray), path
        assert a.dtype == b.dtype, (path, a.dtype, b.dtype)
        for n in a.dtype.names or [None]:  # field by field: NaN (a null) equals NaN
            x, y = (a, b) if n is None else (a[n], b[n])
            nan = x.dtype.kind == "f"
            assert np.array_equal(x, y, equal_nan=nan), (path, n)
        return
    if isinstance(a, dict):
        assert isinstance(b, dict) and list(a) == list(b), (path, list(a), list(b))
        for k in a:
            same(a[k], b[k], f"{path}.{k}", now_ok)
        return
    if isinstance(a, list):
        assert isinstance(b, list) and len(a) == len(b), path
        for i, (x, y) in enumerate(zip(a, b)):
            same(x, y, f"{path}[{i}]", now_ok)
        return
    assert type(a) is type(b), (path, type(a), type(b))
    if now_ok and isinstance(a, int) and a > 10 ** 15:  # a µs time of the server's clock
        assert 0 <= b - a < 60_000_000, (path, a, b)
        return
    assert a == b, (path, a, b)


@pytest.fixture(scope="module")
def both():
    """(server, SBE client, JSON-only client, recorder of the SBE bytes behind each answer)."""
    with LocalBinance() as srv:
        seen = []
        for ep in TABLE.values():  # every handler's result, as the SBE bytes it becomes
            h = getattr(srv, "_h_" + ep.name)

            def rec(req, _h=h, _name=ep.name):
                r = _h(req)
                seen.append((_name, r if isinstance(r, bytes) else spot.encode(r)))
                return r
            setattr(srv, "_h_" + ep.name, rec)
        with srv.client() as c, srv.client(accept_json=True,
                                           headers={"Accept": "application/json"}) as j:
            yield srv, c, j, seen


def _call(client, name, args, kw, **opts):
    return getattr(client, name)(*args, **kw, **opts)


@pytest.mark.parametrize("name,args,kw,want", ENDPOINTS,
                         ids=[f"{e[0]}-{i}" for i, e in enumerate(ENDPOINTS)])
def test_every_stateless_endpoint_both_ways(both, name, args, kw, want):
    srv, c, j, seen = both
    for opts in ({}, {"decimals": "float"}):
        a = _call(c, name, args, kw, **opts)
        assert c.last_response.format == "sbe"
        b = _call(j, name, args, kw, **opts)
        assert j.last_response.format == "json" and b["$message"] == want
        same(a, b, now_ok=name in _NOW)
        # and exactly the bytes the server encoded for the JSON answer
        same(spot.decode(seen[-1][1], groups="numpy" if name in NUMPY_BY_DEFAULT else "list",
                         **opts), b)
    for g in NUMPY_BY_DEFAULT.get(name, ()):
        assert isinstance(b[g], np.ndarray)


def test_decimal_and_list_options(both):
    srv, c, j, seen = both
    for opts in ({"decimals": "decimal", "groups": "list"}, {"decimals": "raw", "groups": "list"}):
        a = c.depth("ETHBTC", 50, **opts)
        b = j.depth("ETHBTC", 50, **opts)
        same(a, b)
    assert isinstance(b["bids"][0]["price"], int)
    assert isinstance(j.depth("ETHBTC", 5, decimals="decimal", groups="list")["bids"][0]["price"],
                      Decimal)


def test_every_order_endpoint_over_json(both):
    """The order endpoints change state: each JSON answer is compared with the SBE bytes the
    server built for that very answer."""
    srv, c, j, seen = both
    called = set()

    def check(name, *args, **kw):
        called.add(name)
        n = len(seen)
        b = getattr(j, name)(*args, **kw)
        assert j.last_response.format == "json"
        assert len(seen) == n + 1 and seen[-1][0] == name
        same(spot.decode(seen[-1][1]), b)
        return b

    o = check("new_order", "BNBUSDT", "BUY", "LIMIT", quantity="1", price="500",
              time_in_force="GTC", new_order_resp_type="RESULT")
    assert o["$message"] == "NewOrderResultResponse"
    ack = check("new_order", "BNBUSDT", "BUY", "LIMIT", quantity="2", price="501",
                time_in_force="GTC", new_order_resp_type="ACK")
    assert ack["$message"] == "NewOrderAckResponse"
    full = check("new_order", "BNBUSDT", "BUY", "MARKET", quantity="1")
    assert full["$message"] == "NewOrderFullResponse" and len(full["fills"]) == 1
    check("get_order", "BNBUSDT", o["orderId"])
    check("amend_order", "BNBUSDT", "0.5", order_id=o["orderId"])
    check("order_amendments", "BNBUSDT", o["orderId"])
    check("open_orders", "BNBUSDT")
    check("cancel_order", "BNBUSDT", ack["orderId"])
    gone = check("cancel_open_orders", "BNBUSDT")
    assert gone["responses"][0]["response"]["$message"] == "CancelOrderResponse"
    x = check("new_order", "BTCUSDT", "BUY", "LIMIT", quantity="0.002", price="60000",
              time_in_force="GTC")
    r = check("cancel_replace", "BTCUSDT", "BUY", "LIMIT", cancel_order_id=x["orderId"],
              quantity="0.002", price="61000", time_in_force="GTC")
    assert r["cancelResponse"]["$message"] == "CancelOrderResponse"
    oco = check("new_oco", "BTCUSDT", "SELL", "0.01", above_type="LIMIT_MAKER",
                above_price="95000", below_type="STOP_LOSS_LIMIT", below_price="95500",
                below_stop_price="96000", below_time_in_force="GTC")
    assert oco["$message"] == "NewOrderListFullResponse"
    check("new_oto", "BTCUSDT", working_type="LIMIT", working_side="BUY",
          working_quantity="0.01", working_price="50000", pending_type="LIMIT",
          pending_side="SELL", pending_quantity="0.01", pending_price="99000",
          new_order_resp_type="ACK")
    check("new_otoco", "BTCUSDT", working_type="LIMIT", working_side="BUY",
          working_quantity="0.01", working_price="50000", pending_side="SELL",
          pending_quantity="0.01", pending_above_type="LIMIT_MAKER",
          pending_above_price="99000", new_order_resp_type="RESULT")
    check("get_order_list", oco["orderListId"])
    check("open_order_lists")
    check("all_order_lists")
    check("cancel_order_list", "BTCUSDT", oco["orderListId"])
    stateless = {e[0] for e in ENDPOINTS}
    assert called | stateless == set(TABLE), set(TABLE) - called - stateless


def test_cancel_replace_failure_data_is_decoded_over_json(both):
    srv, c, j, seen = both
    x = j.new_order("BTCUSDT", "BUY", "LIMIT", quantity="0.002", price="60000",
                    time_in_force="GTC")
    with pytest.raises(CancelReplaceError) as ei:
        j.cancel_replace("BTCUSDT", "BUY", "LIMIT", "ALLOW_FAILURE", cancel_order_id=x["orderId"],
                         quantity="1000", price="61000", time_in_force="GTC")
    e = ei.value
    assert e.format == "json" and e.code == -2021
    assert e.data["$message"] == "CancelReplaceOrderResponse"
    assert e.cancel_result == "SUCCESS" and e.new_order_result == "FAILURE"
    assert e.cancel_response["$message"] == "CancelOrderResponse"
    assert e.new_order_response["$message"] == "ErrorResponse"
    assert e.new_order_response["code"] == -2010


def test_async_client_same_shape(both):
    srv, c, j, seen = both

    async def go():
        async with srv.async_client(accept_json=True, headers={"Accept": "application/json"},
                                    decimals="float") as a:
            return await a.depth("BTCUSDT", 100), a.last_response.format
    b, fmt = asyncio.run(go())
    assert fmt == "json"
    same(c.depth("BTCUSDT", 100, decimals="float"), b)


def test_raw_json_on_request(both):
    srv, c, j, seen = both
    with srv.client(accept_json=True, headers={"Accept": "application/json"},
                    json_result="raw") as r:
        book = r.depth("BTCUSDT", 2)
        assert set(book) == {"lastUpdateId", "bids", "asks"}
        assert isinstance(book["bids"][0][0], str)
    with pytest.raises(ValueError, match="json_result"):
        Client(json_result="shaped")


def test_server_json_looks_like_binance(both):
    """Shapes as in Binance's documentation (keys, arrays, strings, letters)."""
    srv, c, j, seen = both
    import httpx
    h = {"Accept": "application/json"}
    d = httpx.get(srv.url + "/api/v3/depth?symbol=BTCUSDT&limit=2", headers=h).json()
    assert set(d) == {"lastUpdateId", "bids", "asks"}
    assert all(isinstance(x, str) for lvl in d["bids"] for x in lvl) and len(d["bids"][0]) == 2
    ag = httpx.get(srv.url + "/api/v3/aggTrades?symbol=BTCUSDT&limit=1", headers=h).json()
    assert set(ag[0]) == {"a", "p", "q", "f", "l", "T", "m", "M"}
    kl = httpx.get(srv.url + "/api/v3/klines?symbol=BTCUSDT&interval=1m&limit=1",
                   headers=h).json()
    assert isinstance(kl[0][0], int) and kl[0][0] < 10 ** 13  # ms without the header
    xi = httpx.get(srv.url + "/api/v3/exchangeInfo?symbol=BTCUSDT", headers=h).json()
    f = {x["filterType"]: x for x in xi["symbols"][0]["filters"]}
    assert set(f["PRICE_FILTER"]) == {"filterType", "minPrice", "maxPrice", "tickSize"}
    assert isinstance(xi["symbols"][0]["orderTypes"], list)
    assert isinstance(xi["symbols"][0]["permissionSets"][0], list)
    assert xi["rateLimits"][0]["rateLimitType"] == "REQUEST_WEIGHT"
    assert xi["sors"][0] == {"symbols": ["BTCUSDT", "BTCFDUSD"], "baseAsset": "BTC"}
    from sbe.testing import build
    empty = js.to_json(spot.encode(build("ExchangeInfoResponse")))
    assert empty == {"rateLimits": [], "exchangeFilters": [], "symbols": []}  # jsonOmitNull


# -- Binance's documented JSON examples (developers.binance.com, Spot REST API) -------------

DOC_DEPTH = {"lastUpdateId": 1027024, "bids": [["4.00000000", "431.00000000"]],
             "asks": [["4.00000200", "12.00000000"]]}
DOC_KLINE = [[1499040000000, "0.01634790", "0.80000000", "0.01575800", "0.01577100",
              "148976.11427815", 1499644799999, "2434.19055334", 308, "1756.87402397",
              "28.46694368", "0"]]
DOC_AGG = [{"a": 26129, "p": "0.01633102", "q": "4.70443515", "f": 27781, "l": 27781,
            "T": 1498793709153, "m": True, "M": True}]
DOC_ORDER_FULL = {
    "symbol": "BTCUSDT", "orderId": 28, "orderListId": -1,
    "clientOrderId": "6gCrw2kRUAF9CvJDGP16IP", "transactTime": 1507725176595,
    "price": "0.00000000", "origQty": "10.00000000", "executedQty": "10.00000000",
    "origQuoteOrderQty": "0.000000", "cummulativeQuoteQty": "10.00000000", "status": "FILLED",
    "timeInForce": "GTC", "type": "MARKET", "side": "SELL", "workingTime": 1507725176595,
    "selfTradePreventionMode": "NONE",
    "fills": [{"price": "4000.00000000", "qty": "1.00000000", "commission": "4.00000000",
               "commissionAsset": "USDT", "tradeId": 56}]}
DOC_FILTERS = [
    {"filterType": "PRICE_FILTER", "minPrice": "0.00000100", "maxPrice": "100000.00000000",
     "tickSize": "0.00000100"},
    {"filterType": "LOT_SIZE", "minQty": "0.00100000", "maxQty": "100000.00000000",
     "stepSize": "0.00100000"},
    {"filterType": "ICEBERG_PARTS", "limit": 10},
    {"filterType": "NOTIONAL", "minNotional": "10.00000000", "applyMinToMarket": False,
     "maxNotional": "10000.00000000", "applyMaxToMarket": False, "avgPriceMins": 5},
    {"filterType": "MAX_NUM_ORDERS", "maxNumOrders": 25},
    {"filterType": "T_PLUS_SELL", "endTime": -1},
]


def test_documented_depth():
    raw = js.from_json(DOC_DEPTH, "DepthResponse")
    assert raw["priceExponent"] == -8 and raw["bids"][0] == {"price": 400000000,
                                                             "qty": 43100000000}
    f = js.from_json(DOC_DEPTH, "DepthResponse", decimals="float", groups="numpy")
    assert f["asks"]["price"][0] == 4.000002 and f["bids"]["qty"][0] == 431.0
    d = js.from_json(DOC_DEPTH, "DepthResponse", decimals="decimal")
    assert d["asks"][0]["price"] == Decimal("4.00000200")


def test_documented_klines_and_agg_trades_ms():
    k = js.from_json(DOC_KLINE, "KlinesResponse", time_unit="ms", groups="numpy",
                     decimals="float")["klines"]
    assert k["openTime"][0] == 1499040000000000 and k["closeTime"][0] == 1499644799999000
    assert k["numTrades"][0] == 308 and k["volume"][0] == 148976.11427815
    a = js.from_json(DOC_AGG, "AggTradesResponse", time_unit="ms")["aggTrades"][0]
    assert a["aggTradeId"] == 26129 and a["time"] == 1498793709153000
    assert a["isBuyerMaker"] is True and a["firstTradeId"] == 27781


def test_documented_order_picks_message_and_fills_gaps():
    names = TABLE["new_order"].messages
    m = js.from_json(DOC_ORDER_FULL, names, time_unit="ms", decimals="decimal")
    assert m["$message"] == "NewOrderFullResponse"
    assert m["orderType"] == spot.orderType.Market and m["status"].name == "Filled"
    assert m["orderListId"] is None  # jsonDefaultValue -1 is the null
    assert m["usedSor"] is False and m["preventedQuantity"] == 0  # left out by Binance
    assert m["workingFloor"].name == "NonRepresentable"
    assert m["fills"][0]["commission"] == Decimal(4) and m["fills"][0]["tradeId"] == 56
    assert m["preventedMatches"] == []
    ack = {k: DOC_ORDER_FULL[k] for k in ("symbol", "orderId", "orderListId", "clientOrderId",
                                          "transactTime")}
    assert js.pick_message(ack, names) == "NewOrderAckResponse"
    result = {k: v for k, v in DOC_ORDER_FULL.items() if k != "fills"}
    assert js.pick_message(result, names) == "NewOrderResultResponse"


def _xi():
    return {"rateLimits": [], "exchangeFilters": [],
           "symbols": [{"symbol": "ETHBTC", "status": "TRADING", "baseAsset": "ETH",
                        "baseAssetPrecision": 8, "quoteAsset": "BTC", "quoteAssetPrecision": 8,
                        "baseCommissionPrecision": 8, "quoteCommissionPrecision": 8,
                        "orderTypes": ["LIMIT", "MARKET"], "icebergAllowed": True,
                        "ocoAllowed": True, "otoAllowed": True,
                        "quoteOrderQtyMarketAllowed": True, "allowTrailingStop": False,
                        "cancelReplaceAllowed": False, "amendAllowed": True,
                        "isSpotTradingAllowed": True, "isMarginTradingAllowed": True,
                        "filters": DOC_FILTERS, "permissions": [],
                        "permissionSets": [["SPOT", "MARGIN"]],
                        "defaultSelfTradePreventionMode": "NONE",
                        "allowedSelfTradePreventionModes": ["NONE"]}],
           "timezone": "UTC", "serverTime": 1565246363776}


def test_nested_filters_by_filter_type():
    xi = _xi()
    m = js.from_json(xi, "ExchangeInfoResponse", decimals="float")
    s = m["symbols"][0]
    got = [f["filter"]["$message"] for f in s["filters"]]
    assert got == ["PriceFilter", "LotSizeFilter", "IcebergPartsFilter", "NotionalFilter",
                   "MaxNumOrdersFilter", "TPlusSellFilter"]
    assert s["filters"][0]["filter"]["tickSize"] == 0.000001
    assert s["filters"][2]["filter"]["filterLimit"] == 10      # jsonPath "limit"
    assert s["filters"][3]["filter"]["applyMinToMarket"] is False
    assert s["filters"][5]["filter"]["endTime"] is None         # -1 = null
    assert [p["permission"] for p in s["permissionSets"][0]["permissions"]] == ["SPOT", "MARGIN"]
    assert s["orderTypes"] == spot.orderTypes.Limit | spot.orderTypes.Market
    assert m["sors"] == []
    # an enum string newer than the schema reads as NonRepresentable, like SBE sends it
    xi["symbols"][0]["status"] = "SOMETHING_NEW"
    assert js.from_json(xi, "ExchangeInfoResponse")["symbols"][0]["status"].name == \
        "NonRepresentable"


def test_defaults_read_as_null():
    m = js.from_json({"mins": 5, "price": "0.00", "closeTime": -1}, "AveragePriceResponse")
    assert m["price"] is None and m["closeTime"] is None and m["priceExponent"] == -2
    m = js.from_json({"mins": 5, "price": "9.35751834", "closeTime": 1694061154503000},
                     "AveragePriceResponse", decimals="float")
    assert m["price"] == 9.35751834 and m["closeTime"] == 1694061154503000


# -- hostile JSON -------------------------------------------------------------------------

@pytest.mark.parametrize("obj,message,where,what", [
    ({"bids": [], "asks": []}, "DepthResponse", "$.lastUpdateId", "missing"),
    ({"lastUpdateId": 1, "bids": [["1.0", "2"], ["1.0", "2"], ["1.0", "2"], [None, "2"]],
      "asks": []}, "DepthResponse", "$.bids[3][0]", "missing"),
    ({"lastUpdateId": 1, "bids": [["1.0", {"x": 1}]], "asks": []}, "DepthResponse",
     "$.bids[0][1]", "decimal"),
    ({"lastUpdateId": 1, "bids": [["1.0", "abc"]], "asks": []}, "DepthResponse",
     "$.bids[0][1]", "decimal"),
    ({"lastUpdateId": "1", "bids": [], "asks": []}, "DepthResponse", "$.lastUpdateId",
     "integer"),
    ({"lastUpdateId": 2 ** 64, "bids": [], "asks": []}, "DepthResponse", "$.lastUpdateId",
     "range"),
    ({"lastUpdateId": 1, "bids": {"1": 2}, "asks": []}, "DepthResponse", "$.bids", "array"),
    ({"lastUpdateId": 1, "bids": [["1E-200", "1"]], "asks": []}, "DepthResponse",
     "$.bids[0][0]", "exponent8"),
    ({"lastUpdateId": 1, "bids": [["100000000000000000000.5", "1"]], "asks": []}, "DepthResponse",
     "$.bids[0][0]", "range"),
    ([1, 2], "DepthResponse", "$", "object"),
    ([{"a": 1, "p": "1", "q": "1", "f": 1, "l": 1, "m": True, "M": True}],
     "AggTradesResponse", "$[0].T", "missing"),
    ([{"a": 1, "p": "1", "q": "1", "f": 1, "l": 1, "T": 1, "m": "yes", "M": True}],
     "AggTradesResponse", "$[0].m", "true/false"),
    ({"rateLimits": [], "exchangeFilters": [{"filterType": 7}], "symbols": []},
     "ExchangeInfoResponse", "$.exchangeFilters[0].filterType", "unknown"),
    ({"rateLimits": [], "exchangeFilters": ["x"], "symbols": []},
     "ExchangeInfoResponse", "$.exchangeFilters[0]", "object"),
])
def test_hostile_json_is_a_typed_error_with_path(obj, message, where, what):
    with pytest.raises(JsonShapeError) as ei:
        js.from_json(obj, message)
    e = ei.value
    assert isinstance(e, ValueError)
    assert e.location == where, (e.location, str(e))
    assert what in str(e), str(e)


def test_newer_than_schema_values_and_long_text():
    xi = _xi()
    xi["symbols"][0]["orderTypes"] = ["LIMIT", "TELEPORT"]   # a choice newer than the schema
    xi["symbols"][0]["filters"] = DOC_FILTERS + [{"filterType": "NEW_FILTER", "x": "1"}]
    m = js.from_json(xi, "ExchangeInfoResponse")["symbols"][0]
    assert m["orderTypes"] == spot.orderTypes.Limit
    assert m["filters"][-1]["filter"]["$message"] == "NonRepresentableMessage"
    xi["symbols"][0]["orderTypes"] = ["LIMIT", 3]
    with pytest.raises(JsonShapeError) as ei:
        js.to_message(xi, "ExchangeInfoResponse")
    assert ei.value.location == "$.symbols[0].orderTypes[1]"
    xi = _xi()
    xi["symbols"][0]["symbol"] = "X" * 300
    with pytest.raises(JsonShapeError) as ei:
        js.to_message(xi, "ExchangeInfoResponse")
    assert ei.value.location == "$.symbols[0].symbol" and "255" in str(ei.value)
    xi["symbols"][0]["symbol"] = "BAD\ud800"  # a lone surrogate (json.loads accepts it)
    with pytest.raises(JsonShapeError) as ei:
        js.to_message(xi, "ExchangeInfoResponse")
    assert ei.value.location == "$.symbols[0].symbol" and "UTF-8" in str(ei.value)


def test_nesting_is_bounded():
    err = {"code": -2022, "msg": "x"}
    for _ in range(40):  # ErrorResponse.data -> CancelReplaceOrderResponse -> ErrorResponse ...
        err = {"code": -2022, "msg": "x", "data": {"cancelResult": "FAILURE",
                                                   "newOrderResult": "NOT_ATTEMPTED",
                                                   "cancelResponse": err}}
    with pytest.raises(JsonShapeError, match="deeper than 32"):
        js.from_json(err, "ErrorResponse")


def test_client_reports_the_json_path():
    body = json.dumps({"lastUpdateId": 5, "bids": [["1.0", "x"]], "asks": []}).encode()
    with RawServer(answer_with(http_answer(200, body))) as srv, \
            Client(base_url=srv.url, accept_json=True) as c:
        with pytest.raises(UnexpectedResponseError) as ei:
            c.depth("BTCUSDT")
    assert "$.bids[0][1]" in str(ei.value) and ei.value.status == 200
    assert isinstance(ei.value.__cause__, JsonShapeError)


def test_error_json_still_maps_to_api_error(both):
    srv, c, j, seen = both
    with pytest.raises(BinanceAPIError) as ei:
        j.get_order("BTCUSDT", 987654321)
    assert ei.value.code == -2013 and ei.value.format == "json"


def test_flat_groups_same_as_sbe():
    from sbe.testing import MarketData
    raw = spot.encode(MarketData().exchange_info(["BTCUSDT", "ETHBTC"]))
    j = json.loads(json.dumps(js.to_json(raw)))
    for dec in ("raw", "float", "decimal"):
        assert js.from_json(j, "ExchangeInfoResponse", groups="flat", decimals=dec) == \
            spot.decode(raw, groups="flat", decimals=dec)


def test_round_trip_is_byte_exact():
    from sbe.testing import MarketData
    md = MarketData()
    for raw in (md.depth_bytes("SOLUSDT", 20), spot.encode(md.exchange_info(["BTCUSDT"])),
                spot.encode(md.klines("BTCUSDT", "1h", 5))):
        msg = spot.decode(raw)
        assert spot.encode(js.to_message(js.to_json(raw), msg["$message"])) == raw


_REAL = Path(os.environ.get("SBE_REAL_CAPTURES", Path(__file__).resolve().parents[2]
                            / "shared" / "real-captures"))


def test_real_capture_sbe_to_json_and_back():
    """A REST answer Binance's shape (hand-built from nautilus_trader's test values) survives
    SBE -> Binance JSON -> decoded shape unchanged."""
    f = _REAL / "handbuilt" / "http_depth.bin"
    if not f.exists():
        pytest.skip(f"real captures not present ({f})")
    raw = f.read_bytes()
    try:
        want = spot.decode(raw, decimals="float")
    except ValueError as e:
        pytest.skip(f"capture is not a {spot.SCHEMA_ID}:{spot.SCHEMA_VERSION} message: {e}")
    j = js.to_json(raw)
    assert set(j) == {"lastUpdateId", "bids", "asks"}
    same(want, js.from_json(json.loads(json.dumps(j)), want["$message"], decimals="float"))


# -- the fast path (fixed-entry groups read column-wise) equals the walk ---------------------

def _walk(obj, message, time_unit="us", **opts):
    """The general path alone: the walk, the codec's encode, the decoder."""
    msg = js.to_message(obj, message, time_unit=time_unit)
    try:
        buf = spot.encode(msg)
    except EncodeError as exc:  # as from_json says it
        raise JsonShapeError(f"cannot represent the JSON as {msg['$message']}: {exc}",
                             path=[]) from None
    return spot.decode(buf, **opts)


def _both(obj, message, time_unit="us"):
    """from_json (fast path when it applies) and the walk agree, values or error."""
    try:
        want = [_walk(obj, message, time_unit, decimals=d, groups=g)
                for d in ("raw", "float", "decimal") for g in ("list", "numpy")]
    except JsonShapeError as e:
        with pytest.raises(JsonShapeError) as ei:
            js.from_json(obj, message, time_unit=time_unit)
        assert (ei.value.location, str(ei.value)) == (e.location, str(e))
        return None
    got = [js.from_json(obj, message, time_unit=time_unit, decimals=d, groups=g)
           for d in ("raw", "float", "decimal") for g in ("list", "numpy")]
    for a, b in zip(want, got):
        same(a, b)
    return got


_PLAIN = ["0", "-0", "0.10000000", "87000.01", "87000.01000000", "-0.00", "1", "00012.5",
          "123456789.12345678", "-5.5", "0.00000001"]
#: at the edge of int64 mantissas: with other strings' places some no longer fit
_EDGE = ["999999999999999999", "0.000000000000000001", "123456789.123456789",
         "9223372036854775807", "-9223372036854775807", "9223372036854775808"]
_ODD = ["1e-8", "1E+2", " 1.5", "1.5 ", "+1.5", "1.", ".5", "-.5", "1,5", "1.2.3", "",
        "\u0661\u0662", "9999999999999999999", "1" * 30, "0." + "0" * 40 + "1", "NaN",
        "Infinity", "-", "--1", "1-", "1.5\x00", 7, 2.5, True, None, [], "1_0"] + _EDGE


def _dec(rng, odd=0.0):
    if rng.random() < odd:
        return rng.choice(_ODD)
    if rng.random() < 0.3:
        return rng.choice(_PLAIN)
    places = rng.randrange(0, 9)
    whole = rng.randrange(0, 10 ** rng.randrange(1, 9))
    s = str(whole) if not places else f"{whole}.{rng.randrange(10 ** places):0{places}d}"
    return "-" + s if rng.random() < 0.1 else s


def test_fast_path_is_taken_for_the_hot_shapes():
    from sbe.testing import MarketData
    md = MarketData()
    for raw in (md.depth_bytes("BTCUSDT", 50), spot.encode(md.klines("BTCUSDT", "1h", 20)),
                spot.encode(md.agg_trades("BTCUSDT", 20)),
                spot.encode(md.trades("BTCUSDT", 20))):
        name = spot.decode(raw)["$message"]
        obj = json.loads(json.dumps(js.to_json(raw)))
        assert js._from_json_fast(obj, name, "us", spot) == raw  # byte for byte the SBE answer
        _both(obj, name)


def test_fast_path_equals_walk_on_random_depth():
    import random
    rng = random.Random(1234)
    for trial in range(150):
        odd = 0.0 if trial < 50 else 0.02
        book = {"lastUpdateId": rng.randrange(2 ** 40),
                "bids": [[_dec(rng, odd), _dec(rng, odd)] for _ in range(rng.randrange(0, 12))],
                "asks": [[_dec(rng, odd), _dec(rng, odd)] for _ in range(rng.randrange(0, 12))]}
        got = _both(book, "DepthResponse")
        if odd == 0.0:
            assert got is not None
            assert js._from_json_fast(book, "DepthResponse", "us", spot) is not None


def test_fast_path_equals_walk_on_random_klines_and_trades():
    import random
    rng = random.Random(99)
    for trial in range(80):
        odd = 0.0 if trial < 30 else 0.02
        t = rng.choice([0, 1, 1499040000000, 2 ** 40])
        rows = [[t, _dec(rng, odd), _dec(rng, odd), _dec(rng, odd), _dec(rng, odd),
                 _dec(rng, odd), t + 59999, _dec(rng, odd), rng.randrange(10 ** 6),
                 _dec(rng, odd), _dec(rng, odd)] + (["0"] if trial % 2 else [])
                for _ in range(rng.randrange(0, 8))]
        for unit in ("us", "ms"):
            _both(rows, "KlinesResponse", unit)
        agg = [{"a": rng.randrange(2 ** 40), "p": _dec(rng, odd), "q": _dec(rng, odd),
                "f": 5, "l": 6, "T": t, "m": rng.random() < 0.5, "M": True}
               for _ in range(rng.randrange(0, 8))]
        _both(agg, "AggTradesResponse")
        if odd == 0.0:
            assert js._from_json_fast(rows, "KlinesResponse", "us", spot) is not None
            assert js._from_json_fast(agg, "AggTradesResponse", "us", spot) is not None


@pytest.mark.parametrize("odd", _ODD, ids=[repr(x)[:20] for x in _ODD])
def test_fast_path_declines_odd_decimals_like_the_walk(odd):
    """Each odd value in a big book: the fast path gives way and the result (or the error
    and its $.path) is the walk's."""
    bids = [["1.5", "2"]] * 40 + [["3.25", odd]] + [["1", "1"]] * 5
    book = {"lastUpdateId": 7, "bids": bids, "asks": [[odd, "1.0"]]}
    _both(book, "DepthResponse")


@pytest.mark.parametrize("rows", [
    [["1.0", "2"], "12"],                           # a string row of two characters
    [["1.0", "2"], ["1.0"]],                        # a short row
    [["1.0", "2"], ["1.0", "2", "3"]],              # a longer one (the walk ignores the rest)
    [["1.0", "2"], {"0": "1", "1": "2"}],           # an object row
    [["1.0", "2"], ("1.0", "2")],                   # not a JSON array
    [["1.0", "2"], ["1.0", 2 ** 70]],
    [["1.0", "2"], ["99999999999999999999", "1"]],  # 20 digits: the walk's range check
    [["1.0", "2"], ["0.0000000000000000001", "1"]],  # 19 places: the scaled ones overflow
    [["1.0", "2"], 5],                              # not even sized
    [["1.0", "2"], None],
    [["1.0", "2"], [None, "1"]],
])
def test_fast_path_hostile_groups_same_error(rows):
    _both({"lastUpdateId": 1, "bids": rows, "asks": []}, "DepthResponse")


def test_fast_path_hostile_entries_same_error():
    ok = {"a": 1, "p": "1.5", "q": "2", "f": 1, "l": 1, "T": 5, "m": True, "M": False}
    for k, v in [("m", 1), ("T", "5"), ("a", 2 ** 64), ("a", -1), ("T", 2 ** 62), ("p", None),
                 ("q", 3), ("M", None), ("f", True)]:
        _both([ok, dict(ok, **{k: v})], "AggTradesResponse")
        _both([ok, dict(ok, **{k: v})], "AggTradesResponse", "ms")
    _both([ok, {kk: vv for kk, vv in ok.items() if kk != "T"}], "AggTradesResponse")
    _both([ok, dict(ok, extra="x")], "AggTradesResponse")
    _both([ok, [1, 2]], "AggTradesResponse")
    _both([ok, 3], "AggTradesResponse")
    rows = [[1, "1.0", "2", "0.5", "1.5", "10", 2, "3", 4, "5", "6"]] * 3
    for bad in ([rows[0], 7], [rows[0], rows[0][:5]], [rows[0], rows[0][:8] + [4.0] + rows[0][9:]],
                [rows[0], [True] + rows[0][1:]], [rows[0], rows[0][:6] + [None] + rows[0][7:]]):
        _both(bad, "KlinesResponse")


def test_fast_path_tickers_equal_walk():
    """Ticker lists: an exponent per entry (its own strings' finest scale), "0" prices read as
    null, a float percent, the symbol text after each block."""
    import random
    from sbe.testing import MarketData
    md = MarketData()
    for name in ("PriceTickerResponse", "BookTickerResponse", "Ticker24hMiniResponse",
                 "Ticker24hFullResponse", "TickerFullResponse"):
        raw = spot.encode(md.ticker_list(name))
        obj = json.loads(json.dumps(js.to_json(raw)))
        assert js._from_json_fast(obj, name, "us", spot) == raw
        _both(obj, name)
        _both([], name)
    rng = random.Random(5)
    base = json.loads(json.dumps(js.to_json(spot.encode(md.ticker_list("Ticker24hFullResponse")))))
    odd_pct = ["1e5", "nan", "-inf", "1e39", "-0.0", " 2.5", "x", 3, None, True]
    odd_sym = ["ÉTHBTC", "X" * 300, "Y" * 200, "", "BAD\ud800", 5, None]
    for trial in range(60):
        rows = [dict(r) for r in rng.sample(base, rng.randrange(0, 8))]
        for r in rows:
            for k in ("lastPrice", "bidPrice", "askPrice", "openPrice", "volume", "bidQty"):
                r[k] = _dec(rng, 0.0 if trial < 20 else 0.05)
            if rng.random() < 0.3:
                r["bidPrice"] = rng.choice(["0", "0.00000000", "0.0"])
            if trial >= 20 and rng.random() < 0.1:
                r["priceChangePercent"] = rng.choice(odd_pct)
            if trial >= 20 and rng.random() < 0.1:
                r["symbol"] = rng.choice(odd_sym)
        got = _both(rows, "Ticker24hFullResponse")
        if trial < 20 and got is not None:
            assert js._from_json_fast(rows, "Ticker24hFullResponse", "us", spot) is not None
