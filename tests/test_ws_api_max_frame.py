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


def test_default_fits_large_responses():
    assert DEFAULT_MAX_FRAME_SIZE >= 8 << 20       # an SBE exchangeInfo is a few MiB


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
