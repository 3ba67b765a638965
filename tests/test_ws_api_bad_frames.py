"""One bad frame never ends a WebSocket API session: undecodable frames (garbage, truncated,
unknown template, text, deeply nested JSON) are counted, reported to on_error and a
rate-limited WARNING, then skipped; a bad response fails only its own request."""

from __future__ import annotations

import logging

import pytest

pytest.importorskip("picows")
pytest.importorskip("cryptography")

from _ws_api_fixtures import client, run, server, until  # noqa: E402

from sbe import spot  # noqa: E402
from sbe.ws import FrameError, UnknownMessage  # noqa: E402
from sbe.ws.api import ResponseDecodeError  # noqa: E402


def _unknown_template() -> bytes:
    # a message of a template this schema does not have (Binance's next schema)
    return (8).to_bytes(2, "little") + (9999).to_bytes(2, "little") + \
        spot.SCHEMA_ID.to_bytes(2, "little") + spot.SCHEMA_VERSION.to_bytes(2, "little") + bytes(8)


BAD = {
    "garbage": b"\xde\xad\xbe\xef garbage that is not SBE at all",
    "truncated": spot.encode({"$message": "ServerTimeResponse", "serverTime": 1})[:5],
    "unknown_template": _unknown_template(),
    "text": '{"hello": "a text frame on an SBE session"}',
    "nested_json": '{"id": "1", "x": ' + "[" * 30_000 + "]" * 30_000 + "}",
}


@pytest.mark.parametrize("kind", sorted(BAD))
def test_bad_frame_is_reported_and_skipped(kind, caplog):
    seen = []

    async def main():
        async with server() as srv:
            async with client(srv, on_error=seen.append) as a:
                assert await a.ping()
                for _ in range(5):
                    await srv.send_raw(BAD[kind])
                await until(lambda: a.stats["bad_frames"] == 5, what="5 bad frames counted")
                # the session goes on: same connection, no reconnect, requests answered
                assert (await a.depth("BTCUSDT", 3))["$message"] == "DepthResponse"
                assert srv.connections_total == 1 and srv.open_connections == 1
                assert a.stats["reconnects"] == 0
            await until(lambda: srv.open_connections == 0, what="server-side sockets closed")

    with caplog.at_level(logging.WARNING, logger="sbe.ws.api"):
        run(main())
    assert len(seen) == 5 and all(isinstance(e, FrameError) for e in seen)
    assert all(isinstance(e, ValueError) for e in seen)
    assert seen[0].kind == {"text": "text", "nested_json": "text",
                            "unknown_template": "unknown_message"}.get(kind, "decode")
    if kind == "unknown_template":
        assert isinstance(seen[0], UnknownMessage) and seen[0].template_id == 9999
    warns = [r for r in caplog.records if r.name == "sbe.ws.api" and r.levelno == logging.WARNING]
    assert len(warns) == 1, "the WARNING is rate-limited (one line for 5 frames)"
    assert "skipped" in warns[0].getMessage()


def test_undecodable_response_fails_only_its_request():
    async def main():
        async with server() as srv:
            async with client(srv) as a:
                srv.mangle_next = lambda b: b[:-3]       # truncated result, readable id
                with pytest.raises(ResponseDecodeError) as ei:
                    await a.depth("BTCUSDT", 5)
                assert isinstance(ei.value, ValueError) and ei.value.request_id is not None
                assert "depth" in str(ei.value)
                assert await a.ping() == {"$message": "PingResponse"}
                assert srv.connections_total == 1 and a.stats["bad_frames"] == 1
    run(main())


def test_json_error_text_frame_fails_its_request_with_api_error():
    from sbe.client.errors import BinanceAPIError

    async def main():
        async with server() as srv:
            async with client(srv) as a:
                # a JSON error for request id "1" (the first) instead of an SBE envelope
                srv.mangle_next = lambda b: ('{"id":"1","status":400,"error":{"code":-1100,'
                                             '"msg":"Illegal characters found."}}')
                with pytest.raises(BinanceAPIError) as ei:
                    await a.ping()                       # id 1
                assert ei.value.code == -1100
                assert await a.time()
    run(main())


def test_unknown_template_event_does_not_stop_user_data():
    from _ws_api_fixtures import ED

    async def main():
        async with server() as srv:
            async with client(srv, "ED", ED) as a:
                await a.logon()
                uds = await a.user_data()
                await srv.send_raw(_unknown_template())
                await srv.push_event("BalanceUpdateEvent", asset="BTC")
                ev = await uds.recv(10)
                assert ev["asset"] == "BTC" and a.stats["bad_frames"] == 1
    run(main())
