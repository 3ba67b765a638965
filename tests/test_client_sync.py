"""The sync client against the local Binance-like server over real sockets."""

import logging
import warnings
from decimal import Decimal

import numpy as np
import pytest

pytest.importorskip("httpx")
pytest.importorskip("cryptography")

from sbe.client import (BinanceAPIError, CancelReplaceError, Client, ConnectError,  # noqa: E402
                        ExecutionStatusUnknown, IPBannedError, RateLimitError, RequestTimeout,
                        SBENotEnabledError, SchemaDeprecatedWarning, UnexpectedResponseError)
from _localbinance_fixtures import (ENDPOINTS, NUMPY_BY_DEFAULT, _reset, rsa_key,  # noqa: E402,F401
                                    srv)


@pytest.fixture
def client(srv):
    with srv.client() as c:
        yield c


@pytest.mark.parametrize("name,args,kw,expected", ENDPOINTS,
                         ids=[f"{e[0]}-{i}" for i, e in enumerate(ENDPOINTS)])
def test_named_endpoints(client, name, args, kw, expected):
    msg = getattr(client, name)(*args, **kw)
    assert msg["$message"] == expected
    for g in NUMPY_BY_DEFAULT.get(name, ()):
        assert isinstance(msg[g], np.ndarray), g
        assert len(msg[g]) > 0
    assert client.last_response.format == "sbe"
    assert client.last_response.used_weight["1m"] > 0


def test_depth_5000_numpy_float(srv):
    with srv.client(decimals="float") as c:
        book = c.depth("BTCUSDT", limit=5000)
    assert book["bids"].shape == (5000,) and book["asks"].shape == (5000,)
    assert book["bids"].dtype.names == ("price", "qty")
    assert book["bids"]["price"][0] < book["asks"]["price"][0]
    assert np.all(np.diff(book["bids"]["price"]) < 0)
    assert np.all(np.diff(book["asks"]["price"]) > 0)


def test_decoder_options_pass_through(client):
    raw = client.depth("BTCUSDT", limit=5, groups="list")
    assert isinstance(raw["bids"], list) and isinstance(raw["bids"][0]["price"], int)
    assert "priceExponent" in raw
    dec = client.depth("BTCUSDT", limit=5, decimals="decimal", groups="list")
    assert isinstance(dec["bids"][0]["price"], Decimal)
    assert dec["bids"][0]["price"] == Decimal(raw["bids"][0]["price"]).scaleb(raw["priceExponent"])
    kl = client.klines("BTCUSDT", "1h", limit=3, decimals="float")
    assert kl["klines"].dtype["openPrice"] == np.float64
    acct = client.account(groups="numpy", decimals="float")
    assert acct["balances"].dtype.names[0] in ("free", "exponent")


def test_full_response_and_rate_limit_headers(client):
    r = client.request("GET", "/api/v3/depth", {"symbol": "BTCUSDT", "limit": 1000}, full=True)
    assert r.status == 200 and r.format == "sbe" and r.schema == (3, 5)
    assert r.used_weight == {"1m": 50}
    o = client.new_order("BTCUSDT", "BUY", "LIMIT", quantity="0.001", price="50000",
                         timeInForce="GTC")
    assert o["$message"] == "NewOrderFullResponse"
    assert set(client.rate_limits["order_count"]) == {"10s", "1d"}


def test_sends_sbe_headers(srv, client):
    client.ping()
    last = srv.requests[-1]
    assert last["accept"] == "application/sbe" and last["x-mbx-sbe"] == "3:5"
    with srv.client(sbe_schema=(3, 3)) as c, warnings.catch_warnings():
        warnings.simplefilter("ignore")
        c.ping()
    assert srv.requests[-1]["x-mbx-sbe"] == "3:3"


@pytest.mark.parametrize("kind", ["hmac", "ed25519", "rsa"])
def test_key_types(srv, rsa_key, kind):
    if kind == "rsa":
        c = Client("rsa-key", private_key=rsa_key, private_key_password="s3cret-pass",
                   base_url=srv.url)
    else:
        c = srv.client(kind)
    with c:
        assert c.account()["$message"] == "AccountResponse"
        o = c.new_order("ETHUSDT", "SELL", "LIMIT", quantity="0.5", price="9000",
                        timeInForce="GTC", newClientOrderId=f"k-{kind}")
        got = c.get_order("ETHUSDT", orig_client_order_id=f"k-{kind}")
        assert got["orderId"] == o["orderId"]
        c2 = c.cancel_order("ETHUSDT", o["orderId"])
        assert c2["$message"] == "CancelOrderResponse" and c2["status"].name == "Canceled"


def test_params_in_body_signed(client):
    # query + body concatenated for the signature, signature appended to the body
    r = client.request("POST", "/api/v3/order/test", {"symbol": "BTCUSDT"},
                       data={"side": "BUY", "type": "MARKET", "quantity": "0.001"}, signed=True)
    assert r["$message"] == "OrderTestResponse"


def test_wrong_secret_is_1022(srv):
    with Client(srv.api_key, "not-the-secret", base_url=srv.url) as c:
        with pytest.raises(BinanceAPIError) as ei:
            c.account()
    assert ei.value.code == -1022 and ei.value.status == 400
    assert ei.value.msg == "Signature for this request is not valid."


def test_timestamp_outside_recv_window(srv, client):
    srv.clock_offset_ms = 10_000
    with pytest.raises(BinanceAPIError) as ei:
        client.account()
    assert ei.value.code == -1021
    client.sync_time()
    assert abs(client.time_offset_ms - 10_000) < 1000
    assert client.account()["$message"] == "AccountResponse"


def test_unknown_api_key(srv):
    with Client("nope", "x", base_url=srv.url) as c, pytest.raises(BinanceAPIError) as ei:
        c.account()
    assert ei.value.code == -2015 and ei.value.status == 401


def test_signed_without_key_is_local_error(srv):
    with Client(base_url=srv.url) as c, pytest.raises(ValueError):
        c.account()


def test_406_sbe_not_enabled(srv, client):
    srv.sbe_enabled = False
    with pytest.raises(SBENotEnabledError) as ei:
        client.depth("BTCUSDT")
    assert "SBE is not enabled" in str(ei.value)


def test_json_fallback(srv):
    srv.sbe_enabled = False
    with srv.client(accept_json=True) as c:
        book = c.depth("BTCUSDT", limit=3)
        assert c.last_response.format == "json"
        assert tuple(book["bids"][0]) == (8699999, 54639)  # the SBE shape (json_shape)
        with pytest.raises(BinanceAPIError) as ei:
            c.get_order("BTCUSDT", 1)
        assert ei.value.code == -2013 and ei.value.format == "json"


def test_json_fallback_on_bad_header(srv):
    with srv.client(accept_json=True, sbe_schema=(99, 1)) as c:
        assert c.ping() == {"$message": "PingResponse"}
        assert c.last_response.format == "json"


def test_sbe_error_on_unknown_schema(srv):
    with srv.client(sbe_schema=(3, 99)) as c, pytest.raises(BinanceAPIError) as ei:
        c.ping()
    assert ei.value.code == -1153 and ei.value.format == "sbe"


def test_sbe_error_on_malformed_header(srv):
    with srv.client(headers={"X-MBX-SBE": "three"}) as c, pytest.raises(BinanceAPIError) as ei:
        c.ping()
    assert ei.value.code == -1152


def test_retired_schema_400(srv):
    with srv.client(sbe_schema=(2, 1)) as c, pytest.raises(BinanceAPIError) as ei:
        c.ping()
    assert ei.value.status == 400


def test_deprecated_header_warns_once(srv):
    from sbe.lifecycle import reset_warnings
    reset_warnings()  # the lifecycle warning is once per process and schema version
    with srv.client(sbe_schema=(3, 4)) as c:
        with warnings.catch_warnings(record=True) as w:
            warnings.simplefilter("always")
            c.ping()
            c.depth("BTCUSDT", limit=5)
        deps = [x for x in w if issubclass(x.category, SchemaDeprecatedWarning)]
        assert len(deps) == 1
        text = str(deps[0].message)
        assert "3:4" in text and "deprecated" in text
        assert "3:5" in text  # the current schema / the newer local decoders
        assert c.last_response.deprecated and c.last_response.schema == (3, 5)


def test_429_with_retry_after(srv, client):
    srv.weight_limit = 30
    client.depth("BTCUSDT", limit=100)       # 5
    client.depth("BTCUSDT", limit=500)       # 25 -> 30
    with pytest.raises(RateLimitError) as ei:
        client.ping()
    e = ei.value
    assert e.status == 429 and e.code == -1003
    assert e.retry_after is not None and 0 < e.retry_after <= 60
    assert e.retry_after_us is not None


def test_418_banned(srv, client):
    srv.ban(120)
    with pytest.raises(IPBannedError) as ei:
        client.ping()
    assert ei.value.status == 418 and 100 < ei.value.retry_after <= 120


def test_1007_execution_status_unknown(srv, client):
    srv.force_error("/api/v3/order", -1007, method="POST", times=1)
    with pytest.raises(ExecutionStatusUnknown) as ei:
        client.new_order("BTCUSDT", "BUY", "MARKET", quantity="0.001")
    assert ei.value.code == -1007 and ei.value.status == 408
    assert "execution status unknown" in ei.value.msg
    assert isinstance(ei.value, BinanceAPIError)


def test_forced_error_generic(srv, client):
    srv.force_error("/api/v3/account", -2010, "Account has insufficient balance for "
                                              "requested action.", times=1)
    with pytest.raises(BinanceAPIError) as ei:
        client.account()
    assert ei.value.code == -2010
    assert client.account()["$message"] == "AccountResponse"


def test_cancel_replace_success_and_partial_failure(client):
    o = client.new_order("BTCUSDT", "BUY", "LIMIT", quantity="0.002", price="60000",
                         timeInForce="GTC")
    r = client.cancel_replace("BTCUSDT", "BUY", "LIMIT", cancelOrderId=o["orderId"],
                              quantity="0.002", price="61000", timeInForce="GTC")
    assert r["$message"] == "CancelReplaceOrderResponse"
    assert r["cancelResponse"]["$message"] == "CancelOrderResponse"
    new_id = r["newOrderResponse"]["orderId"]
    with pytest.raises(CancelReplaceError) as ei:
        client.cancel_replace("BTCUSDT", "BUY", "LIMIT", "ALLOW_FAILURE", cancelOrderId=new_id,
                              quantity="1000", price="61000", timeInForce="GTC")
    e = ei.value
    assert e.status == 409 and e.code == -2021
    assert e.cancel_result == "SUCCESS" and e.new_order_result == "FAILURE"
    assert e.cancel_response["$message"] == "CancelOrderResponse"
    assert e.new_order_response["code"] == -2010
    with pytest.raises(CancelReplaceError) as ei:
        client.cancel_replace("BTCUSDT", "BUY", "LIMIT", cancelOrderId=424242,
                              quantity="0.001", price="61000", timeInForce="GTC")
    assert ei.value.code == -2022 and ei.value.new_order_result == "NOT_ATTEMPTED"
    assert ei.value.cancel_response["code"] == -2011


def test_order_lifecycle(client):
    o = client.new_order("BNBUSDT", "BUY", "LIMIT", quantity="1", price="500",
                         timeInForce="GTC", newOrderRespType="RESULT")
    assert o["$message"] == "NewOrderResultResponse"
    ack = client.new_order("BNBUSDT", "BUY", "LIMIT", quantity="2", price="501",
                           timeInForce="GTC", newOrderRespType="ACK")
    assert ack["$message"] == "NewOrderAckResponse"
    filled = client.new_order("BNBUSDT", "BUY", "MARKET", quantity="1")
    assert filled["status"].name == "Filled" and len(filled["fills"]) == 1
    am = client.amend_order("BNBUSDT", "0.5", order_id=o["orderId"])
    assert am["$message"] == "OrderAmendKeepPriorityResponse"
    amends = client.order_amendments("BNBUSDT", o["orderId"])
    assert amends["$message"] == "OrderAmendmentsResponse" and len(amends["amendments"]) == 1
    opened = client.open_orders("BNBUSDT")
    assert {x["orderId"] for x in opened["orders"]} >= {o["orderId"], ack["orderId"]}
    assert client.my_trades("BNBUSDT")["trades"]
    gone = client.cancel_open_orders("BNBUSDT")
    assert gone["$message"] == "CancelOpenOrdersResponse"
    assert all(x["response"]["$message"] == "CancelOrderResponse" for x in gone["responses"])
    assert client.open_orders("BNBUSDT")["orders"] == []
    with pytest.raises(BinanceAPIError) as ei:
        client.cancel_order("BNBUSDT", o["orderId"])
    assert ei.value.code == -2011


def test_order_list_family(client):
    oco = client.new_oco("BTCUSDT", "SELL", "0.01", aboveType="LIMIT_MAKER", abovePrice="95000",
                         belowType="STOP_LOSS_LIMIT", belowPrice="95500",
                         belowStopPrice="96000", belowTimeInForce="GTC")
    assert oco["$message"] == "NewOrderListFullResponse" and len(oco["orderReports"]) == 2
    oto = client.new_oto("BTCUSDT", workingType="LIMIT", workingSide="BUY",
                         workingQuantity="0.01", workingPrice="50000", pendingType="LIMIT",
                         pendingSide="SELL", pendingQuantity="0.01", pendingPrice="99000",
                         newOrderRespType="ACK")
    assert oto["$message"] == "NewOrderListAckResponse"
    otoco = client.new_otoco("BTCUSDT", workingType="LIMIT", workingSide="BUY",
                             workingQuantity="0.01", workingPrice="50000",
                             pendingSide="SELL", pendingQuantity="0.01",
                             pendingAboveType="LIMIT_MAKER", pendingAbovePrice="99000",
                             newOrderRespType="RESULT")
    assert otoco["$message"] == "NewOrderListResultResponse"
    got = client.get_order_list(oco["orderListId"])
    assert got["$message"] == "OrderListResponse" and got["orderListId"] == oco["orderListId"]
    assert len(client.open_order_lists()["orderLists"]) >= 3
    c = client.cancel_order_list("BTCUSDT", oco["orderListId"])
    assert c["$message"] == "CancelOrderListResponse"
    assert all(r["status"].name == "Canceled" for r in c["orderReports"])


def test_timeout(srv):
    srv.delay = {"/api/v3/order": 1.0}
    with srv.client(timeout=0.2) as c:
        with pytest.raises(RequestTimeout) as ei:
            c.new_order("BTCUSDT", "BUY", "MARKET", quantity="0.001")
        assert "may or may not have been executed" in str(ei.value)
        assert isinstance(ei.value, TimeoutError)
        assert c.ping() == {"$message": "PingResponse"}


def test_connection_refused():
    import socket
    s = socket.socket()
    s.bind(("127.0.0.1", 0))
    port = s.getsockname()[1]
    s.close()
    with Client(base_url=f"http://127.0.0.1:{port}") as c, pytest.raises(ConnectError):
        c.ping()


def test_unexpected_html(srv, client):
    with pytest.raises(UnexpectedResponseError) as ei:
        client.request("GET", "/api/v3/nope")
    assert ei.value.status == 404 and ei.value.content_type == "text/html"


def test_keep_alive_reuses_connection(srv, client):
    for _ in range(5):
        client.ping()
    pool = client._http._transport._pool
    assert len(pool.connections) == 1


def test_secrets_absent_from_logs_and_errors(srv, rsa_key, caplog):
    caplog.set_level(logging.DEBUG)
    texts = []
    clients = [srv.client("hmac"), srv.client("ed25519"),
               Client("rsa-key", private_key=rsa_key, private_key_password="s3cret-pass",
                      base_url=srv.url)]
    for c in clients:
        with c:
            c.account()
            c.new_order("BTCUSDT", "BUY", "LIMIT", quantity="0.001", price="1000",
                        timeInForce="GTC")
            texts.append(repr(c))
            srv.clock_offset_ms = 100_000
            for call in (c.account, lambda: c.get_order("BTCUSDT", 1)):
                try:
                    call()
                except BinanceAPIError as e:
                    texts += [str(e), repr(e), repr(e.__dict__)]
            srv.clock_offset_ms = 0
    with Client(srv.api_key, "wrong-secret-123", base_url=srv.url) as c:
        try:
            c.account()
        except BinanceAPIError as e:
            texts += [str(e), repr(e)]
    blob = "\n".join(texts + [r.getMessage() for r in caplog.records])
    assert caplog.records  # the client and httpx did log
    secrets = [srv.api_secret, "wrong-secret-123", "s3cret-pass",
               srv.ed25519_private_key.decode().splitlines()[1],
               rsa_key.decode().splitlines()[1], srv.api_key, srv.ed25519_api_key]
    for s in secrets:
        assert s not in blob


def test_retired_schema_raises_lifecycle_error(srv):
    """HTTP 400 / -1153 for a retired schema: a BinanceAPIError that is also a
    SchemaRetiredError and says which command regenerates the decoders."""
    from sbe.client.errors import BinanceAPIError
    from sbe.errors import SchemaRetiredError
    with srv.client(sbe_schema=(3, 1)) as c:
        with pytest.raises(SchemaRetiredError) as info:
            c.depth("BTCUSDT", limit=5)
    assert isinstance(info.value, BinanceAPIError)
    assert info.value.status == 400 and info.value.code == -1153
    assert "python -m codegen update" in str(info.value)
