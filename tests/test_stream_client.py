"""SBE market-data stream client against the local stream server, over real sockets."""

from __future__ import annotations

import asyncio
import time

import numpy as np
import pytest

pytest.importorskip("websockets")

from sbe.ws import (AttemptLimiter, Frame, HandshakeError, KeyTypeError, StreamClient,  # noqa: E402
                    normalize_stream, stream_key)
from sbe.testing.ws_stream import LocalStreamServer  # noqa: E402

KEYS = {"ED": "ed25519", "HM": "hmac"}


def run(coro, timeout=15.0):
    return asyncio.run(asyncio.wait_for(coro, timeout))


def client(srv, streams, **kw):
    kw.setdefault("api_key", "ED")
    kw.setdefault("attempts", AttemptLimiter())
    return StreamClient(streams, base_url=srv.url, **kw)


async def collect(sc, seconds):
    out, end = [], time.monotonic() + seconds
    while time.monotonic() < end:
        out.append(await sc.recv(2))
    return out


def assert_continuous(evs, symbol="BTCUSDT"):
    """Trades ids consecutive, depth diffs chained: nothing lost, nothing twice."""
    tr = [int(t) for e in evs if e["$message"] == "TradesStreamEvent" and e["symbol"] == symbol
          for t in e["trades"]["id"]]
    assert tr and tr == list(range(tr[0], tr[0] + len(tr)))
    dd = [(e["firstBookUpdateId"], e["lastBookUpdateId"]) for e in evs
          if e["$message"] == "DepthDiffStreamEvent" and e["symbol"] == symbol]
    assert dd
    for a, b in zip(dd, dd[1:]):
        assert b[0] == a[1] + 1, (a, b)


def test_names():
    assert normalize_stream("BTCUSDT@bestBidAsk") == "btcusdt@bestBidAsk"
    assert stream_key("btcusdt@depth") == (10003, "BTCUSDT")
    assert stream_key("ethusdt@depth20") == (10002, "ETHUSDT")
    assert stream_key("ethusdt@trade") == (10000, "ETHUSDT")
    with pytest.raises(ValueError):
        stream_key("btcusdt@kline_1m")
    with pytest.raises(ValueError):
        normalize_stream("btcusdt")


def test_combined_decoded_events():
    async def main():
        async with LocalStreamServer(api_keys=KEYS) as srv:
            async with client(srv, ["BTCUSDT@bestBidAsk", "btcusdt@depth", "ethusdt@trade"]) as sc:
                evs = await collect(sc, 0.4)
        return evs
    evs = run(main())
    streams = {e["$stream"] for e in evs}
    assert streams == {"btcusdt@bestBidAsk", "btcusdt@depth", "ethusdt@trade"}
    for e in evs:
        assert e["$recvTime"] >= e["eventTime"]
        assert abs(e["$recvTime"] - time.time_ns() // 1000) < 60e6
        if e["$message"] == "DepthDiffStreamEvent":
            assert isinstance(e["bids"], np.ndarray) and e["bids"].dtype.names == ("price", "qty")
    dd = [(e["firstBookUpdateId"], e["lastBookUpdateId"]) for e in evs
          if e["$message"] == "DepthDiffStreamEvent"]
    assert all(b[0] == a[1] + 1 for a, b in zip(dd, dd[1:]))


def test_single_stream_raw_frames_and_callback():
    async def main():
        got = []
        async with LocalStreamServer(api_keys=KEYS) as srv:
            sc = client(srv, ["btcusdt@trade"], raw=True)
            await sc.start()
            f = await sc.recv(2)
            assert isinstance(f, Frame) and f.stream == "btcusdt@trade"
            from sbe import stream
            assert stream.decode(f.data)["$message"] == "TradesStreamEvent"

            def cb(ev):
                got.append(ev)
                if len(got) >= 5:
                    asyncio.get_running_loop().create_task(sc.close())
            await asyncio.wait_for(sc.run(cb), 5)
        return got
    assert len(run(main())) >= 5


def test_float_decimals_and_list_groups():
    async def main():
        async with LocalStreamServer(api_keys=KEYS) as srv:
            async with client(srv, ["btcusdt@depth20"], decimals="float", groups="list") as sc:
                return await sc.recv(2)
    ev = run(main())
    assert ev["$message"] == "DepthSnapshotStreamEvent"
    assert isinstance(ev["bids"], list) and isinstance(ev["bids"][0]["price"], float)
    assert len(ev["bids"]) == 20 and ev["bids"][0]["price"] < ev["asks"][0]["price"]


def test_key_errors():
    from sbe.client.signing import HmacSigner
    with pytest.raises(KeyTypeError, match="API key"):
        StreamClient(["btcusdt@trade"])
    with pytest.raises(KeyTypeError, match="Ed25519"):
        StreamClient(["btcusdt@trade"], api_key=HmacSigner("x"))

    async def main(key):
        async with LocalStreamServer(api_keys=KEYS) as srv:
            async with client(srv, ["btcusdt@trade"], api_key=key):
                pass
    with pytest.raises(HandshakeError) as ei:
        run(main("HM"))
    assert ei.value.status == 401 and "Ed25519" in ei.value.msg
    with pytest.raises(HandshakeError) as ei:
        run(main("unknown"))
    assert ei.value.code == -2015


def test_invalid_stream_handshake_error():
    async def main():
        async with LocalStreamServer(api_keys=KEYS) as srv:
            async with client(srv, ["xxxusdt@trade"]):
                pass
    with pytest.raises(HandshakeError) as ei:
        run(main())
    assert ei.value.status == 400


def test_live_subscribe_unsubscribe_rate_limited():
    async def main():
        async with LocalStreamServer(api_keys=KEYS) as srv:
            async with client(srv, []) as sc:
                names = [f"{s}@{c}" for s in ("btcusdt", "ethusdt")
                         for c in ("trade", "bestBidAsk", "depth", "depth20")]
                t0 = time.monotonic()
                # one SUBSCRIBE per call, all at once: the client paces them (< 5/s)
                await asyncio.gather(*(sc.subscribe(n) for n in names))
                took = time.monotonic() - t0
                assert sorted(await sc.list_subscriptions()) == sorted(names)
                evs = await collect(sc, 0.3)
                assert {e["$stream"] for e in evs} == set(names)
                await sc.unsubscribe("btcusdt@trade", "ethusdt@trade")
                await asyncio.sleep(0.1)
                evs = await collect(sc, 0.3)
                assert not any(e["$message"] == "TradesStreamEvent" for e in evs)
                assert sc.connections == 1
            return took, srv.rate_violations
    took, violations = run(main())
    assert violations == 0
    assert took >= 1.0          # 9 messages (8 + LIST) at 4/s


def test_streams_spread_over_connections():
    async def main():
        async with LocalStreamServer(api_keys=KEYS, max_streams=3) as srv:
            names = [f"{s}@{c}" for s in ("btcusdt", "ethusdt")
                     for c in ("trade", "bestBidAsk", "depth", "depth20")]
            async with client(srv, names[:5], max_streams_per_connection=3) as sc:
                assert sc.connections == 2
                await sc.subscribe(*names[5:])
                assert sc.connections == 3
                evs = await collect(sc, 0.4)
                assert {e["$stream"] for e in evs} == set(names)
                assert len(srv.clients) == 3
                assert max(len(c.streams) for c in srv.clients) <= 3
    run(main())


def test_server_rejects_too_many_streams():
    async def main():
        async with LocalStreamServer(api_keys=KEYS, max_streams=2) as srv:
            async with client(srv, ["btcusdt@trade", "btcusdt@depth", "btcusdt@depth20"]):
                pass
    with pytest.raises(HandshakeError):
        run(main())
    with pytest.raises(ValueError):
        StreamClient([], api_key="ED", max_streams_per_connection=2000)


def test_reconnect_after_kill():
    async def main():
        calls = []
        async with LocalStreamServer(api_keys=KEYS) as srv:
            async with client(srv, ["btcusdt@trade", "btcusdt@depth"], backoff_base=0.05,
                              on_reconnect=calls.append) as sc:
                await collect(sc, 0.2)
                assert srv.kill() == 1
                await asyncio.sleep(0.05)
                evs = await collect(sc, 0.5)
                assert evs
                assert sc.stats["reconnects"] == 1
                assert calls == [["btcusdt@trade", "btcusdt@depth"]]
                assert len(srv.clients) == 1
                # resubscribed to the same streams
                assert next(iter(srv.clients)).streams == {"btcusdt@trade", "btcusdt@depth"}
    run(main())


def test_rotation_before_lifetime_no_loss_no_duplicate():
    async def main():
        async with LocalStreamServer(api_keys=KEYS, lifetime=0.8) as srv:
            async with client(srv, ["btcusdt@trade", "btcusdt@depth", "btcusdt@bestBidAsk"],
                              max_connection_age=0.5, stable_after=0.3) as sc:
                evs = await collect(sc, 2.2)
                return evs, sc.stats
    evs, stats = run(main())
    assert stats["rotations"] >= 3 and stats["reconnects"] == 0
    assert_continuous(evs)
    bba = [e["bookUpdateId"] for e in evs if e["$message"] == "BestBidAskStreamEvent"]
    assert bba == sorted(set(bba))


def test_server_shutdown_rotation():
    async def main():
        async with LocalStreamServer(api_keys=KEYS) as srv:
            # compressed time: connections count as stable after 0.2 s (default 30 s)
            async with client(srv, ["btcusdt@trade", "btcusdt@depth"], stable_after=0.2) as sc:
                task = asyncio.create_task(collect(sc, 1.5))
                await asyncio.sleep(0.3)
                srv.server_shutdown(grace=0.3)
                await asyncio.sleep(0.6)
                srv.server_shutdown(grace=0.02)
                evs = await task
                return evs, sc.stats, srv.connection_attempts
    evs, stats, attempts = run(main())
    assert stats["rotations"] == 2 and stats["reconnects"] == 0
    assert attempts == 3
    assert_continuous(evs)


def test_pings_answered():
    async def main():
        async with LocalStreamServer(api_keys=KEYS, ping_interval=0.05, ping_timeout=0.3) as srv:
            async with client(srv, ["btcusdt@bestBidAsk"], ping_interval=None) as sc:
                await collect(sc, 1.0)
                return sc.stats, srv.connection_attempts
    stats, attempts = run(main())
    assert stats["reconnects"] == 0 and attempts == 1


def test_attempt_limiter():
    async def main():
        lim = AttemptLimiter(rate=2, per=0.3)
        t0 = time.monotonic()
        for _ in range(3):
            await lim.acquire()
        return time.monotonic() - t0
    assert run(main()) >= 0.25


def test_reconnects_respect_attempt_limit():
    async def main():
        async with LocalStreamServer(api_keys=KEYS) as srv:
            lim = AttemptLimiter(rate=3, per=1.0)
            async with client(srv, ["btcusdt@trade"], attempts=lim, backoff_base=0.001) as sc:
                for _ in range(4):
                    srv.kill()
                    await asyncio.sleep(0.05)
                await asyncio.sleep(0.2)
                return srv.connection_attempts
    assert run(main()) <= 3
