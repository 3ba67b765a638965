"""The WebSocket API client closes every socket it opened, and pending requests fail with a
typed error that says what happened (closed by the user, dropped, server close code/reason)."""

from __future__ import annotations

import asyncio

import pytest

pytest.importorskip("picows")
pytest.importorskip("cryptography")

from _ws_api_fixtures import ED, client, run, server, until  # noqa: E402

from sbe.ws.api import ConnectionLost  # noqa: E402


def test_every_socket_closed_after_bad_frames_shutdown_and_drop():
    async def main():
        async with server() as srv:
            a = client(srv, "ED", ED)
            await a.connect()
            await a.connect()                                # idempotent: one socket
            assert await a.ping()
            assert srv.connections_total == 1 and a.stats["connect_attempts"] == 1
            await a.logon()
            await a.user_data()
            await srv.send_raw(b"garbage")                   # a bad frame
            await srv.send_raw("text")
            assert await a.ping()
            await srv.server_shutdown(grace=0.5)             # rotation: new socket, old retired
            await until(lambda: srv.connections_total == 2 and a.connected
                        and srv.requests["session.logon"] == 2, what="rotation")
            srv.kill()                                       # drop: reconnect
            await until(lambda: srv.connections_total == 3 and a.connected, what="reconnect")
            assert await a.ping()
            await a.close()
            await until(lambda: srv.open_connections == 0, timeout=10,
                        what="every server-side connection closed after close()")
            assert not a.connected
    run(main())


def test_pending_requests_fail_closed_by_user():
    async def main():
        async with server() as srv:
            a = client(srv)
            await a.connect()
            srv.silent = True
            reqs = [asyncio.ensure_future(a.ping()) for _ in range(3)]
            await until(lambda: srv.requests["ping"] == 3, what="requests sent")
            await a.close()
            for r in reqs:
                with pytest.raises(ConnectionLost) as ei:
                    await r
                assert ei.value.kind == "closed_by_user" and "close() called" in str(ei.value)
                assert isinstance(ei.value, ConnectionError)
            with pytest.raises(ConnectionLost):              # and later calls too
                await a.ping()
            await until(lambda: srv.open_connections == 0, what="socket closed")
    run(main())


def test_pending_request_fails_with_server_close_code_and_reason():
    async def main():
        async with server() as srv:
            async with client(srv) as a:
                srv.silent = True
                req = asyncio.ensure_future(a.ping())
                await until(lambda: srv.requests["ping"] == 1, what="request sent")
                await srv.close_all(1013, "try again later")
                with pytest.raises(ConnectionLost) as ei:
                    await req
                e = ei.value
                assert e.kind == "server_close" and e.code == 1013 and e.by_peer
                assert e.reason == "try again later" and "try again later" in str(e)
                assert "'ping'" in str(e)
                srv.silent = False
                await until(lambda: a.connected, what="reconnected")
                assert await a.ping()
    run(main())


def test_pending_request_fails_dropped():
    async def main():
        async with server() as srv:
            async with client(srv) as a:
                srv.silent = True
                req = asyncio.ensure_future(a.ping())
                await until(lambda: srv.requests["ping"] == 1, what="request sent")
                srv.kill()
                with pytest.raises(ConnectionLost) as ei:
                    await req
                assert ei.value.kind == "dropped" and ei.value.code == 1006
    run(main())


def test_open_that_times_out_leaves_no_socket():
    from sbe.ws._transport import OpenTimeout

    async def main():
        eofs = []

        async def mute(reader, writer):             # accepts TCP, never answers the upgrade
            await reader.read()                     # returns at EOF
            eofs.append(1)
            writer.close()

        srv = await asyncio.start_server(mute, "127.0.0.1", 0)
        port = srv.sockets[0].getsockname()[1]
        try:
            from _ws_api_fixtures import AttemptLimiter, WebSocketAPI
            a = WebSocketAPI(f"ws://127.0.0.1:{port}", open_timeout=0.3,
                             attempts=AttemptLimiter())
            with pytest.raises(OpenTimeout):
                await a.connect()
            await until(lambda: eofs, timeout=10, what="the half-opened socket closed")
            await a.close()
        finally:
            srv.close()
    run(main())
