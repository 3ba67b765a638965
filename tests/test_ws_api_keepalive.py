"""A half-open WebSocket API connection (the server stops reading and answering, the socket
stays open) is detected within ping_interval + ping_timeout, and replaced."""

from __future__ import annotations

import asyncio
import time

import pytest

pytest.importorskip("picows")
pytest.importorskip("cryptography")

from _ws_api_fixtures import client, run, server, until  # noqa: E402

from sbe.ws.api import ConnectionLost  # noqa: E402


def test_half_open_detected_within_ping_interval_plus_timeout():
    async def main():
        async with server(ping_interval=None) as srv:
            async with client(srv, ping_interval=0.3, ping_timeout=0.3,
                              request_timeout=30) as a:
                assert await a.ping()
                srv.freeze()
                t0 = time.monotonic()
                with pytest.raises(ConnectionLost) as ei:
                    await a.ping()               # no answer: fails when the ping times out
                took = time.monotonic() - t0
                assert ei.value.kind == "ping_timeout", ei.value
                assert took < 0.3 + 0.3 + 1.0, took   # slack for a loaded machine
                await until(lambda: a.connected and srv.connections_total == 2,
                            what="a new connection")
                assert await a.ping()
    run(main())


def test_quiet_but_alive_connection_is_kept():
    async def main():
        async with server(ping_interval=None) as srv:
            async with client(srv, ping_interval=0.4, ping_timeout=0.4) as a:
                assert await a.ping()
                await asyncio.sleep(1.5)         # several idle pings answered
                assert a.connected and srv.connections_total == 1
                assert a.stats["reconnects"] == 0
    run(main())
