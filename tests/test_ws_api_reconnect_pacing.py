"""Reconnects are paced by a backoff no server can bypass: serverShutdown right after every
handshake, or a close right after it, cannot make the client spin (today: hundreds of
connections in seconds, the process-wide budget spent)."""

from __future__ import annotations

import asyncio

import pytest

pytest.importorskip("picows")
pytest.importorskip("cryptography")

from _ws_api_fixtures import client, run, server  # noqa: E402


@pytest.mark.parametrize("mode", ["shutdown_on_connect", "close_on_connect"])
def test_misbehaving_server_cannot_make_the_client_spin(mode):
    async def main():
        kw = {"lifetime": 0.01} if mode == "close_on_connect" else {}
        async with server(**kw) as srv:
            a = client(srv, backoff_base=0.05, backoff_cap=5.0)
            try:
                await a.connect()
                srv.shutdown_on_connect = mode == "shutdown_on_connect"
                if mode == "shutdown_on_connect":
                    await srv.server_shutdown(grace=0.05)
                await asyncio.sleep(2.0)
                n = srv.connection_attempts
            finally:
                await a.close()
            # 0.05 * 2**k with jitter (x0.5..1): at most ~8 attempts in 2 s, never hundreds
            assert 2 <= n <= 12, n
    run(main())


def test_backoff_resets_only_after_a_connection_lived():
    async def main():
        async with server() as srv:
            a = client(srv, backoff_base=0.05, backoff_cap=5.0, stable_after=1.0)
            try:
                await a.connect()
                for _ in range(4):                        # drops of young connections
                    srv.kill()
                    await asyncio.sleep(0.05)
                    while not a.connected:
                        await asyncio.sleep(0.01)
                grown = a._backoff.n
                assert grown >= 4
                await asyncio.sleep(1.2)                  # this one lives long enough
                srv.kill()
                await asyncio.sleep(0.05)
                while not a.connected:
                    await asyncio.sleep(0.01)
                assert a._backoff.n == 1                  # reset, then one step
            finally:
                await a.close()
    run(main())


def test_one_misbehaving_client_cannot_spend_the_shared_budget():
    from sbe.ws import AttemptLimiter

    async def main():
        shared = AttemptLimiter(rate=20, per=300.0)       # a small process-wide budget
        async with server() as srv:
            bad = client(srv, attempts=shared, backoff_base=0.001, backoff_cap=0.002,
                         max_attempts_per_connection=5)
            await bad.connect()
            srv.shutdown_on_connect = True
            await srv.server_shutdown(grace=0.01)
            await asyncio.sleep(1.0)
            assert bad.stats["connect_attempts"] == 5     # its share, then it waits
            srv.shutdown_on_connect = False
            good = client(srv, attempts=shared)
            await asyncio.wait_for(good.connect(), 2)     # the budget is still there
            assert await good.ping()
            await good.close()
            await bad.close()
    run(main())
