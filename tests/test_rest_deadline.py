"""REST ``timeout`` is a deadline for the whole call: a server trickling bytes (body or
headers) cannot stretch it (before: per read, a byte every 0.1 s made timeout=1.0 last 6 s)."""

import asyncio
import time

import pytest

pytest.importorskip("httpx")

from sbe.client import AsyncClient, Client, RequestTimeout  # noqa: E402

from _localbinance_fixtures import RawServer  # noqa: E402


def _drip(head: bytes, body_len: int = 60):
    """Send ``head`` a byte at a time if it is not complete headers, then a body byte every
    0.1 s (60 bytes: 6 s)."""
    def handler(sock, req):
        srv_stopped = req.get("stopped")
        if head.endswith(b"\r\n\r\n"):
            sock.sendall(head)
            drip = b"x" * body_len
        else:
            drip = head
        for i in range(len(drip)):
            if srv_stopped is not None and srv_stopped.is_set():
                return
            sock.sendall(drip[i:i + 1])
            time.sleep(0.1)
    return handler


BODY_HEAD = (b"HTTP/1.1 200 OK\r\nContent-Type: application/json\r\n"
             b"Content-Length: 60\r\n\r\n")
# headers that never end: 60 bytes of a header line, one per 0.1 s
HEADER_DRIP = b"HTTP/1.1 200 OK\r\nX-Slow: " + b"a" * 60


@pytest.mark.parametrize("head", [BODY_HEAD, HEADER_DRIP], ids=["body", "headers"])
def test_sync_deadline_whole_call(head):
    with RawServer(_drip(head)) as srv, Client(base_url=srv.url, timeout=1.0) as c:
        t0 = time.monotonic()
        with pytest.raises(RequestTimeout) as ei:
            c.request("GET", "/api/v3/ping")
        dt = time.monotonic() - t0
        assert 0.9 <= dt < 2.5, dt
        assert "deadline" in str(ei.value) or "in time" in str(ei.value)


def test_sync_per_call_timeout_overrides():
    with RawServer(_drip(BODY_HEAD)) as srv, Client(base_url=srv.url, timeout=30) as c:
        t0 = time.monotonic()
        with pytest.raises(RequestTimeout):
            c.request("GET", "/api/v3/ping", timeout=0.5)
        assert time.monotonic() - t0 < 2.0


def test_sync_user_http_client_body_drip_bounded():
    import httpx
    with RawServer(_drip(BODY_HEAD)) as srv, httpx.Client() as h, \
            Client(base_url=srv.url, timeout=1.0, http_client=h) as c:
        t0 = time.monotonic()
        with pytest.raises(RequestTimeout):
            c.request("GET", "/api/v3/ping")
        assert time.monotonic() - t0 < 2.5


@pytest.mark.parametrize("head", [BODY_HEAD, HEADER_DRIP], ids=["body", "headers"])
def test_async_deadline_whole_call(head):
    async def main():
        async with AsyncClient(base_url=srv.url, timeout=1.0) as c:
            t0 = time.monotonic()
            with pytest.raises(RequestTimeout):
                await c.request("GET", "/api/v3/ping")
            return time.monotonic() - t0

    with RawServer(_drip(head)) as srv:
        dt = asyncio.run(main())
    assert 0.9 <= dt < 2.5, dt


def test_invalid_timeout_fails_at_once():
    for bad in (0, -1, float("nan"), float("inf"), "1"):
        with pytest.raises(ValueError):
            Client(base_url="http://127.0.0.1:9", timeout=bad)


def test_async_deadline_without_asyncio_timeout(monkeypatch):
    """Python < 3.11 path (asyncio.wait_for)."""
    import sbe.client._async as amod
    monkeypatch.setattr(amod, "_HAS_TIMEOUT", False)
    test_async_deadline_whole_call(BODY_HEAD)
