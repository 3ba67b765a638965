"""groups="numpy" with decimals="float": the generated C fill loops give, value by value and
bit for bit, what the list path and the pure-Python oracle give (exponent edges, negative
and positive exponents, nulls, mantissa128 beyond 2**63, older versions, padded entries,
groups with var data), into one owned, writable, packed array."""

from __future__ import annotations

import random
import struct
from fractions import Fraction
import sys

import numpy as np
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from compile_helper import MessageGen, assert_same
from sbe import spot, stream

SETTINGS = settings(max_examples=60, deadline=None, derandomize=True, database=None,
                    suppress_health_check=list(HealthCheck))
EXPONENTS = [-128, -127, -40, -23, -22, -21, -8, -2, -1, 0, 1, 2, 8, 22, 23, 40, 127]
MANTISSAS = [0, 1, -1, 12345, -12345, 2**53 - 1, 2**53, 2**53 + 1, -(2**53 + 1), 2**62 + 3,
             2**63 - 1, -(2**63 - 1)]
I128 = [2**63, 2**63 + 1, 2**64 - 1, 2**64, 2**64 + 2**11, 2**64 + 2**11 + 1, 2**64 + 2**12,
        2**64 + 3 * 2**11, 2**100 + 12345, 2**127 - 1, -(2**63) - 1, -(2**64) - 2**11,
        -(2**127) + 1, 2**53 + 1, -(2**100) - 1, (1 << 117) + (1 << 64) - 1]


def scale(m: int, e: int) -> float:
    """decoded-format.md: m * 10**e correctly rounded for a 64-bit mantissa (int64 or uint64
    range) and |e| <= 27; else float(m) / 10.0**-e (e < 0) or float(m) * 10.0**e."""
    if -(2**63) <= m < 2**64 and -27 <= e <= 27:
        return float(Fraction(m) * Fraction(10) ** e)
    return float(m) / 10.0 ** -e if e < 0 else float(m) * 10.0 ** e


def bits(x) -> bytes:
    return struct.pack("<d", float(x))


def same_float(a, b) -> bool:
    a, b = float(a), float(b)
    return (a != a and b != b) or bits(a) == bits(b)


def check_oracle(mod, buf):
    """numpy+float (C loops) equals the oracle's numpy+float and every list value."""
    got = mod.decode(buf, decimals="float", groups="numpy")
    assert_same(got, mod.codec().decode(buf, decimals="float", groups="numpy"))
    lst = mod.decode(buf, decimals="float")
    for key, arr in got.items():
        if not isinstance(arr, np.ndarray):
            continue
        assert arr.flags.writeable and arr.flags.c_contiguous and arr.flags.owndata
        for i, row in enumerate(lst[key]):
            for name in arr.dtype.names:
                a, b = arr[name][i], row[name]
                if arr.dtype[name] == np.float64 and not isinstance(b, float):
                    assert b is None and a != a, (key, i, name, a, b)
                elif arr.dtype[name] == np.float64:
                    assert same_float(a, b), (key, i, name, a, b)
    return got


def depth(levels, pe=-2, qe=-8, seed=1):
    rnd = random.Random(seed)
    side = lambda: [{"price": rnd.choice(MANTISSAS + [rnd.randrange(-10**18, 10**18)]),  # noqa
                     "qty": rnd.randrange(0, 2**63)} for _ in range(levels)]
    return {"$message": "DepthResponse", "lastUpdateId": 7, "priceExponent": pe,
            "qtyExponent": qe, "bids": side(), "asks": side()}


@pytest.mark.parametrize("exp", EXPONENTS)
def test_depth_every_exponent_bitwise(exp):
    msg = depth(40, pe=exp, qe=-exp if exp != -128 else 0)
    got = check_oracle(spot, spot.encode(msg))
    assert got["bids"].dtype == np.dtype([("price", "f8"), ("qty", "f8")])
    for side in ("bids", "asks"):
        for row, lv in zip(got[side], msg[side]):
            assert same_float(row["price"], scale(lv["price"], msg["priceExponent"]))
            assert same_float(row["qty"], scale(lv["qty"], msg["qtyExponent"]))


def test_trade_event_one_fill():
    ev = {"$message": "TradesStreamEvent", "eventTime": 1, "transactTime": 2,
          "priceExponent": -2, "qtyExponent": -8, "symbol": "BTCUSDT",
          "trades": [{"id": 5, "price": 9_712_345, "qty": 1_234_567, "isBuyerMaker": True}]}
    got = check_oracle(stream, stream.encode(ev))["trades"]
    assert got.dtype == np.dtype([("id", "<i8"), ("price", "f8"), ("qty", "f8"),
                                  ("isBuyerMaker", "u1")])
    assert got.tolist() == [(5, 97123.45, 0.01234567, 1)]


def klines(vols, pe=-8, qe=-8):
    rows = [{"openTime": i, "openPrice": i, "highPrice": -i, "lowPrice": 2**63 - 1 - i,
             "closePrice": 7, "volume": v, "closeTime": i + 1, "quoteVolume": -v,
             "numTrades": i, "takerBuyBaseVolume": v // 3, "takerBuyQuoteVolume": 2**64 + i}
            for i, v in enumerate(vols)]
    return {"$message": "KlinesResponse", "priceExponent": pe, "qtyExponent": qe,
            "klines": rows}


@pytest.mark.parametrize("qe", [0, -8, -18, 3, -40])
def test_mantissa128_beyond_2_63_correctly_rounded(qe):
    # volumes scale by qtyExponent, quote volumes by priceExponent
    msg = klines(I128, qe=qe)
    got = check_oracle(spot, spot.encode(msg))["klines"]
    for row, k in zip(got, msg["klines"]):
        assert same_float(row["volume"], scale(k["volume"], qe)), k["volume"]
        assert same_float(row["quoteVolume"], scale(k["quoteVolume"], -8))
        assert same_float(row["takerBuyQuoteVolume"], scale(k["takerBuyQuoteVolume"], -8))
        assert same_float(row["takerBuyBaseVolume"], scale(k["takerBuyBaseVolume"], qe))


def test_mantissa128_ties_round_to_even():
    # 2**64 + 2**11 is halfway between two doubles: even mantissa wins (2**64), one more
    # rounds up; the sticky bit must see bits far below the top 64
    msg = klines([2**64 + 2**11, 2**64 + 2**11 + 1, 2**64 + 3 * 2**11, (1 << 120) + (1 << 67) + 1],
                 qe=0)
    vols = spot.decode(spot.encode(msg), decimals="float", groups="numpy")["klines"]["volume"]
    assert vols.tolist() == [float(2**64), float(2**64 + 2**12), float(2**64 + 2**13),
                             float((1 << 120) + (1 << 68))]


@SETTINGS
@given(vols=st.lists(st.integers(-(2**127) + 1, 2**127 - 1), min_size=1, max_size=8),
       qe=st.integers(-30, 30))
def test_mantissa128_hypothesis(vols, qe):
    got = spot.decode(spot.encode(klines(vols, qe=qe)), decimals="float",
                      groups="numpy")["klines"]
    for v, x in zip(vols, got["volume"]):
        assert same_float(x, scale(v, qe)), v


@SETTINGS
@given(levels=st.lists(st.tuples(st.integers(-(2**63) + 1, 2**63 - 1),
                                 st.integers(-(2**63) + 1, 2**63 - 1)), max_size=20),
       pe=st.integers(-128, 127), qe=st.integers(-128, 127))
def test_depth_hypothesis(levels, pe, qe):
    msg = {"$message": "DepthResponse", "lastUpdateId": 1, "priceExponent": pe,
           "qtyExponent": qe, "bids": [{"price": p, "qty": q} for p, q in levels],
           "asks": []}
    got = spot.decode(spot.encode(msg), decimals="float", groups="numpy")
    assert len(got["asks"]) == 0 and got["asks"].dtype == got["bids"].dtype
    for (p, q), row in zip(levels, got["bids"]):
        assert same_float(row["price"], scale(p, pe)) and same_float(row["qty"], scale(q, qe))


GEN = MessageGen(spot.codec())
FEW = settings(SETTINGS, max_examples=5)


@pytest.mark.parametrize("name", ["Ticker24hFullResponse", "TickerMiniResponse",
                                  "AccountTradesResponse"])
@FEW
@given(data=st.data())
def test_local_exponents_and_null_mantissas(name, data):
    # exponents in each entry (edge values), optional mantissas (null -> NaN), var data
    msg = GEN.message(data, name)
    rnd = random.Random(4)
    group = next(k for k, v in msg.items() if isinstance(v, list))
    for e in list(msg[group]) * 4:
        e = dict(e)
        e["priceExponent"] = rnd.choice(EXPONENTS)
        for k, v in e.items():
            if isinstance(v, int) and not isinstance(v, bool) and k.endswith(
                    ("Price", "price", "Qty", "qty", "Change", "Volume", "volume")):
                e[k] = rnd.choice(MANTISSAS)
        msg[group].append(e)
    got = check_oracle(spot, spot.encode(msg))[group]
    assert got.dtype.names is not None and "priceExponent" not in got.dtype.names


@FEW
@given(data=st.data())
def test_older_versions_and_padding(data):
    msg = GEN.message(data, "OrdersResponse")
    for version in range(0, spot.SCHEMA_VERSION + 1):
        for pad in (0, 5):
            buf = spot.encode(msg, version=version, pad=pad)
            got = check_oracle(spot, buf)["orders"]
            raw = spot.decode(buf, groups="numpy")["orders"]
            assert_same(raw, spot.codec().decode(buf, groups="numpy")["orders"])
            if version < 1:
                assert np.isnan(got["peggedPrice"]).all()


def test_mixed_group_exchange_info():
    from test_hostile_input import EXCHANGE_INFO
    buf = spot.encode(EXCHANGE_INFO)
    got = check_oracle(spot, buf)["symbols"]
    assert got["symbol"].tolist() == ["BTCUSDT", "ETHUSDT"]
    assert isinstance(got["filters"][0], np.ndarray)


def test_no_reference_leak_on_dtype():
    buf = spot.encode(depth(3))
    dec = spot.Decoder(decimals="float", groups="numpy")
    dt = dec.decode(buf)["bids"].dtype
    before = sys.getrefcount(dt)
    for _ in range(2000):
        dec.decode(buf)
    assert sys.getrefcount(dt) - before < 10
