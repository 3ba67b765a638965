"""REST bodies have a maximum size (``max_body``, default DEFAULT_MAX_BODY), checked on
Content-Length before reading and while streaming, after decompression: a gzip bomb stops
at the limit (before: a 255 KiB gzip body cost +524 MiB)."""

import asyncio
import tracemalloc
import zlib

import pytest

pytest.importorskip("httpx")

from sbe.client import (DEFAULT_MAX_BODY, AsyncClient, Client,  # noqa: E402
                        ResponseTooLargeError)

from _localbinance_fixtures import RawServer, answer_with, http_answer  # noqa: E402


def _gzip_zeros(n_mib: int) -> bytes:
    """gzip stream of n MiB of zeros (~1 KiB per MiB), built from one compressed 1 MiB block
    repeated (a full flush makes blocks independent); no trailer: the client must stop
    long before the end."""
    z = zlib.compressobj(9, zlib.DEFLATED, 16 + zlib.MAX_WBITS)
    mib = bytes(1 << 20)
    head = z.compress(mib) + z.flush(zlib.Z_FULL_FLUSH)
    block = z.compress(mib) + z.flush(zlib.Z_FULL_FLUSH)
    return head + block * (n_mib - 1)


BOMB = _gzip_zeros(256)  # ~255 KiB on the wire, 256 MiB inflated


def test_bomb_is_a_valid_gzip_stream():
    d = zlib.decompressobj(16 + zlib.MAX_WBITS)
    out = d.decompress(_gzip_zeros(3))
    assert out == bytes(3 << 20)


def test_default_limit_fits_real_answers_and_is_documented():
    assert DEFAULT_MAX_BODY == 32 << 20
    assert Client(base_url="http://127.0.0.1:9").max_body == DEFAULT_MAX_BODY


def test_gzip_bomb_stops_at_limit_sync():
    assert len(BOMB) < 300 << 10
    ans = http_answer(200, BOMB, "application/json", {"Content-Encoding": "gzip"})
    with RawServer(answer_with(ans)) as srv, Client(base_url=srv.url, timeout=20) as c:
        tracemalloc.start()
        try:
            with pytest.raises(ResponseTooLargeError) as ei:
                c.request("GET", "/api/v3/exchangeInfo")
            _cur, peak = tracemalloc.get_traced_memory()
        finally:
            tracemalloc.stop()
    assert ei.value.limit == DEFAULT_MAX_BODY
    assert "after decompression" in str(ei.value)
    assert peak < DEFAULT_MAX_BODY * 2.5, peak  # never the 256 MiB


def test_gzip_bomb_small_limit_async():
    ans = http_answer(200, _gzip_zeros(8), "application/json", {"Content-Encoding": "gzip"})

    async def main():
        async with AsyncClient(base_url=srv.url, max_body=1 << 20) as c:
            tracemalloc.start()
            try:
                with pytest.raises(ResponseTooLargeError):
                    await c.request("GET", "/api/v3/exchangeInfo")
                return tracemalloc.get_traced_memory()[1]
            finally:
                tracemalloc.stop()

    with RawServer(answer_with(ans)) as srv:
        peak = asyncio.run(main())
    assert peak < 4 << 20, peak


def test_content_length_over_limit_refused_before_reading():
    head = (b"HTTP/1.1 200 OK\r\nContent-Type: application/sbe\r\n"
            b"Content-Length: 1000000000\r\n\r\n" + b"x" * 100)
    with RawServer(answer_with(head)) as srv, Client(base_url=srv.url) as c:
        with pytest.raises(ResponseTooLargeError) as ei:
            c.request("GET", "/api/v3/depth")
    assert "Content-Length" in str(ei.value)


def test_chunked_body_over_limit_stops():
    chunk = b"a" * 65536
    body = b"".join(b"%x\r\n" % len(chunk) + chunk + b"\r\n" for _ in range(40)) + b"0\r\n\r\n"
    ans = (b"HTTP/1.1 200 OK\r\nContent-Type: application/json\r\n"
           b"Transfer-Encoding: chunked\r\n\r\n" + body)
    with RawServer(answer_with(ans)) as srv, Client(base_url=srv.url, max_body=1 << 20) as c:
        with pytest.raises(ResponseTooLargeError):
            c.request("GET", "/api/v3/depth")


def test_body_at_limit_is_accepted():
    body = b'{"x": "' + b"a" * 1000 + b'"}'
    ans = http_answer(200, body, "application/json")
    with RawServer(answer_with(ans)) as srv, \
            Client(base_url=srv.url, max_body=len(body), accept_json=True,
                   json_result="raw") as c:
        assert c.request("GET", "/api/v3/ping") == {"x": "a" * 1000}


def test_invalid_max_body():
    for bad in (0, -1, 1.5, True, None):
        with pytest.raises(ValueError):
            Client(base_url="http://127.0.0.1:9", max_body=bad)
