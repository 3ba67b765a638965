"""One endpoint table (sbe.binance.endpoints) drives the client's named methods and the
local server's routes; one URL table (sbe.binance.urls) drives the base-URL shortcuts."""

import inspect

import pytest

pytest.importorskip("httpx")

from sbe.binance import endpoints as ep  # noqa: E402
from sbe.binance.urls import BASE_URLS as ALL_URLS  # noqa: E402
from sbe.binance.urls import resolve_url  # noqa: E402
from sbe.client import BASE_URLS, AsyncClient, Client, resolve_base_url  # noqa: E402
from sbe.testing import ROUTES, LocalBinance  # noqa: E402

from _localbinance_fixtures import ENDPOINTS as CALLS  # noqa: E402


def test_client_methods_and_server_routes_come_from_the_table():
    assert ROUTES == ep.ROUTES
    for name, e in ep.ENDPOINTS.items():
        assert callable(getattr(Client, name)) and callable(getattr(AsyncClient, name))
        assert hasattr(LocalBinance, "_h_" + name), name
        assert ep.endpoint(e.method.lower(), e.path) is e
        assert e.security in (ep.PUBLIC, ep.KEY, ep.SIGNED)
        assert ep.weight_of(e, {}) >= 1
    public = {n for n, f in inspect.getmembers(Client, inspect.isfunction)
              if not n.startswith("_")}
    not_endpoints = {"request", "close", "sync_time"}
    assert public - not_endpoints == set(ep.ENDPOINTS)


def test_each_call_hits_its_table_route_with_its_weight():
    with LocalBinance() as srv, srv.client() as c:
        for name, args, kw, message in CALLS:
            before = srv.used_weight()
            out = getattr(c, name)(*args, **kw)
            assert out["$message"] == message
            e = ep.ENDPOINTS[name]
            last = srv.requests[-1]
            assert (last["method"], last["path"]) == (e.method, e.path)
            assert ("signature" in last["params"]) == (e.security == ep.SIGNED)
            params = {"limit": kw.get("limit"),
                      "symbol": "X" if "symbol" in last["params"] else None}
            assert srv.used_weight() - before == ep.weight_of(e, params), name


def test_depth_weight_by_limit():
    d = ep.ENDPOINTS["depth"]
    assert [ep.weight_of(d, {"limit": n}) for n in (5, 100, 101, 500, 1000, 5000)] == [
        5, 5, 25, 25, 50, 250]
    assert ep.weight_of(d, {"limit": "junk"}) == 5


def test_rest_shortcuts_are_the_one_table():
    assert BASE_URLS is ALL_URLS["rest"]
    for name in ("prod", "testnet", "demo", "data", "api3", "gcp"):
        assert resolve_base_url(name) == resolve_url("rest", name)
        assert Client(base_url=name).base_url == resolve_url("rest", name)
    assert Client(base_url=" TESTNET ").base_url == "https://testnet.binance.vision"


@pytest.mark.parametrize("bad", ["nowhere", "ftp://api.binance.com", "http://", "https://:80",
                                 "wss://stream-sbe.binance.com:9443", "http://h:99999", ""])
def test_invalid_base_url_fails_at_once(bad):
    with pytest.raises(ValueError):
        Client(base_url=bad)
    with pytest.raises(ValueError):
        AsyncClient(base_url=bad)
