"""WebSocketAPI.call: snake_case keywords mapped to Binance's camelCase by the same endpoint
table as the REST client; an unknown keyword or endpoint is a TypeError before sending."""

from __future__ import annotations

import datetime
import json

import pytest

pytest.importorskip("picows")
pytest.importorskip("cryptography")

from _ws_api_fixtures import ED, client, run, server  # noqa: E402

from sbe.binance.endpoints import ENDPOINTS, WS_METHODS, endpoint_params  # noqa: E402
from sbe.client._core import endpoint_params as rest_params  # noqa: E402


def _recording(srv):
    """Keep the params of every request the server answers (by method)."""
    seen = []
    methods = dict(srv._METHODS)
    for name, h in list(methods.items()):
        def rec(self, c, p, _h=h, _name=name):
            seen.append((_name, dict(p)))
            return _h(self, c, p)
        methods[name] = rec
    srv._METHODS = methods
    return seen


def test_snake_case_goes_out_as_camel_case_and_signed():
    async def main():
        async with server() as srv:
            seen = _recording(srv)
            async with client(srv, key="ED", signer=ED) as a:
                r = await a.call("test_order", symbol="BTCUSDT", side="BUY", type="LIMIT",
                                 quantity="0.01", price="50000", time_in_force="GTC",
                                 new_client_order_id="x-1", recv_window=5000)
                assert r["$message"] == "OrderTestResponse"
                name, p = seen[-1]
                assert name == "order.test"
                assert {"timeInForce", "newClientOrderId", "recvWindow", "apiKey",
                        "signature", "timestamp"} <= set(p)
                assert not any("_" in k for k in p)
                assert p["timeInForce"] == "GTC" and p["recvWindow"] == 5000
                # camelCase still works, and the public market data endpoints are unsigned
                book = await a.call("depth", symbol="BTCUSDT", limit=5)
                assert book["$message"] == "DepthResponse" and len(book["bids"]) == 5
                assert seen[-1] == ("depth", {"symbol": "BTCUSDT", "limit": 5})
    run(main())


def test_unknown_keyword_or_endpoint_refused_before_sending():
    async def main():
        async with server() as srv:
            async with client(srv, key="ED", signer=ED) as a:
                await a.ping()
                before = sum(srv.requests.values())
                with pytest.raises(TypeError, match="did you mean 'time_in_force'"):
                    await a.call("test_order", symbol="BTCUSDT", side="BUY", type="LIMIT",
                                 time_in_forse="GTC")
                with pytest.raises(TypeError, match="twice"):
                    await a.call("klines", symbol="X", interval="1m", start_time=1,
                                 startTime=2)
                with pytest.raises(TypeError, match="did you mean 'new_order'"):
                    await a.call("new_ordr", symbol="BTCUSDT")
                assert sum(srv.requests.values()) == before
    run(main())


def test_one_mapping_for_rest_and_ws():
    """The REST client and the WebSocket API client map with the same function and table."""
    assert rest_params is endpoint_params
    assert set(WS_METHODS) == set(ENDPOINTS)
    t = datetime.datetime(2026, 1, 2, 3, 4, 5, 678901, tzinfo=datetime.timezone.utc)
    assert endpoint_params("klines", {"start_time": t, "time_zone": "+08:00"}) == {
        "startTime": 1767323045678901, "timeZone": "+08:00"}
    assert json.dumps(WS_METHODS)  # plain strings
