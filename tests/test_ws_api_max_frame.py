"""Frames have a maximum size checked from the frame header, before any allocation: a header
announcing 128 MiB is refused at once (no waiting for, nor buffering of, the payload)."""

from __future__ import annotations

import asyncio
import resource

import pytest

pytest.importorskip("picows")
pytest.importorskip("cryptography")

from _ws_api_fixtures import client, run, server, until  # noqa: E402

from sbe.ws.api import DEFAULT_MAX_FRAME_SIZE, ConnectionLost  # noqa: E402


def _big_depth_envelope(rid: str, levels: int) -> bytes:
    """A WebSocketResponse with a DepthResponse of ``levels`` bids and asks (16 B each)."""
    import struct

    import numpy as np

    from sbe import spot
    from sbe.testing.data import encode_depth
    lv = np.stack([np.arange(levels, dtype=np.int64) + 1, np.ones(levels, dtype=np.int64)], 1)
    inner = encode_depth(7, -2, -8, lv, lv)
    return struct.pack("<HHHHBH", 3, 50, spot.SCHEMA_ID, spot.SCHEMA_VERSION, 0, 200) + \
        struct.pack("<HH", 19, 0) + bytes([len(rid)]) + rid.encode() + \
        struct.pack("<I", len(inner)) + inner


def test_default_limit_takes_a_multi_mib_response():
    # the largest real replies (exchangeInfo for every symbol) are a few MiB in SBE
    assert DEFAULT_MAX_FRAME_SIZE >= 8 << 20

    async def main():
        async with server() as srv:
            async with client(srv) as a:
                srv.mangle_next = lambda b: _big_depth_envelope("1", 140_000)   # 4.3 MiB
                d = await a.request("depth", {"symbol": "BTCUSDT", "limit": 5000})
                assert len(d["bids"]) == 140_000 and a.stats["bad_frames"] == 0
    run(main())


def test_oversized_frame_refused_from_its_header():
    async def main():
        async with server() as srv:
            async with client(srv, max_frame_size=1 << 20) as a:
                assert (await a.depth("BTCUSDT", 5000))["$message"] == "DepthResponse"
                srv.silent = True
                req = asyncio.ensure_future(a.request("ping", timeout=30))
                await until(lambda: srv.requests["ping"] == 1, what="request sent")
                rss0 = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
                srv.send_frame_header(128 << 20)   # only 16 payload bytes ever follow
                with pytest.raises(ConnectionLost) as ei:
                    await asyncio.wait_for(req, 5)
                assert ei.value.kind == "frame_too_big" and ei.value.code == 1009
                assert "max_frame_size" in str(ei.value)
                grown = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss - rss0
                assert grown < 64 * 1024, f"RSS grew by {grown} KiB"
                srv.silent = False
                await until(lambda: a.connected, what="replacement connection")
                assert await a.ping()
    run(main())


def test_invalid_limits_rejected():
    from sbe.ws import WebSocketAPI
    with pytest.raises(ValueError):
        WebSocketAPI("prod", max_frame_size=0)
    with pytest.raises(ValueError):
        WebSocketAPI("prod", max_pending=0)
