"""Local order book: the synchronous core, and the live book against the local servers."""

from __future__ import annotations

import asyncio
from decimal import Decimal

import numpy as np
import pytest

from sbe.orderbook import GapError, OrderBook


def snap(lid, bids, asks, pe=-2, qe=-3):
    return {"lastUpdateId": lid, "priceExponent": pe, "qtyExponent": qe,
            "bids": [{"price": p, "qty": q} for p, q in bids],
            "asks": [{"price": p, "qty": q} for p, q in asks]}


def diff(first, last, bids=(), asks=(), pe=-2, qe=-3):
    return {"firstBookUpdateId": first, "lastBookUpdateId": last, "priceExponent": pe,
            "qtyExponent": qe, "eventTime": 1,
            "bids": np.array(list(bids), dtype=[("price", "<i8"), ("qty", "<i8")]),
            "asks": np.array(list(asks), dtype=[("price", "<i8"), ("qty", "<i8")])}


def test_core_apply_stale_gap():
    b = OrderBook("btcusdt")
    b.load_snapshot(snap(10, [(100, 5), (99, 7), (97, 1)], [(101, 2), (103, 4)]))
    assert b.best_bid("raw") == (100, 5) and b.best_ask("raw") == (101, 2)
    assert b.best_bid() == (1.0, 0.005)
    assert b.best_bid("decimal") == (Decimal("1.00"), Decimal("0.005"))
    assert b.apply_diff(diff(5, 10, [(100, 1)])) is False          # stale: ignored
    assert b.best_bid("raw") == (100, 5)
    assert b.apply_diff(diff(9, 12, [(100, 0), (98, 3)], [(102, 6), (101, 0)]))
    bids, asks = b.arrays("raw")
    assert bids.tolist() == [(99, 7), (98, 3), (97, 1)]
    assert asks.tolist() == [(102, 6), (103, 4)]
    assert b.last_update_id == 12 and b.spread("raw") == 3
    with pytest.raises(GapError):
        b.apply_diff(diff(14, 15, [(99, 1)]))
    tb, ta = b.top(2, "float")
    assert tb["price"].tolist() == [0.99, 0.98] and ta["qty"].tolist() == [0.006, 0.004]
    assert b.mid() == pytest.approx(1.005)


def test_core_exponent_change_is_exact():
    b = OrderBook("X")
    b.load_snapshot(snap(1, [(100, 5)], [(101, 2)]))
    b.apply_diff(diff(2, 2, [(1005, 1)], [], pe=-3, qe=-3))          # finer price tick
    assert b.price_exponent == -3
    assert b.arrays("decimal")[0]["price"].tolist() == [Decimal("1.005"), Decimal("1.000")]


# ------------------------------------------------------------------------------------------
pytest.importorskip("websockets")
from sbe.orderbook import LiveOrderBook  # noqa: E402
from sbe.testing.ws_stream import LocalStreamServer  # noqa: E402
from sbe.ws import AttemptLimiter  # noqa: E402


def run(coro, timeout=20.0):
    return asyncio.run(asyncio.wait_for(coro, timeout))


async def settle(srv):
    """Stop the market and let the client drain what is in flight."""
    srv.pause()
    await asyncio.sleep(0.15)


def same_book(book, sim):
    bids, asks = book.arrays("raw")
    assert book.last_update_id == sim.update_id
    assert bids["price"].tolist() == sorted(sim.bids, reverse=True)[:len(bids)]
    assert bids["qty"].tolist() == [sim.bids[p] for p in bids["price"].tolist()]
    assert asks["price"].tolist() == sorted(sim.asks)[:len(asks)]
    assert asks["qty"].tolist() == [sim.asks[p] for p in asks["price"].tolist()]
    assert 0 < len(bids) <= min(len(sim.bids), 5000)


def live(srv, symbols, **kw):
    return LiveOrderBook(symbols, api_key="ED", base_url=srv.url, rest_url=srv.http_url,
                         attempts=AttemptLimiter(), backoff_base=0.05, **kw)


def test_live_book_syncs_many_symbols():
    async def main():
        async with LocalStreamServer(["BTCUSDT", "ETHUSDT"], api_keys={"ED": "ed25519"}) as srv:
            async with live(srv, ["BTCUSDT", "ethusdt"]) as lob:
                await lob.wait_synced(timeout=5)
                await asyncio.sleep(0.3)
                await settle(srv)
                for s in ("BTCUSDT", "ETHUSDT"):
                    same_book(lob[s], srv.market.book(s))
                    assert lob[s].updates > 5
                assert lob.resyncs() == 0
    run(main())


def test_gap_forces_resync():
    async def main():
        async with LocalStreamServer(["BTCUSDT", "ETHUSDT"], api_keys={"ED": "ed25519"}) as srv:
            async with live(srv, ["BTCUSDT", "ETHUSDT"]) as lob:
                await lob.wait_synced(timeout=5)
                srv.drop_diffs(1, "BTCUSDT")
                await asyncio.sleep(0.4)
                await settle(srv)
                assert lob.resyncs("BTCUSDT") == 1 and lob.resyncs("ETHUSDT") == 0
                assert lob.is_synced("BTCUSDT")
                same_book(lob["BTCUSDT"], srv.market.book("BTCUSDT"))
                same_book(lob["ETHUSDT"], srv.market.book("ETHUSDT"))
    run(main())


def test_reconnect_forces_resync_and_rotation_does_not():
    async def main():
        async with LocalStreamServer(["BTCUSDT"], api_keys={"ED": "ed25519"}) as srv:
            async with live(srv, ["BTCUSDT"], max_connection_age=0.4) as lob:
                await lob.wait_synced(timeout=5)
                await asyncio.sleep(1.0)                   # two rotations
                assert lob.client.stats["rotations"] >= 2
                assert lob.resyncs() == 0
                srv.kill()
                await asyncio.sleep(0.5)
                await settle(srv)
                assert lob.resyncs() >= 1 and lob.is_synced("BTCUSDT")
                same_book(lob["BTCUSDT"], srv.market.book("BTCUSDT"))
    run(main())


def test_live_book_with_market_data_and_updates_iterator():
    from sbe.testing.data import MarketData

    async def main():
        md = MarketData()
        async with LocalStreamServer(["BTCUSDT"], market=md, api_keys={"ED": "ed25519"},
                                     interval=0.02) as srv:
            async with live(srv, ["BTCUSDT"]) as lob:
                n = 0
                async for book in lob.updates():
                    n += 1
                    if n >= 5:
                        break
                await settle(srv)
                b = lob["BTCUSDT"]
                assert b.price_exponent == md.info("BTCUSDT").price_exp
                same_book(b, srv.market.book("BTCUSDT"))
    run(main())
