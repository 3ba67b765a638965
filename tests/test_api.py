"""Public API of the generated modules: Decoder options, accepted buffers, value types,
header(), newer_versions_seen(), and the typing/cimport files shipped in the package."""

from __future__ import annotations

import array
import enum
from pathlib import Path

import pytest

from sbe import spot, stream

DEPTH = {"$message": "DepthResponse", "lastUpdateId": 1, "priceExponent": -2,
         "qtyExponent": -3, "bids": [{"price": 1, "qty": 2}], "asks": []}


@pytest.mark.parametrize("kw", [{"decimals": "floats"}, {"groups": "arrays"},
                                {"decimals": "RAW"}, {"groups": ""}])
def test_decoder_option_validation(kw):
    with pytest.raises(ValueError):
        spot.Decoder(**kw)
    with pytest.raises(ValueError):
        spot.decode(spot.encode(DEPTH), **kw)


@pytest.mark.parametrize("kw", [{"decimals": None}, {"groups": 1}])
def test_decoder_option_wrong_type(kw):
    with pytest.raises((TypeError, ValueError)):
        spot.Decoder(**kw)


def test_decoder_repr_and_reuse():
    dec = spot.Decoder(decimals="float", groups="numpy")
    r = repr(dec)
    assert "float" in r and "numpy" in r
    assert dec.decimals == "float" and dec.groups == "numpy"
    buf = spot.encode(DEPTH)
    assert dec.decode(buf)["bids"]["price"][0] == 0.01


def test_buffer_types():
    buf = spot.encode(DEPTH)
    want = spot.decode(buf)
    for b in (bytearray(buf), memoryview(buf), array.array("B", buf), memoryview(b"xx" + buf)[2:]):
        assert spot.decode(b) == want
    assert list(want)[0] == "$message" and want["$message"] == "DepthResponse"


def test_enum_set_bool_types():
    msg = {"$message": "WebSocketResponse", "sbeSchemaIdVersionDeprecated": True, "status": 200,
           "rateLimits": [{"rateLimitType": 1, "interval": 99, "intervalNum": 1,
                           "rateLimit": 5, "current": 1}], "id": "x",
           "result": {"$message": "EmptyResponse"} if "EmptyResponse" in spot.MESSAGES else DEPTH}
    d = spot.decode(spot.encode(msg))
    assert d["sbeSchemaIdVersionDeprecated"] is True
    rl = d["rateLimits"][0]
    assert isinstance(rl["rateLimitType"], enum.IntEnum)
    assert type(rl["rateLimitType"]) is spot.ENUMS["rateLimitType"]
    assert type(rl["interval"]) is int and rl["interval"] == 99
    from test_hostile_input import EXCHANGE_INFO
    s = spot.decode(spot.encode(EXCHANGE_INFO))["symbols"][0]
    assert isinstance(s["orderTypes"], enum.IntFlag) and int(s["orderTypes"]) == 3
    assert type(s["orderTypes"]) is spot.SETS["orderTypes"]
    assert s["icebergAllowed"] is True and s["ocoAllowed"] is False


def test_header():
    buf = spot.encode(DEPTH)
    assert spot.header(buf) == (10, spot.MESSAGES["DepthResponse"], 3, 5)
    assert spot.header(bytearray(buf)) == spot.codec().header(buf)
    with pytest.raises(ValueError):
        spot.header(buf[:5])


def test_newer_versions_seen():
    before, _ = stream.newer_versions_seen()
    msg = {"$message": "TradesStreamEvent", "eventTime": 1, "transactTime": 2,
           "priceExponent": -2, "qtyExponent": -2, "trades": [], "symbol": "A"}
    stream.decode(stream.encode(msg))
    assert stream.newer_versions_seen()[0] == before
    d = stream.decode(stream.encode(msg, version=stream.SCHEMA_VERSION + 3))
    assert d["symbol"] == "A"
    count, newest = stream.newer_versions_seen()
    assert count == before + 1 and newest >= stream.SCHEMA_VERSION + 3


def test_package_files():
    import sbe._generated as g
    pkg = Path(g.__file__).parent
    assert (pkg.parent / "py.typed").is_file() and (pkg.parent / "_rt.pxd").is_file()
    for mod in (spot, stream):
        stem = mod.__name__.rsplit(".", 1)[-1]
        for ext in (".pyi", ".pxd", ".pyx"):
            assert (pkg / (stem + ext)).is_file(), stem + ext
        assert (pkg / (stem + "_ir.py")).is_file()
