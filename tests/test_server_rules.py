"""The local Binance-like server itself, driven with raw HTTP (httpx): negotiation,
signatures, weights, deterministic data."""

import hashlib
import hmac
import json
import time

import httpx
import numpy as np
import pytest

from sbe import spot
from sbe.testing import LocalBinance, MarketData, build, to_json
from sbe.testing.data import encode_depth
from _localbinance_fixtures import _reset, srv  # noqa: F401

SBE = {"Accept": "application/sbe", "X-MBX-SBE": "3:5"}


def get(srv, path, headers=None, **params):
    return httpx.get(srv.url + path, params=params, headers=headers or {})


def test_sbe_answer(srv):
    r = get(srv, "/api/v3/depth", SBE, symbol="BTCUSDT", limit=5000)
    assert r.status_code == 200 and r.headers["content-type"] == "application/sbe"
    m = spot.decode(r.content, groups="numpy")
    assert len(m["bids"]) == 5000 and len(m["asks"]) == 5000
    assert r.headers["x-mbx-used-weight-1m"] == "250"


def test_json_without_sbe_accept(srv):
    r = get(srv, "/api/v3/depth", {"Accept": "application/json"}, symbol="BTCUSDT", limit=2)
    assert r.headers["content-type"].startswith("application/json")
    assert set(r.json()) == {"lastUpdateId", "bids", "asks"}


def test_406_only_when_sbe_only(srv):
    srv.sbe_enabled = False
    assert get(srv, "/api/v3/ping", SBE).status_code == 406
    r = get(srv, "/api/v3/ping", {**SBE, "Accept": "application/sbe, application/json"})
    assert r.status_code == 200 and r.json() == {}


@pytest.mark.parametrize("hdr,code", [(None, -1152), ("3", -1152), ("a:b", -1152),
                                      ("3:9", -1153), ("7:0", -1153)])
def test_bad_header_is_sbe_error(srv, hdr, code):
    h = {"Accept": "application/sbe"}
    if hdr is not None:
        h["X-MBX-SBE"] = hdr
    r = get(srv, "/api/v3/ping", h)
    assert r.status_code == 400 and r.headers["content-type"] == "application/sbe"
    m = spot.decode(r.content)
    assert m["$message"] == "ErrorResponse" and m["code"] == code
    r = get(srv, "/api/v3/ping", {**h, "Accept": "application/sbe, application/json"})
    assert r.status_code == 200 and r.headers["content-type"].startswith("application/json")


@pytest.mark.parametrize("ver", ["3:2", "3:3", "3:4"])
def test_deprecated_answers_latest_with_header(srv, ver):
    r = get(srv, "/api/v3/time", {**SBE, "X-MBX-SBE": ver})
    assert r.status_code == 200 and "x-mbx-sbe-deprecated" in r.headers
    assert spot.header(r.content)[3] == 5


@pytest.mark.parametrize("ver", ["3:0", "3:1", "2:1", "1:0", "2:5"])
def test_retired_is_400(srv, ver):
    r = get(srv, "/api/v3/ping", {**SBE, "X-MBX-SBE": ver})
    assert r.status_code == 400


def test_lifecycle_configurable():
    with LocalBinance(latest=(3, 5), deprecated=(), retired=((3, 4),), ed25519=False) as s:
        r = get(s, "/api/v3/ping", {**SBE, "X-MBX-SBE": "3:4"})
        assert r.status_code == 400


def _signed_query(srv, secret=None, **params):
    params.setdefault("timestamp", int(time.time() * 1000))
    q = "&".join(f"{k}={v}" for k, v in params.items())
    sig = hmac.new((secret or srv.api_secret).encode(), q.encode(), hashlib.sha256).hexdigest()
    return q + "&signature=" + sig


def test_hmac_signature_rules(srv):
    h = {**SBE, "X-MBX-APIKEY": srv.api_key}
    r = httpx.get(srv.url + "/api/v3/account?" + _signed_query(srv), headers=h)
    assert r.status_code == 200
    r = httpx.get(srv.url + "/api/v3/account?" + _signed_query(srv, "bad"), headers=h)
    assert spot.decode(r.content)["code"] == -1022
    old = int(time.time() * 1000) - 10_000
    r = httpx.get(srv.url + "/api/v3/account?" + _signed_query(srv, timestamp=old), headers=h)
    m = spot.decode(r.content)
    assert m["code"] == -1021 and m["msg"] == "Timestamp for this request is outside of the recvWindow."
    r = httpx.get(srv.url + "/api/v3/account?" + _signed_query(srv, timestamp=old,
                                                               recvWindow=20000), headers=h)
    assert r.status_code == 200
    future = int(time.time() * 1000) + 5000
    r = httpx.get(srv.url + "/api/v3/account?" + _signed_query(srv, timestamp=future), headers=h)
    assert spot.decode(r.content)["code"] == -1021
    r = httpx.get(srv.url + "/api/v3/account?timestamp=1", headers=h)
    assert spot.decode(r.content)["code"] == -1102
    r = httpx.get(srv.url + "/api/v3/account?" + _signed_query(srv), headers=SBE)
    assert spot.decode(r.content)["code"] == -2014
    r = httpx.get(srv.url + "/api/v3/account?" + _signed_query(srv, recvWindow=70000), headers=h)
    assert spot.decode(r.content)["code"] == -1131


def test_signature_over_query_and_body(srv):
    q = "symbol=BTCUSDT&side=BUY"
    b = f"type=MARKET&quantity=0.001&timestamp={int(time.time() * 1000)}"
    sig = hmac.new(srv.api_secret.encode(), (q + b).encode(), hashlib.sha256).hexdigest()
    r = httpx.post(srv.url + "/api/v3/order/test?" + q, content=b + "&signature=" + sig,
                   headers={**SBE, "X-MBX-APIKEY": srv.api_key,
                            "Content-Type": "application/x-www-form-urlencoded"})
    assert r.status_code == 200, r.content
    assert spot.decode(r.content)["$message"] == "OrderTestResponse"


def test_weight_limit_429(srv):
    srv.weight_limit = 10
    assert get(srv, "/api/v3/depth", SBE, symbol="BTCUSDT").status_code == 200   # 5
    assert get(srv, "/api/v3/depth", SBE, symbol="BTCUSDT").status_code == 200   # 10
    r = get(srv, "/api/v3/depth", SBE, symbol="BTCUSDT")
    assert r.status_code == 429 and int(r.headers["retry-after"]) >= 1
    m = spot.decode(r.content)
    assert m["code"] == -1003 and m["retryAfter"] > m["serverTime"]
    srv.reset_weights()
    assert get(srv, "/api/v3/ping", SBE).status_code == 200


def test_forced_errors_and_json_errors(srv):
    srv.force_error("/api/v3/time", -1007, times=1)
    r = get(srv, "/api/v3/time", SBE)
    assert r.status_code == 408 and spot.decode(r.content)["code"] == -1007
    srv.force_error("/api/v3/time", -1000)
    r = get(srv, "/api/v3/time", {"Accept": "application/json"})
    assert r.status_code == 500 and r.json()["code"] == -1000


def test_errors_are_real_error_responses(srv):
    r = get(srv, "/api/v3/depth", SBE, symbol="NOPE")
    assert r.status_code == 400 and spot.header(r.content)[1] == 100
    assert spot.decode(r.content)["msg"] == "Invalid symbol."


def test_keep_alive(srv):
    with httpx.Client() as c:
        for _ in range(3):
            r = c.get(srv.url + "/api/v3/ping", headers=SBE)
            assert r.status_code == 200 and r.http_version == "HTTP/1.1"
        assert len(c._transport._pool.connections) == 1


def test_exchange_info_every_filter_type(srv):
    m = spot.decode(get(srv, "/api/v3/exchangeInfo", SBE).content)
    assert len(m["symbols"]) >= 50
    kinds = {f["filter"]["$message"] for s in m["symbols"] for f in s["filters"]}
    kinds |= {f["filter"]["$message"] for f in m["exchangeFilters"]}
    all_filters = {n for n in spot.MESSAGES if n.endswith("Filter") and n != "MaxAssetFilter"}
    assert all_filters <= kinds


def test_market_data_deterministic():
    a, b = MarketData(seed=3), MarketData(seed=3)
    assert a.depth_bytes("ETHUSDT", 1000) == b.depth_bytes("ETHUSDT", 1000)
    assert spot.encode(a.klines("ETHUSDT", "5m", 50)) == spot.encode(b.klines("ETHUSDT", "5m", 50))
    assert spot.encode(a.trades("ETHUSDT", 50)) == spot.encode(b.trades("ETHUSDT", 50))


def test_fast_depth_encoder_matches_encode():
    md = MarketData()
    assert md.depth_bytes("BTCUSDT", 300) == spot.encode(md.depth("BTCUSDT", 300))
    e = encode_depth(1, -2, -3, np.zeros((0, 2), np.int64), np.zeros((0, 2), np.int64))
    assert spot.decode(e)["bids"] == []


def test_depth_diffs_apply():
    md = MarketData()
    book = md.book("BTCUSDT")
    uid0 = book.update_id
    diffs = [book.step() for _ in range(20)]
    assert diffs[0]["firstUpdateId"] == uid0 + 1
    for d0, d1 in zip(diffs, diffs[1:]):
        assert d1["firstUpdateId"] == d0["lastUpdateId"] + 1
    other = MarketData().book("BTCUSDT")
    for d in diffs:
        other.apply(d)
    assert other.bids == book.bids and other.asks == book.asks
    uid, bids, asks = book.snapshot(10)
    assert uid == diffs[-1]["lastUpdateId"] and bids[0, 0] < asks[0, 0]


def test_to_json_shapes():
    md = MarketData()
    kl = to_json(spot.encode(md.klines("BTCUSDT", "1m", 2)))
    assert len(kl) == 2 and len(kl[0]) == 11  # the schema's 11 "[]" fields
    err = to_json(spot.encode(build("ErrorResponse", code=-1121, msg="Invalid symbol.")))
    assert err == {"code": -1121, "msg": "Invalid symbol."}
    json.dumps(to_json(spot.encode(md.exchange_info(["BTCUSDT"]))))


def test_add_service_lifecycle():
    events = []

    class Svc:
        def start(self):
            events.append("start")

        def stop(self):
            events.append("stop")

    s = LocalBinance(ed25519=False)
    s.add_service("ws", Svc())
    with s:
        assert events == ["start"]
        s.add_service("ws2", Svc())
        assert events == ["start", "start"]
    assert events == ["start", "start", "stop", "stop"]
