"""Replay of a capture equals live delivery; order books rebuilt from a capture equal the live
order book fed the same stream (real sockets, local stream server)."""

from __future__ import annotations

import asyncio
import time

import numpy as np
import pytest

pytest.importorskip("websockets")
pytest.importorskip("picows")

from sbe.capture import CaptureWriter, Recorder, Replay, book_table  # noqa: E402
from sbe.orderbook import LiveOrderBook  # noqa: E402
from sbe.testing.ws_stream import LocalStreamServer  # noqa: E402
from sbe.ws import AttemptLimiter, StreamClient  # noqa: E402

KEYS = {"ED": "ed25519"}
STREAMS = ["btcusdt@bestBidAsk", "btcusdt@depth", "btcusdt@trade", "ethusdt@depth"]


def run(coro, timeout=40.0):
    return asyncio.run(asyncio.wait_for(coro, timeout))


async def until(cond, timeout=10.0, step=0.01):
    end = time.monotonic() + timeout
    while not cond():
        if time.monotonic() > end:
            raise AssertionError("condition not met in time")
        await asyncio.sleep(step)


async def live_session(tmp_path, disturb, raw=False):
    """A live client (decoded, lists) recording every frame it receives through its own
    on_frame tap; returns the events it delivered."""
    live = []
    w = CaptureWriter(str(tmp_path), STREAMS, fsync="never", block_size=4096)
    async with LocalStreamServer(["BTCUSDT", "ETHUSDT"], api_keys=KEYS, interval=0.005) as srv:
        srv.replay = 30             # a new connection first gets 30 old events: duplicates
        sc = StreamClient(STREAMS, api_key="ED", base_url=srv.url, raw=raw, groups="list",
                          attempts=AttemptLimiter(), backoff_base=0.05, stable_after=0.01,
                          on_frame=w.write_frame, on_connection=w.write_connection)
        await sc.start()
        runner = asyncio.ensure_future(sc.run(live.append))
        await until(lambda: len(live) > 100)
        await disturb(srv, sc, live)
        await until(lambda: len(live) > n_before[0] + 200, 20)
        await sc.close()
        await runner
        stats = dict(sc.stats)
    w.close()
    return live, stats


n_before = [0]


async def reconnect(srv, sc, live):
    n_before[0] = len(live)
    srv.kill()
    await until(lambda: sc.stats["reconnects"] >= 1, 20)


async def rotate(srv, sc, live):
    n_before[0] = len(live)
    srv.server_shutdown(grace=0.3)
    await until(lambda: sc.stats["rotations"] >= 1 and len(srv.clients) == 1, 20)


def replayed(path, raw=False, **kw):
    out = []
    stats = run(Replay(str(path), raw=raw, groups="list", **kw).run(out.append))
    return out, stats


@pytest.mark.parametrize("disturb", [reconnect, rotate])
def test_replay_equals_live_delivery(tmp_path, disturb):
    live, stats = run(live_session(tmp_path, disturb))
    assert stats["duplicates"] > 0                    # the replayed events were removed live
    got, rstats = replayed(tmp_path)
    assert rstats["client"]["duplicates"] == stats["duplicates"]
    assert len(got) == len(live)
    assert got == live                                # same dicts, $stream and $recvTime too


def test_replay_raw_frames_equal_live_raw_frames(tmp_path):
    live, _ = run(live_session(tmp_path, reconnect, raw=True))
    got, _ = replayed(tmp_path, raw=True)
    assert got == live


def test_replay_at_recorded_speed(tmp_path):
    w = CaptureWriter(str(tmp_path), ["btcusdt@trade"], fsync="never")
    from sbe import stream
    from sbe.testing.ws_stream import SimBook
    b = SimBook("BTCUSDT")
    t0 = time.time_ns()
    for i in range(20):                              # 20 frames over 0.4 recorded seconds
        w.write_frame(stream.encode(b.step(i)["trade"]), t0 + i * 20_000_000, 1)
    w.close()
    for speed, low in ((1.0, 0.37), (2.0, 0.18)):
        t = time.monotonic()
        got, _ = replayed(tmp_path, speed=speed)
        assert time.monotonic() - t >= low
        assert len(got) == 20
    with pytest.raises(ValueError):
        Replay(str(tmp_path), speed=0)


def test_replay_callback_error_is_raised(tmp_path):
    run(live_session(tmp_path, reconnect))

    def boom(ev):
        raise KeyError("strategy bug")
    with pytest.raises(KeyError, match="strategy bug"):
        run(Replay(str(tmp_path)).run(boom))


def test_book_table_equals_the_live_order_book(tmp_path):
    async def main():
        async with LocalStreamServer(["BTCUSDT"], api_keys=KEYS, interval=0.005) as srv:
            rec = Recorder(["btcusdt@depth"], str(tmp_path), api_key="ED", base_url=srv.url,
                           snapshots=True, rest_url=srv.http_url, snapshot_limit=1000,
                           fsync="never", flush_interval=0.05,
                           client_options={"attempts": AttemptLimiter()})
            task = asyncio.ensure_future(rec.run())
            lob = LiveOrderBook(["BTCUSDT"], api_key="ED", base_url=srv.url,
                                rest_url=srv.http_url, attempts=AttemptLimiter(), limit=1000)
            async with lob:
                await lob.wait_synced(timeout=20)
                await until(lambda: lob["BTCUSDT"].last_update_id > 0, 10)
                await asyncio.sleep(0.3)
                srv.pause()
                last = srv.market.book("BTCUSDT").update_id
                await until(lambda: lob["BTCUSDT"].last_update_id == last, 10)
                rec.stop()
                await task
                ref = lob["BTCUSDT"]
                return last, ref.top(10, "float"), ref.top(10, "raw"), \
                    srv.market.book("BTCUSDT")

    last, (fb, fa), (rb, ra), sim = run(main())
    t = book_table(str(tmp_path), "BTCUSDT", depth=10)
    assert t["stats"]["snapshots"] >= 1 and t["stats"]["rows"] > 20
    assert t["stats"].get("gaps", 0) == 0
    assert t["update_id"][-1] == last
    assert np.all(np.diff(t["update_id"]) > 0) and np.all(np.diff(t["recv_ns"]) >= 0)
    np.testing.assert_array_equal(t["bid_price"][-1], fb["price"])
    np.testing.assert_array_equal(t["bid_qty"][-1], fb["qty"])
    np.testing.assert_array_equal(t["ask_price"][-1], fa["price"])
    np.testing.assert_array_equal(t["ask_qty"][-1], fa["qty"])
    r = book_table(str(tmp_path), "BTCUSDT", depth=10, decimals="raw")
    np.testing.assert_array_equal(r["bid_price"][-1], rb["price"])
    np.testing.assert_array_equal(r["ask_qty"][-1], ra["qty"])
    assert r["price_exponent"][-1] == -2 and r["qty_exponent"][-1] == -8
    # and both equal the server's own book
    bids, asks = sim.top(10)
    assert r["bid_price"][-1].tolist() == [x["price"] for x in bids]
    assert r["ask_qty"][-1].tolist() == [x["qty"] for x in asks]


def test_book_table_gap_waits_for_the_next_snapshot(tmp_path):
    async def main():
        async with LocalStreamServer(["BTCUSDT"], api_keys=KEYS, interval=0.005) as srv:
            rec = Recorder(["btcusdt@depth"], str(tmp_path), api_key="ED", base_url=srv.url,
                           snapshots=True, rest_url=srv.http_url, fsync="never",
                           client_options={"attempts": AttemptLimiter(), "backoff_base": 0.05})
            task = asyncio.ensure_future(rec.run())
            await until(lambda: rec.writer.stats["snapshots"] == 1 and rec.frames > 30, 20)
            srv.drop_diffs(3)                     # lost diffs: a gap in the recording
            await until(lambda: srv.dropped_diffs == 3, 10)
            await asyncio.sleep(0.1)
            srv.kill()                            # the reconnect records a new snapshot
            await until(lambda: rec.writer.stats["snapshots"] == 2 and rec.frames > 150, 20)
            srv.pause()
            await asyncio.sleep(0.1)
            rec.stop()
            await task
            return srv.market.book("BTCUSDT")

    sim = run(main())
    t = book_table(str(tmp_path), "BTCUSDT", depth=5, decimals="raw")
    st = t["stats"]
    assert st["gaps"] == 1 and st["snapshots"] == 2
    ids = t["update_id"]
    assert np.all(np.diff(ids) > 0)
    bids, _ = sim.top(5)
    assert ids[-1] == sim.update_id
    assert t["bid_price"][-1].tolist() == [x["price"] for x in bids]
