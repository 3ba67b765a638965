"""When a reconnection is refused for good (handshake refused, logon refused), the user data
consumer and later requests get the typed error instead of waiting forever."""

from __future__ import annotations

import pytest

pytest.importorskip("picows")
pytest.importorskip("cryptography")

from _ws_api_fixtures import ED, client, run, server  # noqa: E402

from sbe.client.errors import BinanceAPIError  # noqa: E402
from sbe.ws import HandshakeError  # noqa: E402


def test_logon_refused_on_reconnect_reaches_the_consumer():
    async def main():
        async with server() as srv:
            async with client(srv, "ED", ED) as a:
                await a.logon()
                uds = await a.user_data()
                del srv.keys["ED"]                      # the key is revoked meanwhile
                srv.kill()
                with pytest.raises(BinanceAPIError) as ei:
                    await uds.recv(10)
                assert ei.value.code == -2015
                with pytest.raises(BinanceAPIError):
                    await a.ping()
    run(main())


def test_handshake_refused_on_reconnect_reaches_the_consumer():
    async def main():
        async with server() as srv:
            async with client(srv, "ED", ED) as a:
                await a.logon()
                uds = await a.user_data()
                srv.versions.clear()                    # the schema is retired meanwhile
                srv.kill()
                with pytest.raises(HandshakeError) as ei:
                    await uds.recv(10)
                assert ei.value.status == 400 and ei.value.code == -1153
                with pytest.raises(HandshakeError):
                    await a.ping()
    run(main())
