"""User data events are never dropped: a slow consumer pauses reading (TCP backpressure)
instead; the pause is visible (backpressure flag, counters) and bounded the queue."""

from __future__ import annotations

import asyncio

import pytest

pytest.importorskip("picows")
pytest.importorskip("cryptography")

from _ws_api_fixtures import ED, client, run, server, until  # noqa: E402


def test_slow_consumer_gets_every_event_in_order():
    n_events, max_queue = 3000, 50

    async def main():
        async with server() as srv:
            async with client(srv, "ED", ED, ping_interval=0.3, ping_timeout=0.3) as a:
                await a.logon()
                uds = await a.user_data(max_queue=max_queue)
                for i in range(n_events):                # nobody consumes meanwhile
                    await srv.push_event("BalanceUpdateEvent", asset="BTC", freeQtyDelta=i)
                await until(lambda: uds.backpressure, what="reading paused")
                # paused longer than ping_interval + ping_timeout: not taken for half-open
                await asyncio.sleep(1.0)
                assert a.connected and a.stats["reconnects"] == 0
                assert uds.backpressure and a.stats["backpressure_pauses"] >= 1
                held = uds.qsize()
                assert max_queue <= held < n_events      # the socket holds the rest
                got = []
                while len(got) < n_events:
                    got.append((await uds.recv(10))["freeQtyDelta"])
                assert got == list(range(n_events)), "every event, in order, none twice"
                assert not uds.backpressure and uds.pauses >= 1
                assert uds.max_seen < n_events
                assert await a.ping()                    # requests flow again
    run(main())


def test_queue_bound_is_validated():
    async def main():
        async with server() as srv:
            async with client(srv, "ED", ED) as a:
                await a.logon()
                with pytest.raises(ValueError, match="never dropped"):
                    await a.user_data(max_queue=0)
    run(main())


def test_events_after_unsubscribe_do_not_stall_the_session():
    from sbe import spot
    from sbe.testing.data import build

    async def main():
        async with server() as srv:
            async with client(srv, "ED", ED) as a:
                await a.logon()
                uds = await a.user_data(max_queue=5)
                await uds.unsubscribe()
                ev = spot.encode(build("BalanceUpdateEvent", eventTime=1, subscriptionId=1,
                                       asset="BTC"))
                for _ in range(50):                      # still in flight after unsubscribe
                    await srv.send_raw(ev)
                assert await a.request("ping", timeout=5)   # reading was never paused
                assert a.stats["events_after_end"] == 50 and uds.pauses == 0
    run(main())
