"""The kitchen-sink schemas (every SBE 1.0 feature + Binance conventions), compiled at test
time in both byte orders: compiled decode == oracle decode for random messages in every mode,
re-encoding reproduces the wire, and the byte order really differs on the wire."""

from __future__ import annotations

import enum
import struct

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from compile_helper import MessageGen, assert_record_form, assert_same, assert_subset

MODES = [(d, g) for d in ("raw", "float", "decimal") for g in ("list", "numpy")]
NAMES = ["Primitives", "Order", "Inner", "Empty", "Envelope"]
FILES = {"le": "kitchen_sink_le.xml", "be": "kitchen_sink_be.xml"}
SETTINGS = settings(max_examples=25, deadline=None, derandomize=True, database=None,
                    suppress_health_check=list(HealthCheck))


@pytest.fixture(scope="module")
def ks(test_modules):
    return {k: test_modules[v] for k, v in FILES.items()}


def check_all_modes(mod, buf, skip_values=frozenset()):
    for decimals, groups in MODES:
        assert_same(mod.decode(buf, decimals=decimals, groups=groups),
                    mod.codec().decode(buf, decimals=decimals, groups=groups),
                    f"$[{decimals},{groups}]", skip_values)
        assert_record_form(mod, buf, decimals, groups, skip_values=skip_values)


def _newer_group_fields(blk, ver):
    out = set()
    for g in blk.groups:
        out |= {f.name for f in g.fields if f.since > ver} | _newer_group_fields(g, ver)
    return frozenset(out)


@pytest.mark.parametrize("order", ["le", "be"])
@pytest.mark.parametrize("name", NAMES)
@SETTINGS
@given(data=st.data())
def test_roundtrip(ks, order, name, data):
    mod = ks[order]
    gen = MessageGen(mod.codec(), max_group=3, max_depth=2)
    msg = gen.message(data, name)
    buf = mod.encode(msg)
    check_all_modes(mod, buf)
    raw = mod.decode(buf)
    assert_subset(msg, raw)
    assert mod.encode(raw) == buf


@pytest.mark.parametrize("order", ["le", "be"])
@pytest.mark.parametrize("name", NAMES)
@settings(SETTINGS, max_examples=10)
@given(data=st.data(), ver=st.integers(0, 1), pad=st.integers(0, 5))
def test_older_versions_and_padding(ks, order, name, data, ver, pad):
    mod = ks[order]
    blk = mod.codec()._by_name[name]
    if blk.since > ver:
        ver = blk.since
    # the generator sizes nested messages for this padding (each padded block is longer)
    msg = MessageGen(mod.codec(), max_depth=2, pad=pad).message(data, name, ver=ver)
    buf = mod.encode(msg, version=ver, pad=pad)
    # numpy columns of fields newer than the acting version: compared by dtype only here,
    # their fill value is checked by test_numpy_missing_required_column_fill
    check_all_modes(mod, buf, _newer_group_fields(blk, ver))
    raw = mod.decode(buf)
    assert_subset(msg, raw)
    for part in (*blk.fields, *blk.groups, *blk.data):
        if part.since > ver:
            assert raw[part.name] is None, part.name
    if pad:
        assert_same(raw, mod.decode(mod.encode(msg, version=ver)))


def _primitives(u32=0x01020304):
    return {"$message": "Primitives", "charReq": "A", "i8Req": -1, "u8Req": 2, "i16Req": -3,
            "u16Req": 4, "i32Req": -5, "u32Req": u32, "i64Req": -7, "u64Req": 2**64 - 1,
            "f32Req": 1.5, "f64Req": -2.25, "pct": 50, "temp": -20, "symbol": "BTCUSDT",
            "name": "héllo", "raw": b"\x00\x01\x02\x03", "triple": (1, -2, 3), "flag": True,
            "afterGap": 77}


def test_byte_order_on_the_wire(ks):
    le, be = ks["le"].encode(_primitives()), ks["be"].encode(_primitives())
    assert len(le) == len(be) and le != be
    assert struct.unpack_from("<HH", le) == struct.unpack_from(">HH", be) == (156, 1)
    assert struct.pack("<I", 0x01020304) in le and struct.pack(">I", 0x01020304) not in le
    assert struct.pack(">I", 0x01020304) in be and struct.pack("<I", 0x01020304) not in be
    a, b = ks["le"].decode(le), ks["be"].decode(be)
    assert a["u32Req"] == b["u32Req"] == 0x01020304
    assert a == b
    # the other byte order's decoder reads nonsense (or refuses), never the same message
    try:
        assert ks["le"].decode(be) != a
    except ValueError:
        pass


def test_feature_values(ks):
    for order, mod in ks.items():
        d = mod.decode(mod.encode(_primitives()))
        assert d["charReq"] == "A" and d["charOpt"] is None
        assert d["symbol"] == "BTCUSDT" and d["name"] == "héllo" and d["optCode"] is None
        assert type(d["raw"]) is bytes and d["raw"] == b"\x00\x01\x02\x03"
        assert type(d["triple"]) is tuple and d["triple"] == (1, -2, 3)
        assert d["constNum"] == 9000 and d["constStr"] == "XNAS" and d["constFloat"] == 0.5
        assert d["constSide"] is mod.side.Sell
        assert d["flag"] is True and d["optFlag"] is None
        assert d["u64Req"] == 2**64 - 1 and d["afterGap"] == 77
        assert type(d["f32Req"]) is float and d["f32Req"] == 1.5
        assert list(d)[0] == "$message" and list(d)[1:] == [
            f.name for f in mod.codec()._by_name["Primitives"].fields]


def _order(mod, volume):
    leg = {"legId": 1, "legExponent": -3, "legPx": 5, "legQty": 6, "legNote": "ñ",
           "allocs": [{"account": "acc", "allocQty": 7, "allocPx": 8, "memo": "m"}]}
    return {"$message": "Order", "orderId": 1, "side": "Buy", "status": 77, "venue": 60000,
            "optStatus": None, "f8": 0x81, "f16": 0x8000, "f32": 2**31, "f64": 2**63 | 2**40,
            "instrument": {"code": "XYZ", "kind": 2, "attrs": 3,
                           "band": {"lo": 1, "hi": None}, "grade": "A", "lotSize": 9},
            "isMaker": False, "priceExponent": -2, "qtyExponent": -4, "price": 12345,
            "qty": None, "volume": volume, "optVolume": None, "optSide": None,
            "transactTime": 5, "addedV1": 1, "addedV1Opt": None, "stopPrice": 99,
            "fills": [{"fillId": 1, "px": 10, "fillQty": 11, "fillTimeV1": 3, "fillNote": "",
                       "legs": [leg, dict(leg, legId=2, allocs=[])]}],
            "tags": [{"key": "k", "value": b"\x00v"}], "bundles": [{"items": []}],
            "notes": [], "audit": [{"seq": 1, "actor": "z"}],
            "text8": "a", "text16": "", "text32": "c" * 300, "raw8": b"\xff", "raw16": b"",
            "raw32": bytes(range(256)) * 2, "ascii": "plain", "optText8": None,
            "optText16": "x", "dataV1": b"v1", "textV2": "v2"}


@pytest.mark.parametrize("order", ["le", "be"])
def test_order_features(ks, order):
    mod = ks[order]
    volume = 2**100 + 12345 if order == "le" else -(2**70) - 5
    msg = _order(mod, volume)
    buf = mod.encode(msg)
    check_all_modes(mod, buf)
    assert volume.to_bytes(16, "little", signed=True) in buf  # mantissa128 always LE
    d = mod.decode(buf)
    assert d["volume"] == volume and d["status"] == 77 and type(d["status"]) is int
    assert d["side"] is mod.side.Buy and d["venue"] is mod.venueCode.Binance
    assert isinstance(d["f8"], enum.IntFlag) and int(d["f64"]) == 2**63 | 2**40
    assert d["instrument"]["band"]["currency"] == "USD" and d["instrument"]["band"]["hi"] is None
    assert d["fills"][0]["legs"][0]["allocs"][0]["account"] == "acc"
    assert d["fills"][0]["legs"][1]["allocs"] == [] and d["bundles"] == [{"items": []}]
    assert d["text32"] == "c" * 300 and d["raw32"] == bytes(range(256)) * 2
    dd = mod.decode(buf, decimals="decimal")
    from decimal import Decimal
    assert dd["volume"] == Decimal(f"{volume}E-4") and dd["volume"].as_tuple().exponent == -4
    alloc = dd["fills"][0]["legs"][0]["allocs"][0]
    assert alloc["allocQty"] == Decimal("0.007")  # 1 level up: legs.legExponent
    assert alloc["allocPx"] == Decimal("0.08")  # 3 levels up: root priceExponent
    assert dd["fills"][0]["legs"][0]["legPx"] == Decimal("0.005")  # same-block exponent
    assert "legExponent" not in dd["fills"][0]["legs"][0] and "priceExponent" not in dd


@pytest.mark.parametrize("order", ["le", "be"])
def test_envelope_nesting(ks, order):
    mod = ks[order]
    inner = {"$message": "Inner", "code": 7, "side": "Sell", "msg": "hi"}
    empty = {"$message": "Empty"}
    env = {"$message": "Envelope", "status": 200, "deprecated": False, "id": "",
           "result": {"$message": "Envelope", "status": 1, "deprecated": True, "id": "x",
                      "result": empty, "result16": empty, "result8": empty,
                      "error": None, "error16": None, "note": None},
           "result16": inner, "result8": empty, "error": inner, "error16": None, "note": "n"}
    buf = mod.encode(env)
    check_all_modes(mod, buf)
    d = mod.decode(buf)
    assert d["result"]["result"] == {"$message": "Empty"} and d["error16"] is None
    assert d["result16"]["side"] is mod.side.Sell and d["id"] == ""


def test_numpy_missing_required_column_fill(ks):
    mod = ks["le"]
    msg = _order(mod, 5)
    for k in ("addedV1", "addedV1Opt", "stopPrice", "notes", "audit", "dataV1", "textV2"):
        del msg[k]
    for f in msg["fills"]:
        del f["fillTimeV1"]
    buf = mod.encode(msg, version=0)
    got = mod.decode(buf, groups="numpy")["fills"]["fillTimeV1"]
    want = mod.codec().decode(buf, groups="numpy")["fills"]["fillTimeV1"]
    assert got.tolist() == want.tolist() == [-(2**63)]
