"""The asyncio client against the local Binance-like server (same core as the sync one)."""

import asyncio
import socket
import warnings

import numpy as np
import pytest

pytest.importorskip("httpx")
pytest.importorskip("cryptography")

from sbe.client import (AsyncClient, BinanceAPIError, CancelReplaceError,  # noqa: E402
                        ConnectError, ExecutionStatusUnknown, RateLimitError, RequestTimeout,
                        SBENotEnabledError, SchemaDeprecatedWarning)
from _localbinance_fixtures import (ENDPOINTS, NUMPY_BY_DEFAULT, _reset, rsa_key,  # noqa: E402,F401
                                    srv)


def run(coro):
    return asyncio.run(coro)


def test_all_named_endpoints(srv):
    async def go():
        async with srv.async_client() as c:
            for name, args, kw, expected in ENDPOINTS:
                msg = await getattr(c, name)(*args, **kw)
                assert msg["$message"] == expected, name
                for g in NUMPY_BY_DEFAULT.get(name, ()):
                    assert isinstance(msg[g], np.ndarray)
    run(go())


def test_concurrent_requests(srv):
    async def go():
        async with srv.async_client(decimals="float") as c:
            books = await asyncio.gather(*(c.depth(s, limit=1000) for s in
                                           ("BTCUSDT", "ETHUSDT", "BNBUSDT", "SOLUSDT")))
            assert all(b["bids"].shape == (1000,) for b in books)
    run(go())


@pytest.mark.parametrize("kind", ["hmac", "ed25519", "rsa"])
def test_key_types(srv, rsa_key, kind):
    async def go():
        if kind == "rsa":
            c = AsyncClient("rsa-key", private_key=rsa_key, private_key_password="s3cret-pass",
                            base_url=srv.url)
        else:
            c = srv.async_client(kind)
        async with c:
            assert (await c.account())["$message"] == "AccountResponse"
            o = await c.new_order("ETHUSDT", "BUY", "LIMIT", quantity="0.1", price="100",
                                  timeInForce="GTC")
            assert (await c.cancel_order("ETHUSDT", o["orderId"]))["status"].name == "Canceled"
    run(go())


def test_error_paths(srv):
    async def go():
        async with srv.async_client() as c:
            srv.sbe_enabled = False
            with pytest.raises(SBENotEnabledError):
                await c.ping()
            srv.sbe_enabled = True
            srv.force_error("/api/v3/order", -1007, method="POST", times=1)
            with pytest.raises(ExecutionStatusUnknown):
                await c.new_order("BTCUSDT", "BUY", "MARKET", quantity="0.001")
            with pytest.raises(BinanceAPIError) as ei:
                await c.get_order("BTCUSDT", 123456)
            assert ei.value.code == -2013
            o = await c.new_order("BTCUSDT", "BUY", "LIMIT", quantity="0.001", price="1000",
                                  timeInForce="GTC")
            with pytest.raises(CancelReplaceError) as ei:
                await c.cancel_replace("BTCUSDT", "BUY", "LIMIT", "ALLOW_FAILURE",
                                       cancelOrderId=o["orderId"], quantity="5000",
                                       price="1000", timeInForce="GTC")
            assert ei.value.status == 409 and ei.value.new_order_response["code"] == -2010
            srv.weight_limit = 1
            with pytest.raises(RateLimitError) as ei:
                await c.depth("BTCUSDT")
            assert ei.value.retry_after > 0
    run(go())


def test_json_fallback_and_deprecated(srv):
    from sbe.lifecycle import reset_warnings
    reset_warnings()  # the lifecycle warning is once per process and schema version
    async def go():
        srv.sbe_enabled = False
        async with srv.async_client(accept_json=True) as c:
            assert (await c.avg_price("BTCUSDT"))["mins"] == 5
            assert c.last_response.format == "json"
        srv.sbe_enabled = True
        async with srv.async_client(sbe_schema=(3, 2)) as c:
            with warnings.catch_warnings(record=True) as w:
                warnings.simplefilter("always")
                await c.ping()
                await c.ping()
            assert sum(issubclass(x.category, SchemaDeprecatedWarning) for x in w) == 1
    run(go())


def test_timeout_and_refused(srv):
    async def go():
        srv.delay = 1.0
        async with srv.async_client(timeout=0.2) as c:
            with pytest.raises(RequestTimeout):
                await c.ping()
        srv.delay = 0.0
        s = socket.socket()
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
        s.close()
        async with AsyncClient(base_url=f"http://127.0.0.1:{port}") as c:
            with pytest.raises(ConnectError):
                await c.ping()
    run(go())


def test_sync_time(srv):
    async def go():
        srv.clock_offset_ms = -20_000
        async with srv.async_client() as c:
            with pytest.raises(BinanceAPIError) as ei:
                await c.account()
            assert ei.value.code == -1021
            await c.sync_time()
            assert (await c.account())["$message"] == "AccountResponse"
    run(go())
