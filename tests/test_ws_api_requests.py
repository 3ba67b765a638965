"""Request/response: a bounded pending table, the timeout as a deadline for the whole call,
typed errors, late answers counted."""

from __future__ import annotations

import asyncio
import time

import pytest

pytest.importorskip("picows")
pytest.importorskip("cryptography")

from _ws_api_fixtures import client, run, server, until  # noqa: E402

from sbe.ws.api import RequestTimeout, TooManyPendingRequests  # noqa: E402


def test_pending_table_is_bounded():
    async def main():
        async with server() as srv:
            async with client(srv, max_pending=3) as a:
                srv.silent = True
                reqs = [asyncio.ensure_future(a.request("ping", timeout=5)) for _ in range(3)]
                await until(lambda: srv.requests["ping"] == 3, what="3 requests sent")
                with pytest.raises(TooManyPendingRequests, match="max_pending=3"):
                    await a.ping()
                assert srv.requests["ping"] == 3      # refused before sending
                for r in reqs:
                    r.cancel()
                await asyncio.gather(*reqs, return_exceptions=True)
                srv.silent = False
                assert await a.ping()                 # cancelled requests freed their slots
    run(main())


def test_timeout_is_a_deadline_and_typed():
    async def main():
        async with server() as srv:
            async with client(srv) as a:
                srv.silent = True
                t0 = time.monotonic()
                with pytest.raises(RequestTimeout, match="'ping'") as ei:
                    await a.request("ping", timeout=0.3)
                took = time.monotonic() - t0
                assert isinstance(ei.value, TimeoutError) and 0.25 <= took < 2.0
                srv.silent = False
                assert await a.time()
                assert a.stats["request_timeouts"] == 1
    run(main())


def test_deadline_covers_waiting_for_a_reconnection():
    async def main():
        async with server() as srv:
            async with client(srv, backoff_base=2.0, backoff_cap=2.0) as a:
                assert await a.ping()
                srv.kill()                            # reconnect after >= 1 s (jitter)
                await until(lambda: not a.connected, what="drop seen")
                t0 = time.monotonic()
                with pytest.raises(RequestTimeout, match="reconnecting"):
                    await a.request("ping", timeout=0.3)
                assert time.monotonic() - t0 < 2.0
                assert (await a.request("ping", timeout=10)) == {"$message": "PingResponse"}
    run(main())
