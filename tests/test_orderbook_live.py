"""LiveOrderBook never lies: every event that puts the book in doubt makes ``is_synced()``
False at once, is counted and reported, and the book resynchronises; snapshots follow
Retry-After, back off and stay within a weight budget.  Real loopback sockets: the local
stream server (its switches) and a small REST depth server with faults defined here."""

from __future__ import annotations

import asyncio
import email.utils
import json
import struct
import time
import urllib.parse

import pytest

pytest.importorskip("picows")
from sbe import spot  # noqa: E402
from sbe.binance.urls import BASE_URLS  # noqa: E402
from sbe.orderbook import (BufferOverflowError, CrossedBookError, GapError,  # noqa: E402
                           InvalidLevelError, LiveOrderBook, StaleBookError, depth_weight)
from sbe.testing.ws_stream import LocalStreamServer  # noqa: E402
from sbe.ws import AttemptLimiter  # noqa: E402
from sbe.ws.streams import Frame  # noqa: E402

KEY = {"ED": "ed25519"}


def run(coro, timeout=30.0):
    return asyncio.run(asyncio.wait_for(coro, timeout))


async def until(cond, timeout=10.0, step=0.01):
    deadline = time.monotonic() + timeout
    while not cond():
        if time.monotonic() > deadline:
            raise AssertionError("condition not met in time")
        await asyncio.sleep(step)


async def settle(lob, srv, symbols=("BTCUSDT",)):
    """Stop the market, let the book catch up with it."""
    srv.pause()
    for s in symbols:
        await until(lambda: lob[s].last_update_id == srv.market.book(s).update_id
                    and lob.is_synced(s))


def same_book(book, sim):
    bids, asks = book.arrays("raw")
    assert book.last_update_id == sim.update_id
    assert bids.tolist() == sorted(sim.bids.items(), reverse=True)
    assert asks.tolist() == sorted(sim.asks.items())


def frame(first, last, bids=(), asks=(), symbol="BTCUSDT"):
    from sbe import stream
    from sbe.testing.ws_stream import PRICE_EXP, QTY_EXP
    return stream.encode({"$message": "DepthDiffStreamEvent", "eventTime": 1,
                          "firstBookUpdateId": first, "lastBookUpdateId": last,
                          "priceExponent": PRICE_EXP, "qtyExponent": QTY_EXP,
                          "bids": [{"price": p, "qty": q} for p, q in bids],
                          "asks": [{"price": p, "qty": q} for p, q in asks], "symbol": symbol})


class Reports:
    """on_error recorder: (symbol, exception, is_synced at that moment)."""

    def __init__(self):
        self.items = []
        self.lob = None

    def __call__(self, symbol, exc):
        synced = self.lob.is_synced(symbol) if symbol else None
        self.items.append((symbol, exc, synced))

    def of(self, cls):
        return [x for x in self.items if isinstance(x[1], cls)]


def live(srv, symbols=("BTCUSDT",), **kw):
    rep = Reports()
    kw.setdefault("rest_url", srv.http_url)
    lob = LiveOrderBook(symbols, api_key="ED", base_url=srv.url, attempts=AttemptLimiter(),
                        backoff_base=0.05, on_error=rep, **kw)
    rep.lob = lob
    return lob, rep


class DepthServer:
    """A loopback HTTP/1.1 server for ``GET /api/v3/depth`` answering from a stream server's
    market, with faults: ``answers`` is a list consumed one per request of callables
    ``(symbol, limit) -> (status, headers, body)`` or None for the real snapshot; ``stale``
    serves the snapshot captured at start (older than any diff a client buffers)."""

    def __init__(self, stream_srv, symbol="BTCUSDT"):
        self.srv = stream_srv
        self.answers: list = []
        self.stale = False
        self.requests: list = []          # (monotonic time, limit)
        self._old = stream_srv.snapshot_message(symbol, 5000)

    async def __aenter__(self):
        self.server = await asyncio.start_server(self._conn, "127.0.0.1", 0)
        self.url = f"http://127.0.0.1:{self.server.sockets[0].getsockname()[1]}"
        return self

    async def __aexit__(self, *exc):
        self.server.close()
        await self.server.wait_closed()

    async def _conn(self, reader, writer):
        try:
            while True:
                head = await reader.readuntil(b"\r\n\r\n")
                target = head.split(b" ", 2)[1].decode()
                q = urllib.parse.parse_qs(urllib.parse.urlsplit(target).query)
                sym, limit = q["symbol"][0], int(q["limit"][0])
                self.requests.append((time.monotonic(), limit))
                fault = self.answers.pop(0) if self.answers else None
                if fault is not None:
                    status, headers, body = fault(sym, limit)
                elif self.stale:
                    status, headers, body = 200, {"Content-Type": "application/sbe"}, self._old
                else:
                    status, headers = 200, {"Content-Type": "application/sbe"}
                    body = self.srv.snapshot_message(sym, limit)
                lines = [f"HTTP/1.1 {status} X", f"Content-Length: {len(body)}"]
                lines += [f"{k}: {v}" for k, v in headers.items()]
                writer.write(("\r\n".join(lines) + "\r\n\r\n").encode() + body)
                await writer.drain()
        except (asyncio.IncompleteReadError, ConnectionError):
            pass
        finally:
            writer.close()


def too_many(retry_after):
    """A 429 answer; ``retry_after``: header text, or a callable giving it when served."""
    body = json.dumps({"code": -1003, "msg": "Too many requests."}).encode()
    return lambda sym, limit: (429, {"Content-Type": "application/json", "Retry-After":
                                     retry_after() if callable(retry_after) else retry_after},
                               body)


# ------------------------------------------------------------------------------------------

def test_url_shortcuts_and_invalid_urls():
    lob = LiveOrderBook(["BTCUSDT"], api_key="ED", rest_url="testnet", base_url="testnet")
    assert lob.rest_url == BASE_URLS["rest"]["testnet"]
    assert lob.client.base_url == BASE_URLS["stream"]["testnet"]
    assert LiveOrderBook(["x"], api_key="ED", rest_url="demo").rest_url == \
        BASE_URLS["rest"]["demo"]
    for kw in ({"rest_url": "wss://api.binance.com"}, {"rest_url": "nowhere"},
               {"base_url": "https://stream-sbe.binance.com"}, {"base_url": "tstnet"}):
        with pytest.raises(ValueError, match="base URL"):
            LiveOrderBook(["BTCUSDT"], api_key="ED", **kw)
    with pytest.raises(ValueError, match="limit"):
        LiveOrderBook(["BTCUSDT"], api_key="ED", limit=6000)
    with pytest.raises(ValueError, match="weighs 250"):
        LiveOrderBook(["BTCUSDT"], api_key="ED", weight_per_minute=100)
    assert [depth_weight(n) for n in (5, 100, 500, 1000, 5000)] == [5, 5, 25, 50, 250]


def test_gap_makes_it_unsynced_at_once_then_resyncs():
    async def main():
        async with LocalStreamServer(["BTCUSDT", "ETHUSDT"], api_keys=KEY) as srv:
            lob, rep = live(srv, ["BTCUSDT", "ETHUSDT"])
            async with lob:
                await lob.wait_synced(timeout=10)
                srv.drop_diffs(1, "BTCUSDT")
                await until(lambda: rep.of(GapError))
                assert rep.of(GapError)[0][0] == "BTCUSDT"
                assert rep.of(GapError)[0][2] is False            # unsynced when reported
                await lob.wait_synced(timeout=10)
                await settle(lob, srv, ("BTCUSDT", "ETHUSDT"))
                assert lob.resyncs("BTCUSDT") == 1 and lob.resyncs("ETHUSDT") == 0
                assert lob.stats["gaps"] == 1
                same_book(lob["BTCUSDT"], srv.market.book("BTCUSDT"))
                same_book(lob["ETHUSDT"], srv.market.book("ETHUSDT"))
    run(main())


def test_frozen_stream_is_detected_by_a_probe():
    """Half-open connection: no diff arrives while the market moves; today's book stayed
    'synced' forever."""
    async def main():
        async with LocalStreamServer(["BTCUSDT"], api_keys=KEY) as srv:
            lob, rep = live(srv, stale_after=0.3)
            async with lob:
                await lob.wait_synced(timeout=10)
                snaps = lob.stats["snapshots"]
                await asyncio.sleep(0.5)                  # diffs flowing: no probe fires
                assert lob.stats["probes"] == 0
                srv.freeze()
                await until(lambda: rep.of(StaleBookError))
                sym, err, synced = rep.of(StaleBookError)[0]
                assert sym == "BTCUSDT" and synced is False and "REST is at update" in str(err)
                assert lob.stats["stale"] >= 1 and lob.stats["probes"] >= 1
                await until(lambda: lob.stats["snapshots"] > snaps)    # resynced from REST
                assert lob.stats["snapshot_weight"] == lob.budget.used >= (
                    250 * lob.stats["snapshots"])
    run(main())


def test_quiet_stream_stays_synced_after_a_probe():
    async def main():
        async with LocalStreamServer(["BTCUSDT"], api_keys=KEY) as srv:
            lob, rep = live(srv, stale_after=0.2)
            async with lob:
                await lob.wait_synced(timeout=10)
                srv.pause()                               # no market moves: nothing to miss
                await until(lambda: lob.stats["probes"] >= 2)
                assert lob.is_synced("BTCUSDT") and lob.stats["stale"] == 0
                assert not rep.items
    run(main())


def test_undecodable_frame_unsyncs_then_the_next_diff_decides():
    async def main():
        async with LocalStreamServer(["BTCUSDT"], api_keys=KEY) as srv:
            lob, rep = live(srv)
            async with lob:
                await lob.wait_synced(timeout=10)
                snaps = lob.stats["snapshots"]
                # a truncated depth diff: the client cannot even tell whose it is
                srv.inject(frame(1, 1)[:20], "btcusdt@depth")
                await until(lambda: lob.stats["stream_bad_frames"] == 1)
                assert rep.items[-1][0] is None and rep.items[-1][1].kind == "decode"
                assert lob.state("BTCUSDT") in ("verify", "live")
                # the garbage was no diff of ours: the next diff continues, no snapshot needed
                await lob.wait_synced(timeout=10)
                assert lob.stats["verified"] >= 1 and lob.stats["snapshots"] == snaps
                # a depth diff that routes to BTCUSDT but does not decode (bids entries
                # shorter than their fields): unsynced at once, then resolved
                srv.pause()
                await asyncio.sleep(0.05)
                uid = srv.market.book("BTCUSDT").update_id
                good = frame(uid + 1, uid + 1, [(1, 1)])
                bad = good[:34] + struct.pack("<HHq", 8, 1, 1) + good[34 + 4 + 16:]
                srv.inject(bytes(bad), "btcusdt@depth")
                await until(lambda: lob.stats["undecodable"] == 1)
                assert rep.items[-1][0] == "BTCUSDT" and rep.items[-1][2] is False
                srv.pause(False)
                await lob.wait_synced(timeout=10)
                await settle(lob, srv)
                same_book(lob["BTCUSDT"], srv.market.book("BTCUSDT"))
    run(main())


def test_crossed_book_and_negative_quantity_force_a_resync():
    async def main():
        async with LocalStreamServer(["BTCUSDT"], api_keys=KEY) as srv:
            lob, rep = live(srv)
            async with lob:
                await lob.wait_synced(timeout=10)
                for kind, cls in (("crossed", CrossedBookError), ("negative", InvalidLevelError)):
                    await settle(lob, srv)
                    sim = srv.market.book("BTCUSDT")
                    bids = [(min(sim.asks) + 5, 1)] if kind == "crossed" else [(1, -3)]
                    # the server "sends" an impossible diff, then goes on from its own book
                    sim.update_id += 1
                    srv.inject(frame(sim.update_id, sim.update_id, bids), "btcusdt@depth")
                    await until(lambda: rep.of(cls))
                    assert rep.of(cls)[-1][2] is False            # unsynced when reported
                    await lob.wait_synced(timeout=10)
                    srv.pause(False)
                    await asyncio.sleep(0.1)
                await settle(lob, srv)
                same_book(lob["BTCUSDT"], srv.market.book("BTCUSDT"))
                assert lob.stats["crossed"] == 1 and lob.stats["invalid_levels"] == 1
                assert lob.resyncs() == 2
    run(main())


def test_reconnect_with_replayed_diffs_resumes_without_a_snapshot():
    """After a reconnect the server replays recent diffs: those already applied are
    skipped, the book continues and no snapshot is fetched (today: a resync each time)."""
    async def main():
        async with LocalStreamServer(["BTCUSDT"], api_keys=KEY) as srv:
            srv.replay = 500
            lob, rep = live(srv)
            async with lob:
                await lob.wait_synced(timeout=10)
                assert lob.stats["snapshots"] == 1
                srv.kill()
                await until(lambda: lob.stats["reconnects"] >= 1)
                assert rep.items[-1][2] is False                  # unsynced at once
                await lob.wait_synced(timeout=10)
                await settle(lob, srv)
                same_book(lob["BTCUSDT"], srv.market.book("BTCUSDT"))
                assert lob.stats["snapshots"] == 1 and lob.resyncs() == 0
                assert lob.stats["verified"] >= 1
                assert lob.client.stats["duplicates"] + lob.stats["duplicates"] >= 1
    run(main())


def test_stream_dying_for_good_reaches_every_waiter():
    async def main():
        async with LocalStreamServer(["BTCUSDT"], api_keys=KEY) as srv:
            lob, rep = live(srv)
            async with lob:
                await lob.wait_synced(timeout=10)
                updates = lob.updates()
                await updates.__anext__()
                srv.api_keys = {}                     # the key is revoked: 401 on reconnect
                srv.kill()
                await until(lambda: lob.stats["disconnects"] == 1)
                assert not lob.is_synced("BTCUSDT")   # at once, before any reconnect
                from sbe.ws import HandshakeError
                with pytest.raises(HandshakeError):   # waiting, then the stream dies for good
                    await lob.wait_synced(timeout=10)
                with pytest.raises(HandshakeError):
                    while True:
                        await updates.__anext__()
                assert not lob.is_synced("BTCUSDT") and lob.state("BTCUSDT") == "failed"
                assert lob.stats["stream_failed"] == 1 and isinstance(lob.error, HandshakeError)
    run(main())


def test_snapshot_retries_follow_retry_after_seconds_and_http_date():
    async def main():
        async with LocalStreamServer(["BTCUSDT"], api_keys=KEY) as srv:
            async with DepthServer(srv) as rest:
                # a date 2 s ahead, whole seconds: 1 to 2 s when it is served
                when = lambda: email.utils.formatdate(time.time() + 2, usegmt=True)  # noqa: E731
                rest.answers = [too_many("1"), too_many(when)]
                lob, rep = live(srv, rest_url=rest.url)
                async with lob:
                    await lob.wait_synced(timeout=15)
                    t = [r[0] for r in rest.requests]
                    assert len(t) == 3
                    assert t[1] - t[0] >= 0.95             # Retry-After: 1
                    assert t[2] - t[1] >= 0.95             # an HTTP date 1-2 s ahead
                    assert lob.stats["retry_after_waits"] == 2
                    assert lob.stats["snapshot_errors"] == 2 and len(rep.items) == 2
                    assert lob.budget.used == 3 * 250
    run(main())


def test_stale_snapshot_is_refetched_with_backoff():
    async def main():
        async with LocalStreamServer(["BTCUSDT"], api_keys=KEY) as srv:
            async with DepthServer(srv) as rest:
                rest.stale = True
                await srv.step(5)                 # the market moves past the stale snapshot
                lob, _ = live(srv, rest_url=rest.url)
                async with lob:
                    await asyncio.sleep(2.0)
                    n = len(rest.requests)
                    # jittered doubling from 0.25 s: at most 5 fetches in 2 s (a fixed 0.2 s
                    # pause made 10, i.e. 21 in 4 s)
                    assert 3 <= n <= 5 and lob.stats["stale_snapshots"] >= n - 1
                    assert not lob.is_synced("BTCUSDT")
                    gaps = [b[0] - a[0] for a, b in zip(rest.requests, rest.requests[1:])]
                    assert gaps[-1] > gaps[0] + 0.2                          # growing pauses
                    rest.stale = False
                    await lob.wait_synced(timeout=15)
                    assert lob.stats["snapshot_weight"] == 250 * len(rest.requests)
                    await settle(lob, srv)
                    same_book(lob["BTCUSDT"], srv.market.book("BTCUSDT"))
    run(main())


def test_weight_budget_pauses_refetching():
    async def main():
        async with LocalStreamServer(["BTCUSDT"], api_keys=KEY) as srv:
            async with DepthServer(srv) as rest:
                rest.stale = True
                await srv.step(5)                 # the market moves past the stale snapshot
                lob, _ = live(srv, rest_url=rest.url, weight_per_minute=500)
                async with lob:
                    await until(lambda: lob.budget.waits == 1)
                    await asyncio.sleep(1.0)
                    assert len(rest.requests) == 2 and lob.budget.used == 500
                    assert lob.budget.in_window() == 500
    run(main())


def test_diff_buffer_is_bounded_while_waiting_for_the_snapshot():
    async def main():
        async with LocalStreamServer(["BTCUSDT"], api_keys=KEY) as srv:
            gate = asyncio.Event()

            async def slow_snapshot(symbol, limit):
                await gate.wait()
                return spot.decode(srv.snapshot_message(symbol, limit), groups="numpy")

            lob, rep = live(srv, snapshot=slow_snapshot, max_buffer=5)
            async with lob:
                await until(lambda: lob.stats["buffer_dropped"] >= 10)
                assert len(lob._sym["BTCUSDT"].buffer) == 5
                assert len(rep.of(BufferOverflowError)) == 1         # once per sync
                assert lob.stats["buffer_overflows"] == 1
                gate.set()
                await lob.wait_synced(timeout=10)
                await settle(lob, srv)
                same_book(lob["BTCUSDT"], srv.market.book("BTCUSDT"))
    run(main())


def test_state_machine_on_frames_duplicates_verify_and_gaps():
    """The frame path without sockets: duplicates skipped, a reconnect verified by the next
    diff, a gap after a reconnect resyncs."""
    async def main():
        snaps = []

        async def snapshot(symbol, limit):
            snaps.append(limit)
            return {"lastUpdateId": 10, "priceExponent": -2, "qtyExponent": -8,
                    "bids": [{"price": 100, "qty": 1}], "asks": [{"price": 110, "qty": 1}]}

        lob = LiveOrderBook(["BTCUSDT"], api_key="ED", snapshot=snapshot, stale_after=None)
        st = lob._sym["BTCUSDT"]
        feed = lambda f: lob._on_frame(Frame(f, 0, "btcusdt@depth"))  # noqa: E731
        feed(frame(9, 11, [(101, 1)]))                 # buffered before the snapshot
        feed(frame(9, 11, [(101, 1)]))                 # duplicate in the buffer
        lob._begin_sync(st)
        await lob.wait_synced(timeout=5)
        book = lob["BTCUSDT"]
        assert book.last_update_id == 11 and book.best_bid("raw") == (101, 1)
        feed(frame(10, 11, [(101, 5)]))                # already applied: skipped
        assert book.best_bid("raw") == (101, 1) and lob.stats["duplicates"] == 2
        lob._on_reconnect(["btcusdt@depth"])
        assert not lob.is_synced("BTCUSDT") and lob.state("BTCUSDT") == "verify"
        feed(frame(8, 11, [(101, 7)]))                 # a replay: still verifying
        assert lob.state("BTCUSDT") == "verify" and lob.stats["duplicates"] == 3
        feed(frame(11, 13, [(102, 2)]))                # continues: synced, no snapshot
        assert lob.is_synced("BTCUSDT") and len(snaps) == 1
        lob._on_reconnect(["btcusdt@depth"])
        feed(frame(20, 21, [(103, 1)]))                # missed 14..19: resync
        assert lob.state("BTCUSDT") == "syncing" and len(book) == 0
        await asyncio.sleep(0)
        assert lob.resyncs() == 1
        for t in [st.task]:
            t.cancel()
        await lob.client.close()
    run(main())


def test_stream_overflow_signal_puts_books_in_verify():
    """Frames dropped by the stream client's queue (before the frame callback took over):
    the books cannot know whether a diff was among them."""
    from sbe.ws.streams import QueueOverflow

    async def main():
        lob = LiveOrderBook(["BTCUSDT", "ETHUSDT"], api_key="ED", stale_after=None)
        for st in lob._sym.values():
            st.book.load_snapshot({"lastUpdateId": 1, "priceExponent": -2, "qtyExponent": -8,
                                   "bids": [], "asks": []})
            st.state = "live"
        calls = []
        blocked = asyncio.Event()

        async def run(callback):
            calls.append(callback)
            if len(calls) == 1:
                raise QueueOverflow(3, "drop_oldest")
            await blocked.wait()

        lob.client.run = run
        task = asyncio.create_task(lob._run())
        await until(lambda: len(calls) == 2)          # the callback mode is resumed
        assert lob.state("BTCUSDT") == lob.state("ETHUSDT") == "verify"
        assert lob.stats["stream_overflows"] == 1 and not lob.is_synced("ETHUSDT")
        lob._on_frame(Frame(frame(2, 2, [(5, 1)], symbol="ETHUSDT"), 0, "ethusdt@depth"))
        assert lob.is_synced("ETHUSDT") and not lob.is_synced("BTCUSDT")
        task.cancel()
        await lob.client.close()
    run(main())


def test_bad_snapshots_are_reported_and_retried():
    answers = [{"foo": 1},
               {"lastUpdateId": 10, "priceExponent": -2, "qtyExponent": -8,
                "bids": [["1.00", "2.0"]], "asks": []},                     # JSON-shaped
               {"lastUpdateId": 10, "priceExponent": -2, "qtyExponent": -8,
                "bids": [{"price": 120, "qty": 1}], "asks": [{"price": 110, "qty": 1}]},
               {"lastUpdateId": 10, "priceExponent": -2, "qtyExponent": -8,
                "bids": [{"price": 100, "qty": 1}], "asks": [{"price": 110, "qty": 1}]}]

    async def main():
        async def snapshot(symbol, limit):
            return answers.pop(0)

        rep = Reports()
        lob = LiveOrderBook(["BTCUSDT"], api_key="ED", snapshot=snapshot, stale_after=None,
                            retry_base=0.01, on_error=rep)
        rep.lob = lob
        st = lob._sym["BTCUSDT"]
        lob._on_frame(Frame(frame(9, 11, [(101, 1)]), 0, "btcusdt@depth"))
        lob._begin_sync(st)
        await lob.wait_synced(timeout=5)
        assert lob.stats["bad_snapshots"] == 2 and lob.stats["crossed"] == 1
        assert [type(e).__name__ for _, e, _ in rep.items] == [
            "BookError", "TypeError", "CrossedBookError"]
        assert lob["BTCUSDT"].best_bid("raw") == (101, 1) and lob.stats["snapshots"] == 4
        await lob.client.close()
    run(main())


def test_updates_iterators_coalesce_and_close():
    async def main():
        async with LocalStreamServer(["BTCUSDT", "ETHUSDT"], api_keys=KEY) as srv:
            lob, _ = live(srv, ["BTCUSDT", "ETHUSDT"])
            async with lob:
                await lob.wait_synced(timeout=10)
                slow, fast = lob.updates(), lob.updates()
                seen = {(await fast.__anext__()).symbol for _ in range(4)}
                assert seen == {"BTCUSDT", "ETHUSDT"}
                await asyncio.sleep(0.3)                  # slow reader: nothing piles up
                got = [await slow.__anext__(), await slow.__anext__()]
                assert {b.symbol for b in got} == {"BTCUSDT", "ETHUSDT"}
                assert lob.stats["updates_coalesced"] > 10
            assert lob.state("BTCUSDT") == "closed" and not lob.is_synced("BTCUSDT")
            with pytest.raises(StopAsyncIteration):
                await slow.__anext__()
            with pytest.raises(RuntimeError, match="closed"):
                await lob.wait_synced()
    run(main())


def test_stream_client_closed_under_the_book_fails_it():
    async def main():
        async with LocalStreamServer(["BTCUSDT"], api_keys=KEY) as srv:
            lob, rep = live(srv)
            async with lob:
                await lob.wait_synced(timeout=10)
                await lob.client.close()
                await until(lambda: lob.error is not None)
                from sbe.ws import StreamError
                with pytest.raises(StreamError, match="closed"):
                    await lob.wait_synced(timeout=10)
                assert not lob.is_synced("BTCUSDT") and lob.stats["stream_failed"] == 1
    run(main())
