"""``Retry-After`` as delay-seconds or as an HTTP date is parsed into
RateLimitError.retry_after (seconds)."""

import time
from email.utils import formatdate

import pytest

pytest.importorskip("httpx")

from sbe.binance.errors import parse_retry_after  # noqa: E402
from sbe.client import Client, IPBannedError, RateLimitError  # noqa: E402

from _localbinance_fixtures import RawServer, answer_with, http_answer  # noqa: E402

BODY = b'{"code": -1003, "msg": "Too many requests."}'


def _call(headers, status=429):
    with RawServer(answer_with(http_answer(status, BODY, "application/json", headers))) as srv, \
            Client(base_url=srv.url, accept_json=True) as c:
        with pytest.raises(RateLimitError) as ei:
            c.request("GET", "/api/v3/depth")
    return ei.value


def test_http_date():
    e = _call({"Retry-After": formatdate(time.time() + 120, usegmt=True)})
    assert 115 <= e.retry_after <= 121, e.retry_after
    assert "retry after" in str(e)


def test_seconds_and_ban():
    assert _call({"Retry-After": "30"}).retry_after == 30
    e = _call({"Retry-After": "7"}, status=418)
    assert isinstance(e, IPBannedError) and e.retry_after == 7


def test_unparsable_or_hostile_values():
    assert _call({"Retry-After": "soon"}).retry_after is None
    assert _call({"Retry-After": "nan"}).retry_after is None
    assert _call({"Retry-After": "1e308"}).retry_after == 86400  # clamped to a day
    assert _call({}).retry_after is None


def test_parse_retry_after_unit():
    now = 1_800_000_000.0
    assert parse_retry_after("Fri, 15 Jan 2027 08:00:00 GMT", now=now - 60) == 60.0
    assert parse_retry_after("Fri, 15 Jan 2027 08:00:00 GMT", now=now + 1) == 0.0
    assert parse_retry_after(formatdate(now + 90, usegmt=True), now=now) == pytest.approx(90)
    assert parse_retry_after(formatdate(now - 90, usegmt=True), now=now) == 0.0  # past
    assert parse_retry_after("  12.5 ") == 12.5
    assert parse_retry_after("-3") == 0.0
    assert parse_retry_after("inf") is None
    assert parse_retry_after("x" * 1000) is None
    assert parse_retry_after(None) is None
