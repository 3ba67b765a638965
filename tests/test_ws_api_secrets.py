"""The API key (and signatures) never appear in any log line at any level, in any logger
(picows/websockets included), nor in a repr or an exception of the WebSocket API client."""

from __future__ import annotations

import asyncio
import logging

import pytest

pytest.importorskip("picows")
pytest.importorskip("cryptography")

from cryptography.hazmat.primitives.asymmetric import ed25519  # noqa: E402

from _ws_api_fixtures import client, run, server, until  # noqa: E402

from sbe.client.errors import BinanceAPIError  # noqa: E402
from sbe.client.signing import Ed25519Signer  # noqa: E402

KEY = "SECRET-API-KEY-vmQ3x9ZtqL0pNw7R"
_PK = ed25519.Ed25519PrivateKey.generate()


class _All(logging.Handler):
    def __init__(self):
        super().__init__(level=1)
        self.lines = []

    def emit(self, record):
        text = record.getMessage()
        if record.exc_info:
            text += logging.Formatter().formatException(record.exc_info)
        self.lines.append((record.name, text))


def test_api_key_in_no_log_repr_or_exception():
    h = _All()
    root = logging.getLogger()
    old_level = root.level
    root.addHandler(h)
    root.setLevel(1)
    touched = {}
    for name in ("websockets", "websockets.client", "picows", "picows.client", "sbe",
                 "sbe.ws", "sbe.ws.api", "sbe.ws.transport", "asyncio"):
        lg = logging.getLogger(name)
        touched[name] = lg.level
        lg.setLevel(1)
    texts = []

    async def main():
        async with server(keys={KEY: _PK.public_key()}) as srv:
            a = client(srv, KEY, Ed25519Signer(_PK),
                       on_error=lambda e: texts.append(f"{e} {e!r} {e.data!r}"))
            texts.append(repr(a))
            await a.connect()
            await a.request("order.test", {"symbol": "BTCUSDT"}, signed=True)
            await a.logon()
            uds = await a.user_data()
            texts.append(repr(uds))
            await srv.push_event("BalanceUpdateEvent", asset="BTC")
            await uds.recv(10)
            srv.mangle_next = lambda b: b[:-2]            # an undecodable session.status
            with pytest.raises(Exception) as ei:
                await a.session_status()
            texts.append(str(ei.value) + repr(getattr(ei.value, "data", None)))
            assert ei.value.data == b""             # a reply (maybe with the key) is not kept
            a2 = client(srv, KEY, Ed25519Signer(ed25519.Ed25519PrivateKey.generate()))
            async with a2:
                with pytest.raises(BinanceAPIError) as ei:      # wrong signature
                    await a2.request("order.test", {"symbol": "BTCUSDT"}, signed=True)
                texts.append(str(ei.value) + repr(ei.value))
            srv.silent = True
            req = asyncio.ensure_future(a.request("order.test", {"symbol": "X"}, signed=True))
            await until(lambda: srv.requests["order.test"] == 3, what="request sent")
            srv.kill()                                        # drop + reconnect + logon
            with pytest.raises(Exception) as ei:
                await req
            texts.append(str(ei.value) + repr(ei.value))
            srv.silent = False
            await until(lambda: a.connected and srv.requests["session.logon"] == 2,
                        what="logged on again")
            await a.close()
            texts.append(repr(a))

    try:
        run(main())
    finally:
        root.removeHandler(h)
        root.setLevel(old_level)
        for name, lvl in touched.items():
            logging.getLogger(name).setLevel(lvl)
    client_lines = [(n, t) for n, t in h.lines if not n.startswith("sbe.testing")]
    assert client_lines, "DEBUG capture works"
    leaks = [(n, t[:200]) for n, t in client_lines if KEY in t]
    assert not leaks, leaks
    assert not [t for t in texts if KEY in t], texts
