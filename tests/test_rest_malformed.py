"""Every malformed REST answer raises a documented typed error (UnexpectedResponseError, a
ClientError and ValueError), never struct.error, httpx.DecodingError, RecursionError,
OverflowError or TypeError."""

import asyncio
import gzip
import struct

import pytest

pytest.importorskip("httpx")

from sbe import spot  # noqa: E402
from sbe.client import (AsyncClient, BinanceAPIError, Client, ClientError,  # noqa: E402
                        UnexpectedResponseError)

from _localbinance_fixtures import RawServer, answer_with, http_answer  # noqa: E402


def _sbe_error_other_schema(truncate_at: int) -> bytes:
    """An ErrorResponse of schema id 2 (not the built one), cut short."""
    msg = b"Invalid symbol."
    full = struct.pack("<HHHHhqq", 18, 100, 2, 1, -1121, -(1 << 63), -(1 << 63))
    full += struct.pack("<H", len(msg)) + msg
    return full[:truncate_at]


MALFORMED = {
    # SBE ErrorResponse of another schema id, truncated inside the root block / msg
    "sbe_error_other_schema_root": (400, "application/sbe", _sbe_error_other_schema(12), {}),
    "sbe_error_other_schema_msg": (400, "application/sbe", _sbe_error_other_schema(30), {}),
    "sbe_error_other_schema_no_len": (400, "application/sbe", _sbe_error_other_schema(26), {}),
    # SBE of this schema, truncated in the middle of a group
    "sbe_truncated_depth": (200, "application/sbe", spot.encode({
        "$message": "DepthResponse", "lastUpdateId": 1, "priceExponent": -2,
        "qtyExponent": -8, "bids": [{"price": 1, "qty": 2}] * 3, "asks": []})[:-10], {}),
    # gzip that is not gzip, and gzip cut short
    "bad_gzip": (200, "application/json", b"\x1f\x8b\x08\x00garbage-not-deflate" * 3,
                 {"Content-Encoding": "gzip"}),
    "truncated_gzip": (200, "application/json", gzip.compress(b'{"a": 1}' * 100)[:-12],
                       {"Content-Encoding": "gzip"}),
    "unknown_encoding": (200, "application/json", b"{}", {"Content-Encoding": "br"}),
    # JSON error bodies Binance would never send
    "json_deep_nesting": (400, "application/json", b'{"code": -1, "msg": ' + b"[" * 200000
                          + b"]" * 200000 + b"}", {}),
    "json_deep_nesting_ok_status": (200, "application/json", b"[" * 200000 + b"]" * 200000,
                                    {}),
    "json_huge_int_code": (400, "application/json",
                           b'{"code": ' + b"9" * 5000 + b', "msg": "x"}', {}),
    "json_big_int_code": (400, "application/json",
                          b'{"code": 99999999999999999999, "msg": "x"}', {}),
    "json_float_inf_code": (400, "application/json", b'{"code": 1e999, "msg": "x"}', {}),
    "json_str_code": (400, "application/json", b'{"code": "-1121", "msg": "x"}', {}),
    "json_list_msg": (400, "application/json", b'{"code": -1121, "msg": ["x"]}', {}),
    "json_bool_code": (400, "application/json", b'{"code": true, "msg": "x"}', {}),
    "json_bad_utf8": (400, "application/json", b'{"code": -1, "msg": "\xff\xfe"}', {}),
    "json_not_json": (200, "application/json", b"{not json", {}),
}


def _answer(status, ctype, body, headers):
    raw = http_answer(status, body, ctype, {k: v for k, v in headers.items()})
    if "Content-Length" in headers:  # replace the computed one
        raw = raw.replace(f"Content-Length: {len(body)}\r\n".encode(), b"", 1)
    return raw


@pytest.mark.parametrize("case", sorted(MALFORMED))
def test_sync_malformed_is_typed(case):
    with RawServer(answer_with(_answer(*MALFORMED[case]))) as srv, \
            Client(base_url=srv.url, timeout=10) as c:
        with pytest.raises(UnexpectedResponseError) as ei:
            c.request("GET", "/api/v3/depth", {"symbol": "BTCUSDT"})
    e = ei.value
    assert isinstance(e, ClientError) and isinstance(e, ValueError)
    assert e.path == "/api/v3/depth" and e.method == "GET"
    assert len(str(e)) < 1000  # the message names the problem, not the whole body
    assert e.__cause__ is None and (e.__context__ is None or e.__suppress_context__)


@pytest.mark.parametrize("case", ["sbe_error_other_schema_msg", "bad_gzip",
                                  "json_deep_nesting", "json_float_inf_code"])
def test_async_malformed_is_typed(case):
    async def main():
        async with AsyncClient(base_url=srv.url, timeout=10) as c:
            with pytest.raises(UnexpectedResponseError):
                await c.request("GET", "/api/v3/depth", {"symbol": "BTCUSDT"})

    with RawServer(answer_with(_answer(*MALFORMED[case]))) as srv:
        asyncio.run(main())


def test_complete_error_of_other_schema_still_maps():
    body = _sbe_error_other_schema(1000)
    with RawServer(answer_with(http_answer(400, body, "application/sbe"))) as srv, \
            Client(base_url=srv.url) as c:
        with pytest.raises(BinanceAPIError) as ei:
            c.request("GET", "/api/v3/depth")
    assert ei.value.code == -1121 and ei.value.msg == "Invalid symbol."


def test_good_gzip_body_decodes():
    body = gzip.compress(b'{"serverTime": 123}')
    ans = http_answer(200, body, "application/json", {"Content-Encoding": "gzip"})
    with RawServer(answer_with(ans)) as srv, Client(base_url=srv.url, accept_json=True) as c:
        assert c.request("GET", "/api/v3/time") == {"$message": "ServerTimeResponse",
                                                    "serverTime": 123}
        assert "gzip" in srv.requests[0]["head"].lower()  # Accept-Encoding: gzip, deflate


def test_broken_http_framing_is_transport_error():
    from sbe.client import TransportError
    ans = b"HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: zz\r\n\r\n{}"
    with RawServer(answer_with(ans)) as srv, Client(base_url=srv.url) as c:
        with pytest.raises(TransportError):
            c.request("GET", "/api/v3/ping")
