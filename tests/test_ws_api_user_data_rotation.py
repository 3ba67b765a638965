"""A serverShutdown rotation delivers every user data event exactly once: the event that
reaches both subscriptions while the replacement subscribes is not delivered twice."""

from __future__ import annotations

import asyncio

import pytest

pytest.importorskip("picows")
pytest.importorskip("cryptography")

from _ws_api_fixtures import ED, client, run, server, until  # noqa: E402


def test_rotation_overlap_delivers_each_event_once():
    async def main():
        async with server() as srv:
            async with client(srv, "ED", ED) as a:
                await a.logon()
                uds = await a.user_data()
                await srv.push_event("BalanceUpdateEvent", asset="BTC", freeQtyDelta=0)
                # sent to the old and the new subscription, before the new one's reply
                srv.push_on_subscribe = ("BalanceUpdateEvent",
                                         {"asset": "BTC", "freeQtyDelta": 1})
                await srv.server_shutdown(grace=1.0)
                await until(lambda: srv.requests["session.logon"] == 2
                            and srv.push_on_subscribe is None and a.connected
                            and uds.subscription_id == 2, what="rotation")
                await srv.push_event("BalanceUpdateEvent", asset="BTC", freeQtyDelta=2)
                got = [(await uds.recv(10))["freeQtyDelta"] for _ in range(3)]
                assert got == [0, 1, 2]
                with pytest.raises(asyncio.TimeoutError):
                    await uds.recv(0.3)                    # nothing twice
                assert a.stats["duplicates"] == 1
    run(main())


def test_rotation_before_the_24_hour_limit():
    async def main():
        async with server() as srv:
            async with client(srv, "ED", ED, rotate_after=0.5) as a:
                await a.logon()
                uds = await a.user_data()
                await until(lambda: a.stats["rotations"] >= 1 and a.connected
                            and srv.requests["session.logon"] == 2
                            and srv.open_connections == 1, what="a rotation")
                a.rotate_after = 0                           # no further rotation
                assert srv.subscriptions() == 1              # the old one unsubscribed/closed
                await srv.push_event("BalanceUpdateEvent", asset="ETH")
                assert (await uds.recv(10))["asset"] == "ETH"
                assert a.stats["reconnects"] == 0
    run(main())
