"""decimals="float" is exact: a 64-bit mantissa m with exponent e (|e| <= 27) decodes to the
double nearest to m * 10**e, rounded once, with the same bits in dicts, records and the numpy
fill loops (pairs of columns and single columns, shared and per-entry exponents), also where
|m| > 2**53 and float(m) / 10.0**-e rounds twice. Nulls stay None / NaN."""

from __future__ import annotations

import random
import struct
from fractions import Fraction

import numpy as np
import pytest
from hypothesis import HealthCheck, assume, given, settings
from hypothesis import strategies as st

from compile_helper import MessageGen
from sbe import spot, stream

EDGE = [0, 1, -1, 12345, 2**53 - 1, 2**53, 2**53 + 1, 2**53 + 3, -(2**53) - 1, -(2**53) + 1,
        2**54 + 1, 2**54 + 3, 2**62 + 3, 2**63 - 1, -(2**63) + 1, 999_999_999_999_999_999,
        -123_456_789_012_345_678]
EXPONENTS = [-27, -23, -22, -19, -17, -8, -2, -1, 0, 1, 2, 8, 19, 22, 23, 27]


def exact(m: int, e: int) -> float:
    return float(Fraction(m) * Fraction(10) ** e)


def naive(m: int, e: int) -> float:
    return float(m) / 10.0 ** -e if e < 0 else float(m) * 10.0 ** e


def bits(x) -> bytes:
    return struct.pack("<d", float(x))


def mantissas(seed: int) -> list[int]:
    rnd = random.Random(seed)
    big = [rnd.choice((1, -1)) * rnd.randrange(2**53, 2**63) for _ in range(40)]
    return EDGE + big + [rnd.randrange(-(2**63) + 1, 2**63) for _ in range(20)]


def test_the_cases_round_twice_naively():
    # the test would pass without the exact path if no case differed: make sure some do
    ms = mantissas(0)
    assert sum(naive(m, e) != exact(m, e) for m in ms for e in EXPONENTS) > 100


@pytest.mark.parametrize("e", EXPONENTS)
def test_group_columns_exact_in_every_form(e):
    """DepthResponse: price/qty share the root exponents (the fill loop's paired columns)."""
    ms = mantissas(e)
    levels = [{"price": p, "qty": q} for p, q in zip(ms, reversed(ms))]
    msg = {"$message": "DepthResponse", "lastUpdateId": 1, "priceExponent": e,
           "qtyExponent": -e, "bids": levels, "asks": levels[:9]}
    buf = spot.encode(msg)
    as_dict = spot.decode(buf, decimals="float")
    as_rec = spot.decode(buf, decimals="float", output="record")
    as_np = spot.decode(buf, decimals="float", groups="numpy")
    for side in ("bids", "asks"):
        for i, lv in enumerate(msg[side]):
            for key, x in (("price", e), ("qty", -e)):
                want = bits(exact(lv[key], x))
                assert bits(as_dict[side][i][key]) == want, (side, i, key, lv[key], x)
                assert bits(getattr(getattr(as_rec, side)[i], key)) == want
                assert bits(as_np[side][key][i]) == want
    assert as_rec.to_dict() == as_dict


@pytest.mark.parametrize("e", [-22, -8, -1, 0, 3, 22, 27, -27])
def test_root_fields_exact(e):
    """BestBidAskStreamEvent: root mantissas (the per-field conversion)."""
    for m in EDGE:
        msg = {"$message": "BestBidAskStreamEvent", "eventTime": 1, "bookUpdateId": 2,
               "priceExponent": e, "qtyExponent": e, "bidPrice": m, "bidQty": -m,
               "askPrice": m, "askQty": 7, "symbol": "BTCUSDT"}
        buf = stream.encode(msg)
        d = stream.decode(buf, decimals="float")
        r = stream.decode(buf, decimals="float", output="record")
        assert bits(d["bidPrice"]) == bits(r.bidPrice) == bits(exact(m, e)), (m, e)
        assert bits(d["bidQty"]) == bits(r.bidQty) == bits(exact(-m, e)), (m, e)
        assert r.to_dict() == d


def test_beyond_27_keeps_the_documented_formula():
    msg = {"$message": "DepthResponse", "lastUpdateId": 1, "priceExponent": -40,
           "qtyExponent": 40, "bids": [{"price": 2**53 + 1, "qty": 2**62 + 3}], "asks": []}
    buf = spot.encode(msg)
    got = spot.decode(buf, decimals="float")["bids"][0]
    arr = spot.decode(buf, decimals="float", groups="numpy")["bids"][0]
    assert got["price"] == arr["price"] == naive(2**53 + 1, -40)
    assert got["qty"] == arr["qty"] == naive(2**62 + 3, 40)


GEN = MessageGen(spot.codec())


def _mantissa_fields(name: str) -> list[tuple[str, str, bool]]:
    blk = spot.codec()._by_name[name].groups[0]
    return [(f.name, f.exponent[1], f.optional) for f in blk.fields
            if f.kind == "mantissa"]


@settings(max_examples=8, deadline=None, derandomize=True, database=None,
          suppress_health_check=list(HealthCheck))
@given(data=st.data())
def test_optional_single_columns_exact_and_null(data):
    """Ticker24hFullResponse: optional mantissas in group entries (single fill-loop columns),
    exponents in the same entry; nulls decode to None / NaN."""
    msg = GEN.message(data, "Ticker24hFullResponse", null_p=0.0)
    fields = _mantissa_fields("Ticker24hFullResponse")
    rnd = random.Random(data.draw(st.integers(0, 2**32), label="seed"))
    assume(msg["tickers"])
    entries = [dict(msg["tickers"][0]) for _ in range(12)]
    for t in entries:
        for name, exp_name, optional in fields:
            t[exp_name] = rnd.choice(EXPONENTS)
            t[name] = None if optional and rnd.random() < 0.15 else rnd.choice(mantissas(1))
    msg["tickers"] = entries
    buf = spot.encode(msg)
    d = spot.decode(buf, decimals="float")["tickers"]
    r = spot.decode(buf, decimals="float", output="record").tickers
    n = spot.decode(buf, decimals="float", groups="numpy")["tickers"]
    for i, t in enumerate(entries):
        for name, exp_name, _ in fields:
            if t[name] is None:
                assert d[i][name] is None and getattr(r[i], name) is None
                assert np.isnan(n[name][i])
                continue
            want = bits(exact(t[name], t[exp_name]))
            assert bits(d[i][name]) == want, (name, t[name], t[exp_name])
            assert bits(getattr(r[i], name)) == want
            assert bits(n[name][i]) == want
