"""WebSocket API client (SBE envelope) and user data stream against the local server."""

from __future__ import annotations

import asyncio
import warnings

import pytest

pytest.importorskip("websockets")
pytest.importorskip("cryptography")

from cryptography.hazmat.primitives.asymmetric import ed25519, rsa  # noqa: E402

from sbe.client.errors import BinanceAPIError, RateLimitError  # noqa: E402
from sbe.client.signing import Ed25519Signer, HmacSigner, RSASigner  # noqa: E402
from sbe.testing.ws_api import LocalWsApiServer  # noqa: E402
from sbe.testing.ws_stream import SimMarket  # noqa: E402
from sbe.ws import AttemptLimiter, HandshakeError, KeyTypeError, WebSocketAPI  # noqa: E402

_ED_KEY = ed25519.Ed25519PrivateKey.generate()
_RS_KEY = rsa.generate_private_key(public_exponent=65537, key_size=2048)
ED = Ed25519Signer(_ED_KEY)
HM = HmacSigner("local-secret")
RS = RSASigner(_RS_KEY)
# the server verifies with its own code: it gets the secret / public keys, not the signers
KEYS = {"ED": _ED_KEY.public_key(), "HM": "local-secret", "RS": _RS_KEY.public_key()}


def run(coro, timeout=15.0):
    return asyncio.run(asyncio.wait_for(coro, timeout))


def api(srv, key=None, signer=None, **kw):
    return WebSocketAPI(srv.url, api_key=key, signer=signer, attempts=AttemptLimiter(),
                        backoff_base=0.05, **kw)


def server(**kw):
    return LocalWsApiServer(keys=KEYS, market=SimMarket(["BTCUSDT"]), **kw)


def test_requests_and_envelope():
    async def main():
        async with server() as srv:
            async with api(srv) as a:
                assert await a.ping() == {"$message": "PingResponse"}
                assert (await a.time())["serverTime"] > 1_700_000_000_000_000
                d = await a.depth("btcusdt", 5)
                assert d["$message"] == "DepthResponse" and len(d["bids"]) == 5
                env = await a.request("ping", envelope=True)
                assert env["status"] == 200 and env["id"].isdigit()
                assert a.rate_limits and a.rate_limits[0]["rateLimit"] == 6000
                # concurrent requests are matched by id
                res = await asyncio.gather(*(a.request(m) for m in ["ping", "time"] * 10))
                assert [r["$message"] for r in res] == ["PingResponse", "ServerTimeResponse"] * 10
    run(main())


def test_error_response_in_envelope():
    async def main():
        async with server() as srv:
            async with api(srv) as a:
                with pytest.raises(BinanceAPIError) as ei:
                    await a.depth("NOPE")
                assert ei.value.code == -1121 and ei.value.status == 400
                srv.fail_next = (-1003, "Too many requests.", 429)
                with pytest.raises(RateLimitError):
                    await a.ping()
                with pytest.raises(BinanceAPIError) as ei:
                    await a.request("no.such.method")
                assert ei.value.code == -1100
                assert await a.ping()             # the session is still usable
    run(main())


@pytest.mark.parametrize("key,signer", [("HM", HM), ("ED", ED), ("RS", RS)])
def test_signed_requests_three_key_types(key, signer):
    async def main():
        async with server() as srv:
            async with api(srv, key, signer) as a:
                assert await a.request("order.test", {"symbol": "BTCUSDT", "side": "BUY",
                                                      "quantity": "0.001"}, signed=True)
            async with api(srv, key, HmacSigner("wrong")) as a:
                with pytest.raises(BinanceAPIError) as ei:
                    await a.request("order.test", {"symbol": "BTCUSDT"}, signed=True)
                assert ei.value.code == -1022
    run(main())


def test_signed_without_key_is_clear():
    async def main():
        async with server() as srv:
            async with api(srv) as a:
                with pytest.raises(KeyTypeError, match="signer"):
                    await a.request("order.test", {}, signed=True)
    run(main())


def test_session_logon_ed25519():
    async def main():
        async with server() as srv:
            async with api(srv, "ED", ED) as a:
                r = await a.logon()
                assert r["loggedOnApiKey"] == "ED"
                a.signer = None                     # no signature needed any more
                assert await a.request("order.test", {"symbol": "BTCUSDT"}, signed=True)
                st = await a.session_status()
                assert st["authorizedSince"] is not None
            async with api(srv, "HM", HM) as a:
                with pytest.raises(KeyTypeError, match="Ed25519"):
                    await a.logon()
    run(main())


def test_handshake_errors():
    async def main():
        async with server() as srv:
            with pytest.raises(HandshakeError) as ei:
                await api(srv, schema=(3, 1)).connect()
            assert ei.value.status == 400 and ei.value.code == -1153
            with pytest.raises(HandshakeError) as ei:
                await api(srv, schema=(2, 1)).connect()
            assert ei.value.code == -1153
    run(main())


def test_deprecated_schema_warns_once():
    async def main():
        async with server(deprecated={(3, 4)}) as srv:
            async with api(srv, schema=(3, 4)) as a:
                for _ in range(3):
                    await a.ping()
    with warnings.catch_warnings(record=True) as w:
        warnings.simplefilter("always")
        run(main())
    msgs = [str(x.message) for x in w if "deprecated" in str(x.message)]
    assert len(msgs) == 1 and "3:4" in msgs[0]


def test_user_data_stream_events():
    async def main():
        async with server() as srv:
            async with api(srv, "ED", ED) as a:
                await a.logon()
                uds = await a.user_data()
                assert uds.subscription_id == 1 and srv.requests["userDataStream.subscribe"] == 1
                await srv.push_event("BalanceUpdateEvent", qtyExponent=-8, freeQtyDelta=5,
                                     asset="BTC")
                await srv.push_event("OutboundAccountPositionEvent", updateTime=1, balances=[
                    {"exponent": -8, "free": 10, "locked": 0, "asset": "BTC"}])
                e1, e2 = await uds.recv(2), await uds.recv(2)
                assert e1["$message"] == "BalanceUpdateEvent" and e1["asset"] == "BTC"
                assert e1["subscriptionId"] == 1 and e1["$recvTime"] >= e1["eventTime"]
                assert e2["balances"][0]["free"] == 10
                await uds.unsubscribe()
                assert srv.subscriptions() == 0
    run(main())


def test_user_data_signature_subscription_any_key():
    async def main():
        async with server() as srv:
            async with api(srv, "RS", RS) as a:
                async with await a.user_data() as uds:
                    assert srv.requests["userDataStream.subscribe.signature"] == 1
                    await srv.push_event("BalanceUpdateEvent", asset="ETH")
                    assert (await uds.recv(2))["asset"] == "ETH"
                assert srv.subscriptions() == 0
    run(main())


def test_event_stream_terminated_resubscribes():
    async def main():
        async with server() as srv:
            async with api(srv, "ED", ED) as a:
                await a.logon()
                uds = await a.user_data()
                await srv.terminate_streams()
                ev = await uds.recv(2)
                assert ev["$message"] == "EventStreamTerminatedEvent"
                for _ in range(1000):
                    if srv.subscriptions() == 1:
                        break
                    await asyncio.sleep(0.01)
                assert uds.resubscriptions == 1 and uds.subscription_id == 2
                await srv.push_event("BalanceUpdateEvent", asset="BNB")
                assert (await uds.recv(2))["asset"] == "BNB"
    run(main())


def test_server_shutdown_and_kill_resubscribe():
    async def main():
        async with server() as srv:
            async with api(srv, "ED", ED) as a:
                await a.logon()
                uds = await a.user_data()
                await srv.server_shutdown(grace=0.3)
                for _ in range(1000):
                    if srv.requests["session.logon"] == 2 and srv.subscriptions() == 1 \
                            and len(srv.conns) == 1:
                        break
                    await asyncio.sleep(0.01)
                assert srv.subscriptions() == 1 and len(srv.conns) == 1
                await srv.push_event("BalanceUpdateEvent", asset="A1")
                assert (await uds.recv(2))["asset"] == "A1"
                with pytest.raises(asyncio.TimeoutError):       # delivered once only
                    await uds.recv(0.2)
                srv.kill()
                for _ in range(1000):
                    if srv.requests["session.logon"] == 3 and srv.subscriptions() == 1:
                        break
                    await asyncio.sleep(0.01)
                assert a.stats["reconnects"] == 1 and srv.requests["session.logon"] == 3
                await srv.push_event("BalanceUpdateEvent", asset="A2")
                assert (await uds.recv(2))["asset"] == "A2"
                assert await a.ping()
    run(main())
