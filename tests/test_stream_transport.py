"""sbe.ws._transport (picows) over real loopback sockets: frames, close codes, size bound,
fragments, keepalive timeout, handshake errors without the API key."""

from __future__ import annotations

import asyncio
import logging
import time

import pytest

picows = pytest.importorskip("picows")

from picows import (WSListener, WSMsgType, WSUpgradeResponse,  # noqa: E402
                    WSUpgradeResponseWithListener, ws_create_server)

from sbe.ws._transport import (ConnectionClosed, HandshakeError, PingTimeout,  # noqa: E402
                               connect)

KEY = "SECRET-API-KEY-abcdef123456"


class Server(WSListener):
    """Scripted server: ``script(transport)`` on connect, echoes text, answers close."""

    def __init__(self, script=None, pong=True):
        self.script, self.pong = script, pong

    def on_ws_connected(self, t):
        if self.script:
            self.script(t)

    def on_ws_frame(self, t, f):
        if f.msg_type == WSMsgType.TEXT:
            t.send(WSMsgType.TEXT, f.get_payload_as_bytes())
        elif f.msg_type == WSMsgType.BINARY:
            t.send(WSMsgType.BINARY, f.get_payload_as_bytes()[::-1])
        elif f.msg_type == WSMsgType.CLOSE:
            t.send_close(f.get_close_code())
            t.disconnect()


async def serve(factory, **kw):
    srv = await ws_create_server(factory, "127.0.0.1", 0, **kw)
    return srv, f"ws://127.0.0.1:{srv.sockets[0].getsockname()[1]}"


def run(coro, timeout=20.0):
    return asyncio.run(asyncio.wait_for(coro, timeout))


class Sink:
    def __init__(self):
        self.binary, self.text, self.closes = [], [], []
        self.closed = asyncio.Event()

    def kw(self):
        return dict(on_binary=lambda d, t: self.binary.append((d, t)), on_text=self.text.append,
                    on_close=self._close)

    def _close(self, exc):
        self.closes.append(exc)
        self.closed.set()


async def wait_for(pred, timeout=10.0):
    end = time.monotonic() + timeout
    while not pred():
        if time.monotonic() > end:
            raise AssertionError("condition not met in time")
        await asyncio.sleep(0.005)


def test_roundtrip_and_own_close():
    async def main():
        def script(t):
            t.send(WSMsgType.BINARY, b"\x01\x02\x03")
            t.send(WSMsgType.TEXT, '{"e":"x","v":"é"}'.encode())
        srv, url = await serve(lambda r: Server(script))
        s = Sink()
        c = await connect(url + "/ws/a", headers={"X-MBX-APIKEY": KEY}, **s.kw())
        assert c.is_open and KEY not in repr(c)
        c.send_text("hello")
        c.send_bytes(b"abc")
        await wait_for(lambda: len(s.binary) == 2 and len(s.text) == 2)
        assert s.binary[0][0] == b"\x01\x02\x03" and s.binary[1][0] == b"cba"
        assert abs(s.binary[0][1] - time.time_ns()) < 10e9
        assert s.text == ['{"e":"x","v":"é"}', "hello"]
        assert c.frames_out == 2 and c.bytes_out == 8
        await c.close()
        assert s.closes == [None] and c.closed.result() is None and not c.is_open
        with pytest.raises(ConnectionClosed):
            c.send_text("late")
        srv.close()
    run(main())


def test_server_close_code_and_tcp_drop():
    async def main():
        srv, url = await serve(lambda r: Server(
            lambda t: t.send_close(picows.WSCloseCode.TRY_AGAIN_LATER, b"maintenance")))
        s = Sink()
        await connect(url, **s.kw())
        await asyncio.wait_for(s.closed.wait(), 10)
        e = s.closes[0]
        assert isinstance(e, ConnectionClosed) and e.code == 1013 and e.by_peer
        assert e.reason == "maintenance"
        srv.close()

        srv, url = await serve(lambda r: Server(lambda t: t.disconnect(False)))
        s = Sink()
        await connect(url, **s.kw())
        await asyncio.wait_for(s.closed.wait(), 10)
        assert isinstance(s.closes[0], ConnectionClosed) and s.closes[0].code == 1006
        srv.close()
    run(main())


def test_frame_over_max_size_refused():
    async def main():
        srv, url = await serve(lambda r: Server(
            lambda t: (t.send(WSMsgType.BINARY, b"ok"), t.send(WSMsgType.BINARY, b"x" * 70_000))),
            max_frame_size=1 << 24)
        s = Sink()
        await connect(url, max_frame_size=65_536, **s.kw())
        await asyncio.wait_for(s.closed.wait(), 10)
        assert [d for d, _ in s.binary] == [b"ok"]
        assert isinstance(s.closes[0], ConnectionClosed) and s.closes[0].code == 1009
        srv.close()
    run(main())


def test_fragmented_messages_reassembled_and_bounded():
    def frags(t, total):
        t.send(WSMsgType.BINARY, b"a" * 40_000, fin=False)
        t.send(WSMsgType.CONTINUATION, b"b" * 20_000, fin=False)
        t.send(WSMsgType.CONTINUATION, b"c" * (total - 60_000), fin=True)

    async def main():
        srv, url = await serve(lambda r: Server(lambda t: frags(t, 60_010)))
        s = Sink()
        c = await connect(url, max_frame_size=65_536, **s.kw())
        await wait_for(lambda: s.binary)
        assert s.binary[0][0] == b"a" * 40_000 + b"b" * 20_000 + b"c" * 10
        await c.close()
        srv.close()

        srv, url = await serve(lambda r: Server(lambda t: frags(t, 70_000)))
        s = Sink()
        await connect(url, max_frame_size=65_536, **s.kw())
        await asyncio.wait_for(s.closed.wait(), 10)
        assert not s.binary and s.closes[0].code == 1009
        srv.close()
    run(main())


def test_invalid_utf8_text_reported_and_skipped():
    async def main():
        srv, url = await serve(lambda r: Server(lambda t: (
            t.send(WSMsgType.TEXT, b"\xff\xfe"), t.send(WSMsgType.BINARY, b"after"))))
        s, errors = Sink(), []
        c = await connect(url, on_error=errors.append, **s.kw())
        await wait_for(lambda: s.binary)
        assert s.binary[0][0] == b"after" and not s.text
        assert len(errors) == 1 and isinstance(errors[0], ValueError)
        await c.close()
        srv.close()
    run(main())


def test_half_open_detected_by_ping_timeout():
    class Mute(Server):            # TCP stays up, pings are never answered
        pass

    async def main():
        srv, url = await serve(lambda r: Mute(), enable_auto_pong=False)
        s = Sink()
        t0 = time.monotonic()
        await connect(url, ping_interval=0.3, ping_timeout=0.3, **s.kw())
        await asyncio.wait_for(s.closed.wait(), 10)
        took = time.monotonic() - t0
        assert isinstance(s.closes[0], PingTimeout), s.closes
        assert 0.5 <= took < 3.0, took
        srv.close()

        srv, url = await serve(lambda r: Server())     # answers pings: stays open
        s = Sink()
        c = await connect(url, ping_interval=0.2, ping_timeout=0.2, **s.kw())
        await asyncio.sleep(1.0)
        assert c.is_open and not s.closes
        await c.close()
        srv.close()
    run(main())


def test_handshake_error_typed_without_key(caplog):
    def factory(req):
        if req.path.startswith(b"/redirect"):
            return WSUpgradeResponseWithListener(WSUpgradeResponse.create_redirect_response(
                302, "ws://127.0.0.2:1/elsewhere"), None)
        return WSUpgradeResponseWithListener(WSUpgradeResponse.create_error_response(
            429, f'{{"code":-1003,"msg":"too many {KEY}"}}'.encode(), {"Retry-After": "7"}),
            None)

    async def main():
        srv, url = await serve(factory)
        with pytest.raises(HandshakeError) as ei:
            await connect(url + "/ws/x", headers={"X-MBX-APIKEY": KEY}, on_binary=print)
        e = ei.value
        assert e.status == 429 and e.retry_after == 7.0 and e.code == -1003
        assert KEY not in str(e) and KEY not in repr(e) and KEY.encode() not in e.body
        with pytest.raises(HandshakeError) as ei:
            await connect(url + "/redirect", headers={"X-MBX-APIKEY": KEY}, on_binary=print)
        assert ei.value.status == 302
        srv.close()
    with caplog.at_level(logging.DEBUG):
        logging.getLogger("sbe").setLevel(logging.DEBUG)
        logging.getLogger("picows").setLevel(logging.DEBUG)
        run(main())
    assert KEY not in caplog.text


def test_callback_error_closes_with_cause():
    async def main():
        srv, url = await serve(lambda r: Server(lambda t: t.send(WSMsgType.BINARY, b"boom")))
        closes, ev = [], asyncio.Event()

        def bad(data, t):
            raise RuntimeError("user bug")
        await connect(url, on_binary=bad, on_close=lambda e: (closes.append(e), ev.set()))
        await asyncio.wait_for(ev.wait(), 10)
        assert isinstance(closes[0], ConnectionClosed) and closes[0].code == 1011
        assert isinstance(closes[0].__cause__, RuntimeError)
        srv.close()
    run(main())
