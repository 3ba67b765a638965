"""decimals="float"/"decimal": exact scaling rules of docs/decoded-format.md."""

from __future__ import annotations

from decimal import Decimal

import pytest

from sbe import spot, stream

PRICES = ["0.00012345", "12345.67", "0.1", "0.3", "1e-8", "99999.99999999", "0.00000001",
          "65432.10000000", "0.07", "123456789.12345678", "3.3", "0.00011"]


def _bba(price: str, exp: int = -8):
    m = int(Decimal(price).scaleb(-exp))
    return {"$message": "BestBidAskStreamEvent", "eventTime": 1, "bookUpdateId": 2,
            "priceExponent": exp, "qtyExponent": exp, "bidPrice": m, "bidQty": m,
            "askPrice": m, "askQty": m, "symbol": "BTCUSDT"}


@pytest.mark.parametrize("price", PRICES)
def test_float_equals_float_of_decimal(price):
    buf = stream.encode(_bba(price))
    f = stream.decode(buf, decimals="float")
    d = stream.decode(buf, decimals="decimal")
    assert f["bidPrice"] == float(str(d["bidPrice"])) == float(Decimal(price))
    assert d["bidPrice"] == Decimal(price)
    assert "priceExponent" not in f and "qtyExponent" not in d
    raw = stream.decode(buf)
    assert raw["priceExponent"] == -8 and isinstance(raw["bidPrice"], int)


def test_decimal_exact_mantissa128():
    big = 2**100 + 12345
    msg = {"$message": "KlinesResponse", "priceExponent": -8, "qtyExponent": -18,
           "klines": [{"openTime": 1, "openPrice": 1, "highPrice": 1, "lowPrice": 1,
                       "closePrice": 1, "volume": big, "closeTime": 2, "quoteVolume": -big,
                       "numTrades": 3, "takerBuyBaseVolume": 2**64, "takerBuyQuoteVolume": 0}]}
    buf = spot.encode(msg)
    k = spot.decode(buf, decimals="decimal")["klines"][0]
    assert k["volume"] == Decimal(f"{big}E-18") and k["quoteVolume"] == Decimal(f"{-big}E-8")
    assert k["takerBuyBaseVolume"] == Decimal(2**64).scaleb(-18)
    assert spot.decode(buf)["klines"][0]["volume"] == big
    assert spot.decode(buf, decimals="float")["klines"][0]["volume"] == float(big) / 1e18


def test_null_mantissa_is_none():
    c = spot.codec()
    name = next(m.name for m in c._messages
                if any(f.kind == "mantissa" and f.optional and f.exponent and f.exponent[0] == 0
                       for f in m.fields) and not m.groups and all(d.optional or d.kind == "text"
                                                                   for d in m.data))
    blk = c._by_name[name]
    msg = {"$message": name}
    for f in blk.fields:
        if f.is_const:
            continue
        msg[f.name] = None if f.optional else (-2 if f.is_exp else 0)
    for d in blk.data:
        msg[d.name] = None if d.optional else ""
    buf = spot.encode(msg)
    for mode in ("float", "decimal"):
        out = spot.decode(buf, decimals=mode)
        for f in blk.fields:
            if f.kind == "mantissa" and f.optional:
                assert out[f.name] is None, f.name


def test_exponent_from_enclosing_block():
    msg = {"$message": "DepthResponse", "lastUpdateId": 1, "priceExponent": -2,
           "qtyExponent": -5, "bids": [{"price": 12345, "qty": 7}], "asks": []}
    buf = spot.encode(msg)
    d = spot.decode(buf, decimals="decimal")
    assert d["bids"][0] == {"price": Decimal("123.45"), "qty": Decimal("0.00007")}
    assert list(d) == ["$message", "lastUpdateId", "bids", "asks"]
    f = spot.decode(buf, decimals="float", groups="numpy")
    assert f["bids"]["price"][0] == 123.45 and f["bids"]["qty"][0] == float("0.00007")
    assert spot.decode(buf)["priceExponent"] == -2


@pytest.mark.parametrize("exp", [-128, -20, 0, 5, 127])
def test_extreme_exponents_match_oracle(exp):
    msg = {"$message": "DepthResponse", "lastUpdateId": 1, "priceExponent": exp,
           "qtyExponent": exp, "bids": [{"price": 3, "qty": -7}], "asks": []}
    buf = spot.encode(msg)
    for mode in ("float", "decimal"):
        for groups in ("list", "numpy"):
            a = spot.decode(buf, decimals=mode, groups=groups)["bids"]
            b = spot.codec().decode(buf, decimals=mode, groups=groups)["bids"]
            assert [a[0]["price"], a[0]["qty"]] == [b[0]["price"], b[0]["qty"]]
