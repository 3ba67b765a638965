"""Schemas as other venues write them (issue 11): exponents declared after their mantissas,
vendor metadata inside enums/sets/composites/messages, messages with and without the sbe:
prefix. Compiled, built and decoded in every output form, in both byte orders."""

from __future__ import annotations

import re
import struct
import warnings
from decimal import Decimal

import numpy as np
import pytest

from codegen import SchemaError, parse_schema
from codegen.parse import SchemaWarning
from compile_helper import assert_same, compile_schemas
from conftest import TEST_SCHEMAS

LE, BE = TEST_SCHEMAS / "vendor_le.xml", TEST_SCHEMAS / "vendor_be.xml"
MODES = [(d, g) for d in ("raw", "float", "decimal") for g in ("list", "numpy")]

# (line, what) of every element/attribute the compiler ignores in vendor_le.xml
IGNORED = [
    (22, "<sbe:metaAttribute> in composite 'groupSize16Encoding'"),
    (29, "<sbe:documentation> in <types>"),
    (31, "<sbe:metaAttribute> in enum 'MarketUnitType'"),
    (33, "validValue 'QUOTE': unknown attribute vnd:label"),
    (36, "<sbe:metaAttribute> in set 'Flags'"),
    (40, "composite 'PriceLevel': unknown attribute vnd:kind"),
    (41, "<sbe:metaAttribute> in composite 'PriceLevel'"),
    (48, "message 'BookTicker': unknown attribute vnd:topic"),
    (49, "<sbe:metaAttribute> in message 'BookTicker'"),
    (54, "<sbe:metaAttribute> in field 'bidRpiSize'"),
    (77, "<sbe:metaAttribute> in group 'trades'"),
]


@pytest.fixture(scope="module")
def mods():
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", SchemaWarning)
        m = compile_schemas([LE, BE])
    return {"<": m[str(LE)], ">": m[str(BE)]}


TICKER = {"$message": "BookTicker", "ts": 1700000000123, "bidPrice": 6512345, "bidSize": 125,
          "bidRpiSize": -7, "unit": 1, "flags": 3, "priceExponent": -2, "sizeExponent": -3,
          "optPrice": 42, "optExponent": None, "best": {"price": 99, "size": 5},
          "levels": [{"price": 101, "size": 2000, "levelExponent": 1},
                     {"price": -5, "size": 1, "levelExponent": -1}],
          "symbol": "BTCUSDT"}

TRADES = {"$message": "Trades", "ts": 5,
          "trades": [{"price": 12345, "qty": 7, "priceExponent": -2, "qtyExponent": -4,
                      "fills": [{"fillQty": 3}, {"fillQty": 4}], "tag": "a"},
                     {"price": 1, "qty": 1, "priceExponent": 3, "qtyExponent": 0,
                      "fills": [], "tag": "é"}]}


def ticker_bytes(bo: str) -> bytes:
    """BookTicker packed by hand at the offsets written in the XML (no codegen involved)."""
    t = TICKER
    block = struct.pack(bo + "qqqqBBbbqbqi", t["ts"], t["bidPrice"], t["bidSize"],
                        t["bidRpiSize"], 1, 3, -2, -3, 42, -128, 99, 5)
    assert len(block) == 57
    head = struct.pack(bo + "HHHH", 57, 1, 77, 0)
    levels = struct.pack(bo + "HH", 17, 2) + struct.pack(bo + "qqb", 101, 2000, 1) + \
        struct.pack(bo + "qqb", -5, 1, -1)
    return head + block + levels + bytes([7]) + b"BTCUSDT"


def test_ignored_items_warn_once_each_with_file_and_line():
    with pytest.warns(SchemaWarning) as rec:
        schema = parse_schema(LE)
    got = [str(w.message) for w in rec]
    assert got == [f"vendor_le.xml:{line}: {'unknown element ' if what.startswith('<') else ''}"
                   f"{what}: ignored" for line, what in IGNORED]
    assert [m.name for m in schema.messages] == ["BookTicker", "Trades"]  # both prefixes


def test_strict_reports_every_ignored_item():
    with pytest.raises(SchemaError) as info:
        parse_schema(LE, strict=True)
    assert [ln for ln, _ in info.value.problems] == [ln for ln, _ in IGNORED]
    assert all(msg.endswith("(strict mode)") for _, msg in info.value.problems)


def test_cli_strict_fails_and_default_warns(tmp_path, capsys):
    from codegen.__main__ import main
    assert main([str(LE), "--out", str(tmp_path / "a"), "--strict"]) == 2
    err = capsys.readouterr().err
    assert "vendor_le.xml:31: unknown element <sbe:metaAttribute> in enum" in err
    assert main([str(LE), "--out", str(tmp_path / "b")]) == 0
    err = capsys.readouterr().err
    assert err.count("warning: vendor_le.xml:") == len(IGNORED)


def test_model_links_exponents_declared_after():
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", SchemaWarning)
        s = parse_schema(LE)
    f = {x.name: x for x in s.message("BookTicker").fields}
    assert f["bidRpiSize"].exponent == (0, "sizeExponent") and f["sizeExponent"].is_exponent
    lv = {x.name: x for x in s.message("BookTicker").groups[0].fields}
    assert lv["price"].exponent == (0, "levelExponent") and lv["size"].exponent == (1,
                                                                                     "sizeExponent")
    fills = s.message("Trades").groups[0].groups[0]
    assert fills.fields[0].exponent == (1, "qtyExponent")


@pytest.mark.parametrize("bo", ["<", ">"])
def test_golden_bytes_and_every_output_form(mods, bo):
    mod = mods[bo]
    buf = ticker_bytes(bo)
    assert mod.encode(TICKER) == buf
    raw = mod.Decoder().decode(buf)
    assert raw["bidRpiSize"] == -7 and raw["sizeExponent"] == -3 and raw["optExponent"] is None
    assert raw["unit"] == mod.MarketUnitType.QUOTE and raw["flags"] == 3
    assert raw["best"] == {"price": 99, "size": 5}
    dec = mod.Decoder(decimals="decimal").decode(buf)
    assert dec["bidPrice"] == Decimal("65123.45") and dec["bidSize"] == Decimal("0.125")
    assert dec["bidRpiSize"] == Decimal("-0.007") and dec["optPrice"] is None
    assert "sizeExponent" not in dec and "priceExponent" not in dec
    assert dec["levels"] == [{"price": Decimal("1010"), "size": Decimal("2")},
                             {"price": Decimal("-0.5"), "size": Decimal("0.001")}]
    flt = mod.Decoder(decimals="float", groups="numpy").decode(buf)
    assert flt["bidSize"] == 0.125 and flt["bidPrice"] == 65123.45
    assert flt["levels"].dtype.names == ("price", "size")
    assert flt["levels"]["price"].tolist() == [1010.0, -0.5]
    assert flt["levels"]["size"].tolist() == [2.0, 0.001]
    npraw = mod.Decoder(groups="numpy").decode(buf)["levels"]
    assert npraw["levelExponent"].tolist() == [1, -1] and npraw["price"].tolist() == [101, -5]
    for d, g in MODES:
        assert_same(mod.Decoder(decimals=d, groups=g).decode(buf),
                    mod.codec().decode(buf, decimals=d, groups=g), f"$[{d},{g}]")


@pytest.mark.parametrize("bo", ["<", ">"])
def test_nested_groups_every_output_form(mods, bo):
    mod = mods[bo]
    buf = mod.encode(TRADES)
    assert buf[:8] == struct.pack(bo + "HHHH", 8, 2, 77, 0)
    raw = mod.decode(buf)
    assert raw == {**TRADES}
    dec = mod.decode(buf, decimals="decimal")
    t0, t1 = dec["trades"]
    assert (t0["price"], t0["qty"], t1["price"], t1["qty"]) == (
        Decimal("123.45"), Decimal("0.0007"), Decimal("1E+3"), Decimal("1"))
    assert [f["fillQty"] for f in t0["fills"]] == [Decimal("0.0003"), Decimal("0.0004")]
    assert "qtyExponent" not in t0 and t1["tag"] == "é"
    arr = mod.decode(buf, decimals="float", groups="numpy")["trades"]
    assert arr["price"].tolist() == [123.45, 1000.0] and arr["qty"].tolist() == [0.0007, 1.0]
    assert arr["fills"][0]["fillQty"].tolist() == [0.0003, 0.0004]
    for d, g in MODES:
        assert_same(mod.decode(buf, decimals=d, groups=g),
                    mod.codec().decode(buf, decimals=d, groups=g), f"$[{d},{g}]")


def test_byte_orders_decode_alike(mods):
    for msg in (TICKER, TRADES):
        a, b = mods["<"].encode(msg), mods[">"].encode(msg)
        assert a != b
        for d, g in MODES:
            x = mods["<"].decode(a, decimals=d, groups=g)
            y = mods[">"].decode(b, decimals=d, groups=g)
            assert _plain(x) == _plain(y), (msg["$message"], d, g)


def _plain(v):
    """Decoded value with numpy arrays as lists of dicts (byte-order independent)."""
    if isinstance(v, np.ndarray):
        if v.dtype.names:
            return [{n: _plain(row[n]) for n in v.dtype.names} for row in v]
        return [_plain(x) for x in v.tolist()]
    if isinstance(v, np.generic):
        return v.item()
    if isinstance(v, dict):
        return {k: _plain(x) for k, x in v.items()}
    if isinstance(v, list):
        return [_plain(x) for x in v]
    return v


SCHEMA = """<?xml version="1.0" encoding="UTF-8"?>
<messageSchema xmlns:xi="http://www.w3.org/2001/XInclude" package="p" id="1" version="0">
<types>
  <composite name="messageHeader">
    <type name="blockLength" primitiveType="uint16"/>
    <type name="templateId" primitiveType="uint16"/>
    <type name="schemaId" primitiveType="uint16"/>
    <type name="version" primitiveType="uint16"/>
  </composite>
  <enum name="E" encodingType="uint8">
    <validValue name="A">1</validValue>{enum}
  </enum>
</types>{top}
<message name="M" id="1">
  <field name="f" id="1" type="E"{attr}/>
</message>
</messageSchema>
"""


def test_unprefixed_schema_and_messages():
    s = parse_schema(SCHEMA.format(enum="", top="", attr="").encode())
    assert [m.name for m in s.messages] == ["M"] and s.warnings == []


def test_unknown_plain_attribute_warns():
    xml = SCHEMA.format(enum="", top="", attr=' colour="red"').encode()
    with pytest.warns(SchemaWarning, match=r"x.xml:15: field 'f': unknown attribute 'colour': "):
        parse_schema(xml, source_name="x.xml")


@pytest.mark.parametrize("enum,top,fragment", [
    ('\n    <field name="g" id="2" type="int8"/>', "", "unexpected element <field> in enum 'E'"),
    ("", '\n<xi:include href="common.xml"/>', "is not supported (XInclude)"),
    ("", '\n<group name="g" id="3"/>', "unexpected element <group> in <messageSchema>"),
])
def test_layout_elements_are_never_ignored(enum, top, fragment):
    with pytest.raises(SchemaError, match=re.escape(fragment)):
        parse_schema(SCHEMA.format(enum=enum, top=top, attr="").encode())


def test_generic_parser_knows_nothing_of_binance(real_schemas):
    """parse_sbe is plain SBE 1.0; the Binance layer (codegen.binance) adds decimals,
    mantissa128, messageData and optional var data on top."""
    from codegen.parse import parse_sbe
    plain, layered = parse_sbe(real_schemas / "spot_3_5.xml"), parse_schema(
        real_schemas / "spot_3_5.xml")

    def kinds(s):
        out = {}
        for m in s.messages:
            stack = [m]
            while stack:
                b = stack.pop()
                out.update({(m.name, b.name, f.name): f.kind for f in b.fields})
                out.update({(m.name, b.name, d.name): (d.kind, d.optional) for d in b.data})
                stack += b.groups
        return out

    a, b = kinds(plain), kinds(layered)
    assert a.keys() == b.keys()
    assert not any(k in ("mantissa", "mantissa128") for k in a.values())
    assert not any(v[0] == "message" or v[1] for v in a.values() if isinstance(v, tuple))
    assert sum(k == "mantissa" for k in b.values()) > 100
    assert any(k == "mantissa128" for k in b.values())
    assert any(isinstance(v, tuple) and v[0] == "message" for v in b.values())
    assert any(isinstance(v, tuple) and v[1] for v in b.values())
    f = next(f for f in plain.message("DepthResponse").groups[0].fields if f.name == "price")
    assert f.extensions["exponent"] == "priceExponent" and f.exponent is None
