"""StreamClient against misbehaving loopback servers: it never stalls and never lies.

Bad frames are skipped and reported, failures reach every consumer, reconnects are paced,
the queue is bounded with a visible overflow, duplicates are removed across reconnects,
half-open connections are detected, URL shortcuts resolve."""

from __future__ import annotations

import asyncio
import logging
import random
import time

import pytest

pytest.importorskip("picows")
pytest.importorskip("websockets")

from sbe import stream  # noqa: E402
from sbe.errors import DecodeError  # noqa: E402
from sbe.testing.ws_stream import LocalStreamServer, SimBook  # noqa: E402
from sbe.ws import AttemptLimiter, HandshakeError, StreamClient  # noqa: E402
from sbe.ws.streams import (DEMO, PROD, TESTNET, FrameError, QueueOverflow,  # noqa: E402
                            UnknownMessage, peek)

KEYS = {"ED": "ed25519"}


def run(coro, timeout=30.0):
    return asyncio.run(asyncio.wait_for(coro, timeout))


def client(srv, streams, **kw):
    kw.setdefault("api_key", "ED")
    kw.setdefault("attempts", AttemptLimiter())
    return StreamClient(streams, base_url=srv.url, **kw)


async def until(pred, timeout=10.0):
    end = time.monotonic() + timeout
    while not pred():
        if time.monotonic() > end:
            raise AssertionError("condition not met within %s s" % timeout)
        await asyncio.sleep(0.01)


def trade_ids(evs):
    return [int(t) for e in evs if e["$message"] == "TradesStreamEvent" for t in e["trades"]["id"]]


def real_frames():
    m = SimBook("BTCUSDT").step(1_700_000_000_000_000)
    return {k: stream.encode(v) for k, v in m.items()}


def test_bad_frames_are_counted_reported_skipped(caplog):
    bba = real_frames()["bestBidAsk"]
    unknown = bba[:2] + (10042).to_bytes(2, "little") + bba[4:]      # a newer schema's template
    bad = [b"\x00garbage\xff" * 3, bba[:20], unknown, '{"hello": "world"}',
           "[" * 100_000 + "]" * 100_000, "not json at all"]

    async def main():
        errors = []
        async with LocalStreamServer(api_keys=KEYS, interval=None) as srv:
            async with client(srv, ["btcusdt@bestBidAsk", "btcusdt@trade"],
                              on_error=errors.append) as sc:
                await srv.step(2)
                first = [await sc.recv(5) for _ in range(4)]
                for f in bad:
                    srv.inject(f)
                await srv.step(2)
                after = [await sc.recv(5) for _ in range(4)]
                return first, after, errors, dict(sc.stats)

    with caplog.at_level(logging.WARNING, logger="sbe.ws.streams"):
        first, after, errors, stats = run(main())
    assert trade_ids(first + after) == list(range(5001, 5001 + len(trade_ids(first + after))))
    assert stats["bad_frames"] == 5 and stats["unknown_messages"] == 1
    assert stats["bad_decode"] == 2 and stats["bad_text"] == 3
    kinds = sorted(e.kind for e in errors)
    assert kinds == ["decode", "decode", "text", "text", "text", "unknown_message"]
    assert all(isinstance(e, FrameError) for e in errors)
    u = [e for e in errors if isinstance(e, UnknownMessage)][0]
    assert (u.template_id, u.schema_id, u.data) == (10042, 1, unknown)
    dec = [e for e in errors if e.kind == "decode"]
    assert all(isinstance(e.__cause__, DecodeError) for e in dec)
    warns = [r for r in caplog.records if r.levelno == logging.WARNING]
    assert 1 <= len(warns) <= 4          # one line per kind, rate-limited


def test_bad_frames_raw_mode_and_invalid_utf8():
    async def main():
        errors = []
        async with LocalStreamServer(api_keys=KEYS, interval=None) as srv:
            async with client(srv, ["btcusdt@trade"], raw=True, on_error=errors.append) as sc:
                srv.inject(b"\x01\x02")
                srv.inject(b"\x00" * 8)
                for c in srv.clients:       # invalid UTF-8 in a text frame
                    c.ws.transport.write(b"\x81\x02\xff\xfe")
                await srv.step(1)
                f = await sc.recv(5)
                return f, errors, dict(sc.stats)
    f, errors, stats = run(main())
    assert f.stream == "btcusdt@trade" and stream.decode(f.data)["$message"] == "TradesStreamEvent"
    assert stats["bad_frames"] == 2 and stats["unknown_messages"] == 1
    assert sorted(e.kind for e in errors) == ["decode", "text", "unknown_message"]


def test_peek_only_typed_errors_on_hostile_frames():
    rng = random.Random(7)
    frames = list(real_frames().values())
    for f in frames:
        tid, sym, first, last = peek(f)
        assert sym == "BTCUSDT" and first <= last
        for n in range(len(f)):
            try:
                peek(f[:n])
            except DecodeError:
                pass
        for _ in range(300):
            b = bytearray(f)
            for _ in range(rng.randint(1, 4)):
                b[rng.randrange(len(b))] = rng.randrange(256)
            try:
                peek(bytes(b))
            except DecodeError:
                pass
    for _ in range(500):
        try:
            peek(bytes(rng.randrange(256) for _ in range(rng.randrange(64))))
        except DecodeError:
            pass


def test_failure_reaches_every_consumer():
    async def main():
        async with LocalStreamServer(api_keys=KEYS, interval=None) as srv:
            sc = client(srv, ["btcusdt@trade"], backoff_base=0.01)
            sc2 = client(srv, ["btcusdt@trade"], backoff_base=0.01)
            await sc.start()
            await sc2.start()

            async def iterate():
                async for _ in sc:
                    pass
            consumers = [asyncio.create_task(sc.recv()), asyncio.create_task(iterate()),
                         asyncio.create_task(sc.recv(30)),
                         asyncio.create_task(sc2.run(lambda ev: None))]
            await asyncio.sleep(0.1)
            srv.api_keys = {}               # the key is revoked: reconnects get HTTP 401
            srv.kill()
            done, pending = await asyncio.wait(consumers, timeout=10)
            assert not pending
            excs = [t.exception() for t in consumers]
            with pytest.raises(HandshakeError):
                await sc.recv(1)           # and later calls too
            await sc.close()
            await sc2.close()
            return excs
    excs = run(main())
    assert all(isinstance(e, HandshakeError) and e.status == 401 for e in excs), excs


@pytest.mark.parametrize("misbehaviour", ["shutdown_on_connect", "close_after"])
def test_no_reconnect_storm(misbehaviour):
    async def main():
        async with LocalStreamServer(api_keys=KEYS, interval=0.005) as srv:
            setattr(srv, misbehaviour, True if misbehaviour == "shutdown_on_connect" else 1)
            async with client(srv, ["btcusdt@trade"]) as sc:
                await asyncio.sleep(2.5)
                return srv.connection_attempts, dict(sc.stats)
    attempts, stats = run(main())
    # backoff 0.2 s doubling with jitter, never reset by such short connections:
    # at most ~6 attempts in 2.5 s (today's code: 30 to 300)
    assert 2 <= attempts <= 8, (attempts, stats)


def test_one_connection_cannot_spend_the_shared_budget():
    async def main():
        shared = AttemptLimiter(rate=10, per=300)
        async with LocalStreamServer(api_keys=KEYS) as bad, \
                LocalStreamServer(api_keys=KEYS) as good:
            bad.close_after = 1
            sc_bad = client(bad, ["btcusdt@trade"], attempts=shared, backoff_base=0.001,
                            backoff_cap=0.002, max_attempts_per_connection=4)
            await sc_bad.start()
            await asyncio.sleep(1.0)
            n_bad = bad.connection_attempts
            async with client(good, ["btcusdt@trade"], attempts=shared, open_timeout=2) as sc:
                ev = await sc.recv(5)
            await sc_bad.close()
            return n_bad, ev
    n_bad, ev = run(main())
    assert n_bad == 4
    assert ev["$message"] == "TradesStreamEvent"


@pytest.mark.parametrize("policy", ["drop_oldest", "drop_newest"])
def test_queue_bounded_overflow_visible(policy):
    async def main():
        async with LocalStreamServer(api_keys=KEYS, interval=None) as srv:
            async with client(srv, ["btcusdt@trade"], max_queue=20, overflow=policy) as sc:
                await srv.step(50)
                await until(lambda: sc.stats["events"] >= 50)
                assert len(sc._q) <= 21
                got, gaps = [], []
                for n in (20, 21):
                    while len(got) < n:
                        try:
                            got.append(await sc.recv(5))
                        except QueueOverflow as e:
                            gaps.append((len(got), e.dropped))
                    await srv.step(1)
                return got, gaps, dict(sc.stats)
    got, gaps, stats = run(main())
    assert stats["dropped_queue_full"] == 30
    ids = [int(e["trades"]["id"][0]) for e in got]
    if policy == "drop_oldest":
        assert gaps == [(0, 30)]
    else:
        assert gaps == [(20, 30)]
    assert ids == sorted(ids) and len(set(ids)) == len(ids)


def test_queue_overflow_error_policy_fails_client():
    async def main():
        async with LocalStreamServer(api_keys=KEYS, interval=None) as srv:
            sc = client(srv, ["btcusdt@trade"], max_queue=5, overflow="error")
            await sc.start()
            await srv.step(10)
            await until(lambda: sc._error is not None)
            with pytest.raises(QueueOverflow):
                while True:
                    await sc.recv(5)
            await sc.close()
            return sc.stats
    assert run(main())["dropped_queue_full"] >= 1


def test_replayed_events_not_delivered_twice():
    async def main():
        async with LocalStreamServer(api_keys=KEYS, interval=None) as srv:
            srv.replay = 5
            async with client(srv, ["btcusdt@trade", "btcusdt@depth"],
                              backoff_base=0.01) as sc:
                await srv.step(10)
                evs = [await sc.recv(5) for _ in range(20)]
                srv.kill()
                await until(lambda: sc.stats["reconnects"] == 1 and srv.clients)
                await until(lambda: sc.stats["duplicates"] >= 10)
                await srv.step(3)
                evs += [await sc.recv(5) for _ in range(6)]
                return evs, dict(sc.stats)
    evs, stats = run(main())
    tr = trade_ids(evs)
    assert tr == list(range(tr[0], tr[0] + len(tr)))
    dd = [(e["firstBookUpdateId"], e["lastBookUpdateId"]) for e in evs
          if e["$message"] == "DepthDiffStreamEvent"]
    assert len(dd) == 13 and all(b[0] == a[1] + 1 for a, b in zip(dd, dd[1:]))
    assert stats["duplicates"] == 10


def test_frame_over_max_size_refused_then_reconnect():
    async def main():
        async with LocalStreamServer(api_keys=KEYS, interval=None) as srv:
            async with client(srv, ["btcusdt@trade"], max_frame_size=64 * 1024,
                              backoff_base=0.01) as sc:
                srv.inject(b"\x00" * (1 << 20))
                await until(lambda: sc.stats["reconnects"] == 1 and srv.clients)
                await srv.step(1)
                return await sc.recv(5), dict(sc.stats)
    ev, stats = run(main())
    assert ev["$message"] == "TradesStreamEvent" and stats["events"] == 1


def test_half_open_connection_detected_and_replaced():
    async def main():
        async with LocalStreamServer(api_keys=KEYS, interval=0.01) as srv:
            drops = []
            async with client(srv, ["btcusdt@bestBidAsk"], ping_interval=0.3,
                              ping_timeout=0.3, backoff_base=0.01,
                              on_disconnect=drops.append) as sc:
                await sc.recv(5)
                t0 = time.monotonic()
                assert srv.freeze() == 1
                await until(lambda: sc.stats["reconnects"] == 1)
                took = time.monotonic() - t0
                assert drops == [["btcusdt@bestBidAsk"]] and sc.stats["disconnects"] == 1
                while sc._q:
                    sc._q.popleft()
                ev = await sc.recv(5)
                return took, ev
    took, ev = run(main())
    assert took < 0.3 + 0.3 + 1.5, took
    assert ev["$message"] == "BestBidAskStreamEvent"


def test_recv_timeout_and_concurrent_waiters():
    async def main():
        async with LocalStreamServer(api_keys=KEYS, interval=None) as srv:
            async with client(srv, ["btcusdt@trade"]) as sc:
                t0 = time.monotonic()
                with pytest.raises(asyncio.TimeoutError):
                    await sc.recv(0.2)
                assert 0.15 < time.monotonic() - t0 < 2.0
                a = asyncio.create_task(sc.recv(5))
                b = asyncio.create_task(sc.recv(5))
                await asyncio.sleep(0.05)
                await srv.step(2)
                got = await asyncio.gather(a, b)
                return [int(e["trades"]["id"][0]) for e in got]
    ids = run(main())
    assert len(set(ids)) == 2


def test_base_url_shortcuts_and_invalid_urls():
    assert StreamClient(api_key="k", base_url="testnet").base_url == TESTNET
    assert StreamClient(api_key="k", base_url="demo").base_url == DEMO
    assert StreamClient(api_key="k").base_url == PROD
    assert StreamClient(api_key="k", base_url="wss://x.example:9443/stream").base_url == \
        "wss://x.example:9443"
    for bad in ("tesnet", "https://stream-sbe.binance.com", "ws://", "wss://h:99999"):
        with pytest.raises(ValueError):
            StreamClient(api_key="k", base_url=bad)
    with pytest.raises(ValueError):
        StreamClient(api_key="k", overflow="block")
    with pytest.raises(ValueError):
        StreamClient(api_key="k", max_queue=0)


def test_dead_connection_task_reaches_every_consumer(monkeypatch):
    from sbe.ws import StreamError, streams

    async def broken_connect(*a, **kw):      # a bug inside the connection task
        raise RuntimeError("boom")

    async def main():
        async with LocalStreamServer(api_keys=KEYS, interval=None) as srv:
            sc = client(srv, ["btcusdt@trade"], backoff_base=0.01)
            await sc.start()
            waiters = [asyncio.create_task(sc.recv()), asyncio.create_task(sc.__anext__())]
            await asyncio.sleep(0.05)
            monkeypatch.setattr(streams._transport, "connect", broken_connect)
            srv.kill()
            done, pending = await asyncio.wait(waiters, timeout=10)
            assert not pending
            excs = [t.exception() for t in waiters]
            with pytest.raises(StreamError):
                await sc.run(lambda ev: None)
            await sc.close()
            return excs
    excs = run(main())
    assert all(isinstance(e, StreamError) and isinstance(e.__cause__, RuntimeError)
               for e in excs), excs


def test_peek_matches_decoder_and_checks_block_length():
    from sbe.errors import MalformedError
    for f in real_frames().values():
        m = stream.decode(f)
        tid, sym, first, last = peek(f)
        assert sym == m["symbol"]
        if m["$message"] == "TradesStreamEvent":
            ids = [int(t["id"]) for t in m["trades"]]
            assert (first, last) == (ids[0], ids[-1])
        elif m["$message"] == "DepthDiffStreamEvent":
            assert (first, last) == (m["firstBookUpdateId"], m["lastBookUpdateId"])
        else:
            assert first == last == m["bookUpdateId"]
    bba = real_frames()["bestBidAsk"]
    with pytest.raises(MalformedError):
        peek((8).to_bytes(2, "little") + bba[2:])     # a root block too short for its ids
