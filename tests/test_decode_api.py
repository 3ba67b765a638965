"""The runtime-hosted API of the generated modules: records (==, repr, pickling, attributes),
decode_from / strict, the generated peek functions and template ids, enums' JSON strings,
and the lazy numpy import."""

from __future__ import annotations

import pickle
import subprocess
import sys

import pytest

from sbe import spot, stream
from sbe._rt import DecoderBase, Record, SbeEnum
from sbe.errors import DecodeError, MalformedError, TruncatedError
from conftest import SBE_HOME

BBA = {"$message": "BestBidAskStreamEvent", "eventTime": 1_763_000_000_123_456,
       "bookUpdateId": 71_234_567_890, "priceExponent": -2, "qtyExponent": -8,
       "bidPrice": 9_712_345, "bidQty": 123_456_789, "askPrice": 9_712_346,
       "askQty": 98_765_432, "symbol": "BTCUSDT"}


def _trade(n):
    return {"$message": "TradesStreamEvent", "eventTime": 1, "transactTime": 2,
            "priceExponent": -2, "qtyExponent": -3, "symbol": "BNBBTC",
            "trades": [{"id": 100 + i, "price": 5 + i, "qty": 7, "isBuyerMaker": bool(i % 2),
                        "isBestMatch": True} for i in range(n)]}


def _diff():
    lv = [{"price": 1, "qty": 2}, {"price": 3, "qty": 4}]
    return {"$message": "DepthDiffStreamEvent", "eventTime": 1, "firstBookUpdateId": 40,
            "lastBookUpdateId": 45, "priceExponent": -1, "qtyExponent": -1, "bids": lv,
            "asks": lv[:1], "symbol": "ETHBTC"}


def test_record_attributes_and_modes():
    buf = stream.encode(BBA)
    raw = stream.decode(buf, output="record")
    assert type(raw) is stream.BestBidAskStreamEvent and isinstance(raw, Record)
    assert (raw.eventTime, raw.bidPrice, raw.priceExponent, raw.symbol) == \
        (1_763_000_000_123_456, 9_712_345, -2, "BTCUSDT")
    assert (raw.c_bidPrice, raw.e_bidPrice, raw.c_priceExponent) == (9_712_345, -2, -2)
    flt = stream.Decoder(decimals="float", output="record").decode(buf)
    assert flt.bidPrice == 97123.45 and flt.askQty == 0.98765432
    assert flt.priceExponent == -2  # kept as an attribute; the dict drops it
    assert "priceExponent" not in flt.to_dict()
    dec = stream.decode(buf, decimals="decimal", output="record")
    assert str(dec.bidQty) == "1.23456789"
    assert repr(flt).startswith("BestBidAskStreamEvent(eventTime=1763000000123456, ")
    assert "bidPrice=97123.45" in repr(flt) and "symbol='BTCUSDT'" in repr(flt)


def test_record_equality_and_pickle():
    buf = stream.encode(_trade(3))
    a = stream.decode(buf, output="record")
    b = stream.decode(bytearray(buf), output="record")
    assert a == b and not (a != b)
    assert type(a.trades[0]) is stream.TradesStreamEvent_trades
    assert a.trades[2].id == 102 and a.trades[1].isBuyerMaker is True
    assert a != stream.decode(buf, decimals="float", output="record")
    assert a != stream.decode(stream.encode(_trade(2)), output="record")
    assert (a == a.to_dict()) is False
    with pytest.raises(TypeError):
        hash(a)
    again = pickle.loads(pickle.dumps(a))
    assert again == a and again.to_dict() == stream.decode(buf)
    assert stream.encode(a) == buf  # encode takes records too


def test_numpy_groups_in_records():
    buf = stream.encode(_trade(4))
    rec = stream.decode(buf, decimals="float", groups="numpy", output="record")
    assert rec.trades["price"].tolist() == [0.05, 0.06, 0.07, 0.08]


def test_decode_from_walks_concatenated_messages():
    parts = [stream.encode(BBA), stream.encode(_trade(2)), stream.encode(_diff())]
    buf = b"".join(parts)
    off, got = 0, []
    while off < len(buf):
        msg, off = stream.decode_from(buf, off)
        got.append(msg)
    assert off == len(buf)
    assert got == [stream.decode(p) for p in parts]
    rec, end = stream.Decoder(output="record").decode_from(memoryview(buf), len(parts[0]))
    assert end == len(parts[0]) + len(parts[1]) and rec.trades[1].id == 101
    with pytest.raises(ValueError):
        stream.decode_from(buf, len(buf) + 1)
    with pytest.raises(TruncatedError):
        stream.decode_from(buf, len(buf))


def test_strict_rejects_trailing_bytes():
    buf = stream.encode(BBA)
    assert stream.decode(buf + b"\0") == stream.decode(buf)  # lenient by default
    assert stream.decode(buf, strict=True) == stream.decode(buf)
    with pytest.raises(MalformedError) as exc:
        stream.Decoder(strict=True, output="record").decode(buf + b"ab")
    assert exc.value.offset == len(buf) and "2 trailing bytes" in str(exc.value)


def test_decoder_options_are_checked():
    with pytest.raises(ValueError, match="output"):
        stream.Decoder(output="json")
    with pytest.raises(TypeError):
        DecoderBase()
    dec = spot.Decoder(decimals="float", output="record", strict=True)
    assert "output='record'" in repr(dec) and "strict=True" in repr(dec)
    assert pickle.loads(pickle.dumps(dec)).output == "record"


def test_peek_matches_decode():
    for msg, want in ((BBA, (10001, "BTCUSDT", 71_234_567_890, 71_234_567_890)),
                      (_trade(3), (10000, "BNBBTC", 100, 102)),
                      (_trade(0), (10000, "BNBBTC", None, None)),
                      (_diff(), (10003, "ETHBTC", 40, 45))):
        buf = stream.encode(msg)
        assert stream.peek(buf) == want
        assert stream.peek(b"xx" + buf, 2) == want
        assert stream.peek_template_id(buf) == want[0] == stream.peek_header(buf)[1]
        for cut in range(len(buf)):  # bounds-checked: every strict prefix raises
            with pytest.raises(DecodeError):
                stream.peek(buf[:cut])
    assert stream.TEMPLATE_BestBidAskStreamEvent == stream.MESSAGES["BestBidAskStreamEvent"]
    assert spot.TEMPLATE_DepthResponse == spot.MESSAGES["DepthResponse"]
    with pytest.raises(TruncatedError):
        spot.peek_template_id(b"\1\2\3")


def test_enum_json_strings():
    new = spot.orderStatus.New
    assert isinstance(new, SbeEnum) and new.json == "NEW"
    assert str(new) == "NEW" and f"{new}" == "NEW" and f"{new:>5}" == "  NEW"
    assert f"{new:d}" == str(int(new))
    assert new == int(new) and new != "NEW"
    assert spot.orderStatus.from_json("NEW") is new
    assert repr(new) == f"<orderStatus.New: {int(new)}>"
    assert pickle.loads(pickle.dumps(new)) is new


def test_import_does_not_import_numpy():
    # (encode is the pure-Python codec, which uses numpy: encode here, decode there)
    code = ("import sys; import sbe.spot, sbe.stream; from sbe import stream;"
            "buf = bytes.fromhex(%r); stream.decode(buf); stream.decode(buf, output='record');"
            "stream.peek(buf); stream.decode(buf, decimals='decimal');"
            "assert 'numpy' not in sys.modules, 'numpy imported';"
            "stream.decode(buf, groups='numpy', decimals='float');"
            "assert 'numpy' in sys.modules" % stream.encode(_trade(2)).hex())
    res = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                         timeout=120, cwd=SBE_HOME)
    assert res.returncode == 0, res.stderr
