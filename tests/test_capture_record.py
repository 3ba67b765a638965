"""``python -m sbe record`` in a subprocess against the local stream server (real sockets):
what the server sent comes back from the file, also after a SIGKILL mid-block."""

from __future__ import annotations

import asyncio
import os
import signal
import sys
import time

import pytest

pytest.importorskip("websockets")
pytest.importorskip("picows")

from sbe import stream  # noqa: E402
from sbe.capture import FRAME, CaptureReader, read_records  # noqa: E402
from sbe.testing.ws_stream import LocalStreamServer, SimBook  # noqa: E402
from conftest import SBE_HOME

KEYS = {"ED": "ed25519"}
STREAMS = ["btcusdt@bestBidAsk", "btcusdt@depth"]


def run(coro, timeout=40.0):
    return asyncio.run(asyncio.wait_for(coro, timeout))


async def until(cond, timeout=10.0, step=0.01):
    end = time.monotonic() + timeout
    while not cond():
        if time.monotonic() > end:
            raise AssertionError("condition not met in time")
        await asyncio.sleep(step)


def market_frames(n):
    b = SimBook("BTCUSDT", seed=7)
    out = []
    for i in range(n):
        msgs = b.step(1_700_000_000_000_000 + i)
        out += [stream.encode(msgs["depth"]), stream.encode(msgs["bestBidAsk"])]
    return out[:n]


async def recorder(srv, out, *args):
    env = dict(os.environ, BINANCE_API_KEY="ED")
    return await asyncio.create_subprocess_exec(
        sys.executable, "-m", "sbe", "record", *STREAMS, "--base-url", srv.url,
        "--out", str(out), "--fsync", "never", *args, env=env, cwd=SBE_HOME,
        stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE)


async def connected(srv):
    await until(lambda: any(set(STREAMS) <= set(c.streams) for c in srv.clients), 20)


@pytest.mark.parametrize("zstd", [False, True])
def test_record_cli_reads_back_what_the_server_sent(tmp_path, zstd):
    if zstd:
        pytest.importorskip("zstandard")
    sent = market_frames(500)

    async def main():
        async with LocalStreamServer(["BTCUSDT"], api_keys=KEYS, interval=None) as srv:
            p = await recorder(srv, tmp_path, "--count", str(len(sent)), "--block-size", "8K",
                               *(["--zstd"] if zstd else []))
            await connected(srv)
            t0 = time.time_ns()
            await srv.pump(sent)
            _, err = await asyncio.wait_for(p.communicate(), 20)
            assert p.returncode == 0, err
            return t0, time.time_ns(), err.decode()

    t0, t1, err = run(main())
    assert f"recorded {len(sent)} frames" in err
    files = sorted(str(tmp_path / f) for f in os.listdir(tmp_path))
    assert len(files) == 1
    rd = CaptureReader(files[0])
    recs = list(rd)
    frames = [r for r in recs if r.kind == FRAME]
    assert [r.data for r in frames] == sent                       # lossless, in order
    assert all(t0 <= r.recv_ns <= t1 for r in frames)             # local ns stamps
    assert [r.recv_ns for r in frames] == sorted(r.recv_ns for r in frames)
    assert len({r.conn for r in frames}) == 1
    assert rd.header["streams"] == STREAMS and rd.header["codec"] == ("zstd" if zstd else "none")
    assert [e["event"] for e in rd.events()] == ["start", "ended", "stop"]   # ended: close()
    assert rd.stopped is None


def test_sigkill_mid_block_keeps_every_complete_block(tmp_path):
    sent = market_frames(3000)

    async def main():
        async with LocalStreamServer(["BTCUSDT"], api_keys=KEYS, interval=None) as srv:
            p = await recorder(srv, tmp_path, "--block-size", "4K", "--flush-interval", "60")
            await connected(srv)
            await srv.pump(sent)
            # wait until several blocks are on disk, with the rest in the open block
            await until(lambda: os.listdir(tmp_path) and
                        os.path.getsize(tmp_path / os.listdir(tmp_path)[0]) > 40_000, 20)
            await asyncio.sleep(0.2)
            p.send_signal(signal.SIGKILL)
            await asyncio.wait_for(p.wait(), 10)
            assert p.returncode == -signal.SIGKILL

    run(main())
    (path,) = [str(tmp_path / f) for f in os.listdir(tmp_path)]
    rd = CaptureReader(path)
    frames = [r.data for r in rd if r.kind == FRAME]
    blocks = list(CaptureReader(path).blocks())
    assert len(blocks) >= 5
    # every frame of every complete block, a prefix of what was sent; the open block lost
    assert frames == sent[:len(frames)]
    assert 0 < len(frames) < len(sent)
    assert sum(b.n for b in blocks) == len(frames) + 1            # + the "start" event
    # a kill never leaves a half block here (one write per block), but if it did the
    # reader would stop there and say so
    assert rd.stopped is None or rd.stopped.offset >= blocks[-1].offset


def test_record_reconnect_is_an_event_and_rotation_by_size(tmp_path):
    async def main():
        async with LocalStreamServer(["BTCUSDT"], api_keys=KEYS, interval=0.005) as srv:
            p = await recorder(srv, tmp_path, "--rotate-size", "4K", "--block-size", "1K",
                               "--flush-interval", "0.1")
            await connected(srv)
            await until(lambda: srv.sent["btcusdt@depth"] > 50)
            srv.kill()
            await until(lambda: srv.connection_attempts >= 2 and srv.clients, 20)
            await until(lambda: len(os.listdir(tmp_path)) > 3, 20)
            p.send_signal(signal.SIGTERM)                     # graceful: the open block kept
            _, err = await asyncio.wait_for(p.communicate(), 20)
            assert p.returncode == 0, err

    run(main())
    recs = list(read_records(str(tmp_path), strict=True))
    assert len(os.listdir(tmp_path)) > 3
    import json
    events = [json.loads(r.data)["event"] for r in recs if r.kind != FRAME]
    assert events[0] == "start" and events[-1] == "stop"
    assert "disconnect" in events and "reconnect" in events
    assert events.index("disconnect") < events.index("reconnect")
    ids = [stream.decode(r.data)["lastBookUpdateId"] for r in recs if r.kind == FRAME
           and stream.decode(r.data)["$message"] == "DepthDiffStreamEvent"]
    assert ids == sorted(ids) and len(ids) > 50


def test_record_cli_refused_key_fails_with_one_line_and_closed_file(tmp_path):
    async def main():
        async with LocalStreamServer(["BTCUSDT"], api_keys=KEYS, interval=None) as srv:
            env = dict(os.environ, BINANCE_API_KEY="NOT-A-KEY")
            p = await asyncio.create_subprocess_exec(
                sys.executable, "-m", "sbe", "record", *STREAMS, "--base-url", srv.url,
                "--out", str(tmp_path), env=env, cwd=SBE_HOME, stderr=asyncio.subprocess.PIPE)
            _, err = await asyncio.wait_for(p.communicate(), 20)
            return p.returncode, err.decode()

    rc, err = run(main())
    assert rc == 1 and err.startswith("error: ") and "NOT-A-KEY" not in err
    (path,) = [str(tmp_path / f) for f in os.listdir(tmp_path)]
    rd = CaptureReader(path, strict=True)             # complete, closed with a stop event
    assert [e["event"] for e in rd.events()] == ["start", "ended", "stop"]


def test_replay_cli_prints_decoded_events_and_where_a_file_stopped(tmp_path):
    from sbe.capture import CaptureWriter
    sent = market_frames(40)
    w = CaptureWriter(str(tmp_path), STREAMS, fsync="never", block_size=512)
    for i, f in enumerate(sent):
        w.write_frame(f, 1_700_000_000_000_000_000 + i * 1000, 1)
    w.close()
    whole = open(w.files[0], "rb").read()
    open(w.files[0], "wb").write(whole[:-7])          # a crash inside the last block
    import subprocess
    import json
    r = subprocess.run([sys.executable, "-m", "sbe", "replay", str(tmp_path), "--decimals",
                        "float"], capture_output=True, text=True, timeout=60, cwd=SBE_HOME)
    assert r.returncode == 0, r.stderr
    evs = [json.loads(line) for line in r.stdout.splitlines()]
    dec = stream.Decoder(decimals="float", groups="list")
    n = len(evs)
    assert 0 < n < len(sent)
    assert [e["$message"] for e in evs] == [dec.decode(f)["$message"] for f in sent[:n]]
    assert evs[0]["$recvTime"] == 1_700_000_000_000_000
    assert evs[0]["$stream"] == "btcusdt@depth"
    assert "stopped at offset" in r.stderr and "truncated" in r.stderr
