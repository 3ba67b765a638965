"""Client parameters: µs times in and out (ints and datetimes), snake_case keywords mapped
to Binance's names from the endpoint table, unknown keywords refused before sending; the
local server's X-MBX-TIME-UNIT. Real loopback sockets."""

import datetime

import pytest

httpx = pytest.importorskip("httpx")
pytest.importorskip("cryptography")

from sbe.binance.endpoints import ENDPOINTS, param_names  # noqa: E402
from sbe.client import AsyncClient  # noqa: E402
from sbe.client._core import endpoint_params, to_us  # noqa: E402
from _localbinance_fixtures import _reset, srv  # noqa: E402,F401

UTC = datetime.timezone.utc


def test_kline_open_time_back_as_start_time_pages_on(srv):
    with srv.client() as c:
        first = c.klines("BTCUSDT", "1m", limit=10)["klines"]["openTime"]
        page = c.klines("BTCUSDT", "1m", start_time=int(first[4]), limit=3)["klines"]
        assert list(page["openTime"]) == list(first[4:7])
        # one µs after an open time: the next kline
        page = c.klines("BTCUSDT", "1m", start_time=int(first[4]) + 1, limit=2)["klines"]
        assert list(page["openTime"]) == list(first[5:7])
        page = c.klines("BTCUSDT", "1m", end_time=int(first[6]), limit=3)["klines"]
        assert list(page["openTime"]) == list(first[4:7])


def test_datetime_times_aware_and_naive_utc(srv):
    with srv.client() as c:
        first = c.klines("BTCUSDT", "1m", limit=5)["klines"]["openTime"]
        t = int(first[2])
        aware = datetime.datetime.fromtimestamp(t / 1e6, UTC)
        other_tz = aware.astimezone(datetime.timezone(datetime.timedelta(hours=5, minutes=30)))
        naive = aware.replace(tzinfo=None)
        for when in (aware, other_tz, naive):
            got = c.klines("BTCUSDT", "1m", start_time=when, limit=2)["klines"]["openTime"]
            assert list(got) == list(first[2:4]), when
        trades = c.agg_trades("BTCUSDT", limit=20)["aggTrades"]["time"]
        got = c.agg_trades("BTCUSDT", limit=20, start_time=int(trades[10]),
                           end_time=datetime.datetime.fromtimestamp(trades[12] / 1e6, UTC))
        assert list(got["aggTrades"]["time"]) == list(trades[10:13])


def test_to_us_exact_and_typed():
    d = datetime.datetime(2026, 1, 2, 3, 4, 5, 678901, tzinfo=UTC)
    assert to_us(d) == 1767323045678901
    assert to_us(d.replace(tzinfo=None)) == 1767323045678901
    assert to_us(17) == 17
    import numpy as np
    assert to_us(np.int64(17)) == 17
    assert to_us(np.datetime64(1767323045678901, "us")) == 1767323045678901
    assert to_us(np.datetime64("2026-01-02T03:04:05.678901")) == 1767323045678901
    for bad in (1.5, "1767323045678901", True, np.datetime64("NaT")):
        with pytest.raises(TypeError, match="µs"):
            to_us(bad, "start_time")


def test_json_fallback_times_in_us(srv):
    with srv.client() as sbe_c:
        want = sbe_c.klines("BTCUSDT", "1m", limit=3)["klines"]
    srv.sbe_enabled = False
    with srv.client(accept_json=True) as c:
        rows = c.klines("BTCUSDT", "1m", limit=3)
        assert c.last_response.format == "json"
    assert list(rows["klines"]["openTime"]) == list(want["openTime"])
    assert list(rows["klines"]["closeTime"]) == list(want["closeTime"])


def test_server_time_unit_header_like_binance(srv):
    url = srv.url + "/api/v3/klines?symbol=BTCUSDT&interval=1m&limit=2"
    ms = httpx.get(url, headers={"Accept": "application/json"}).json()
    for unit in ("MICROSECOND", "microsecond"):
        us = httpx.get(url, headers={"Accept": "application/json",
                                     "X-MBX-TIME-UNIT": unit}).json()
        assert [r[0] for r in us] == [r[0] * 1000 for r in ms]
    assert httpx.get(url, headers={"X-MBX-TIME-UNIT": "millisecond"}).json() == ms
    bad = httpx.get(url, headers={"X-MBX-TIME-UNIT": "NANOSECOND"})
    assert bad.status_code == 400 and bad.json()["code"] == -1100
    # startTime in ms and in µs select the same rows (Binance reads 16 digits as µs)
    t = ms[1][0]
    a = httpx.get(url + f"&startTime={t}").json()
    b = httpx.get(url + f"&startTime={t * 1000}").json()
    assert a == b and a[0][0] == t


def test_signed_timestamp_sent_in_us(srv):
    with srv.client() as c:
        c.account()
        p = c._prepare("GET", "/api/v3/account", {}, None, True, None)
        assert p[2]["X-MBX-TIME-UNIT"] == "MICROSECOND"
        ts = int(p[1].split("timestamp=")[1].split("&")[0])
        assert ts > 10 ** 15
        srv.clock_offset_ms = 0
        c.time_offset_ms = -4000     # 4 s behind with recvWindow 5000: still accepted
        c.account()
        c.time_offset_ms = 2000      # ahead of the server: -1021
        from sbe.client import BinanceAPIError
        with pytest.raises(BinanceAPIError) as ei:
            c.account()
        assert ei.value.code == -1021


def test_snake_case_keywords_reach_binance_names(srv):
    with srv.client() as c:
        o = c.new_order("BTCUSDT", "BUY", "LIMIT", time_in_force="GTC", quantity="0.001",
                        price="1000", new_client_order_id="snake-1", new_order_resp_type="ACK")
        assert o["clientOrderId"] == "snake-1"
        got = c.get_order("BTCUSDT", orig_client_order_id="snake-1")
        assert got["clientOrderId"] == "snake-1" and got["timeInForce"].name == "Gtc"
        o2 = c.new_order("BTCUSDT", "BUY", "LIMIT", timeInForce="GTC", quantity="0.001",
                         price="1000", newClientOrderId="camel-1")
        assert o2["clientOrderId"] == "camel-1"
        c.cancel_order("BTCUSDT", orig_client_order_id="snake-1")
        c.cancel_order("BTCUSDT", origClientOrderId="camel-1")


def test_unknown_keyword_refused_before_sending(srv):
    with srv.client() as c:
        c.ping()
        before = c.last_response
        with pytest.raises(TypeError) as ei:
            c.new_order("BTCUSDT", "BUY", "LIMIT", time_in_forc="GTC", quantity=1, price=1)
        text = str(ei.value)
        assert "new_order" in text and "did you mean 'time_in_force'" in text
        assert "new_client_order_id" in text
        with pytest.raises(TypeError, match="klines.*'start_tim'.*did you mean 'start_time'"):
            c.klines("BTCUSDT", "1m", start_tim=5)
        with pytest.raises(TypeError, match="twice"):
            c.new_order("BTCUSDT", "BUY", "LIMIT", timeInForce="GTC", time_in_force="GTC")
        with pytest.raises(TypeError, match="unknown parameter 'bogus'"):
            c.depth("BTCUSDT", bogus=1)
        assert c.last_response is before        # nothing was sent


async def _async_unknown(srv):
    async with AsyncClient(base_url=srv.url) as c:
        with pytest.raises(TypeError, match="did you mean 'end_time'"):
            c.agg_trades("BTCUSDT", ned_time=1)          # raises at call, before awaiting
        page = await c.klines("BTCUSDT", "1m", limit=3)
        start = int(page["klines"]["openTime"][1])
        again = await c.klines("BTCUSDT", "1m", start_time=start, limit=2)
        return list(page["klines"]["openTime"][1:3]), list(again["klines"]["openTime"])


def test_async_client_same_rules(srv):
    import asyncio
    want, got = asyncio.run(_async_unknown(srv))
    assert want == got


def test_every_method_keyword_is_in_the_table():
    """The named methods' own keywords (after snake->camel) are parameters of their
    endpoint, so no method can send a name the table does not hold."""
    import inspect
    from sbe.client._core import _Endpoints, _camel
    for name, ep in ENDPOINTS.items():
        sig = inspect.signature(getattr(_Endpoints, name))
        names = set(param_names(ep))
        for p in sig.parameters.values():
            if p.name in ("self", "decimals", "groups") or p.kind == p.VAR_KEYWORD:
                continue
            assert _camel(p.name) in names, (name, p.name)
    assert endpoint_params("klines", {"time_zone": "8", "startTime": 5}) == {
        "timeZone": "8", "startTime": 5}
