"""codegen.parse: SBE XML -> IR, on the real Binance schemas and on small inline schemas."""

from __future__ import annotations

import hashlib
import json
import math
import os
from pathlib import Path

import pytest

from codegen import SchemaError, parse_schema
from codegen import model

REPO_ROOT = Path(__file__).resolve().parent.parent
SCHEMAS_DIR = Path(os.environ.get("SBE_SCHEMAS_DIR", REPO_ROOT.parent / "shared" / "sbe-schemas"))

needs_schemas = pytest.mark.skipif(
    not SCHEMAS_DIR.is_dir(),
    reason=f"Binance schema directory {SCHEMAS_DIR} not found (set SBE_SCHEMAS_DIR)",
)


def walk(block, depth=1):
    """(block, depth) for a message (depth 1) and all its nested groups."""
    yield block, depth
    for g in block.groups:
        yield from walk(g, depth + 1)


def all_fields(schema):
    return [f for m in schema.messages for b, _ in walk(m) for f in b.fields]


def group(block, *names):
    for name in names:
        block = next(g for g in block.groups if g.name == name)
    return block


def field(block, name):
    return next(f for f in block.fields if f.name == name)


# -- real schemas ------------------------------------------------------------------------


@pytest.fixture(scope="module")
def spot():
    return parse_schema(SCHEMAS_DIR / "spot_3_5.xml")


@pytest.fixture(scope="module")
def stream():
    return parse_schema(SCHEMAS_DIR / "stream_1_0.xml")


@needs_schemas
def test_spot_schema_attributes(spot):
    assert spot.package == "spot_sbe"
    assert (spot.id, spot.version) == (3, 5)
    assert spot.semantic_version == "5.2"
    assert spot.byte_order == "littleEndian" and spot.little_endian
    assert spot.source_name == "spot_3_5.xml"
    assert spot.sha256 == hashlib.sha256((SCHEMAS_DIR / "spot_3_5.xml").read_bytes()).hexdigest()
    assert len(spot.messages) == 92
    h = spot.header
    assert h.name == "messageHeader" and h.size == 8
    assert [(m.name, m.offset) for m in h.members] == [
        ("blockLength", 0), ("templateId", 2), ("schemaId", 4), ("version", 6)]


@needs_schemas
def test_spot_types_in_document_order(spot):
    names = list(spot.types)
    assert names[:3] == ["messageHeader", "groupSizeEncoding", "groupSize16Encoding"]
    assert names.index("mantissa64") < names.index("accountType") < names.index("boolEnum")
    assert len(spot.composites) == 12
    assert len(spot.enums) == 32
    assert len(spot.sets) == 3
    assert spot.types["mantissa64"].line == 74  # start of a multi-line start tag


@needs_schemas
def test_spot_depth_response_layout(spot):
    depth = spot.message("DepthResponse")
    assert depth is spot.message(200)
    assert depth.block_length == 10
    bids = group(depth, "bids")
    assert bids.block_length == 16
    assert bids.dimension.name == "groupSizeEncoding"
    assert bids.dimension_size == 6
    assert bids.max_count == 2147483647
    assert bids.is_fixed
    assert [(f.name, f.offset, f.size) for f in bids.fields] == [("price", 0, 8), ("qty", 8, 8)]
    assert field(bids, "price").exponent == (1, "priceExponent")
    assert field(depth, "priceExponent").is_exponent


@needs_schemas
def test_spot_exchange_info_nesting(spot):
    info = spot.message("ExchangeInfoResponse")
    symbols = group(info, "symbols")
    assert symbols.block_length == 19
    permission_sets = group(symbols, "permissionSets")
    assert permission_sets.block_length == 0 and not permission_sets.fields
    permissions = group(permission_sets, "permissions")
    assert [d.name for d in permissions.data] == ["permission"]
    assert max(d for m in spot.messages for _, d in walk(m)) == 4  # message + 3 group levels
    filters = group(symbols, "filters")
    assert [(d.name, d.kind) for d in filters.data] == [("filter", model.DATA_MESSAGE)]
    kinds = {f.name: f.kind for f in symbols.fields}
    assert kinds["orderTypes"] == model.KIND_SET
    assert kinds["status"] == model.KIND_ENUM


@needs_schemas
def test_spot_exponents(spot):
    fields = all_fields(spot)
    assert len(fields) == 918
    with_exponent = [f for f in fields if f.exponent]
    assert len(with_exponent) == 288
    assert sum(1 for f in with_exponent if f.exponent[0] >= 1) == 65
    assert all(f.kind in (model.KIND_MANTISSA, model.KIND_MANTISSA128) for f in with_exponent)
    exponents = [f for f in fields if f.is_exponent]
    assert exponents and all(f.kind == model.KIND_INT for f in exponents)


@needs_schemas
def test_spot_mantissa128(spot):
    m128 = [f for f in all_fields(spot) if f.type.name == "mantissa128"]
    assert m128
    assert all(f.kind == model.KIND_MANTISSA128 and f.size == 16 for f in m128)


@needs_schemas
def test_spot_enums_sets(spot):
    assert spot.types["boolEnum"].is_bool
    assert not spot.types["accountType"].is_bool
    assert spot.types["accountType"].effective_null == 255
    stp = spot.types["allowedSelfTradePreventionModes"]
    assert stp.encoding == "uint8" and stp.choices[0].name == "None"
    assert spot.types["orderTypes"].encoding == "uint16"
    assert spot.types["externalSettlementFlags"].size == 8


@needs_schemas
def test_spot_constant_filter_type(spot):
    price_filter = spot.message("PriceFilter")
    ft = field(price_filter, "filterType")
    assert ft.presence == "constant"
    assert ft.constant_value == "PriceFilter"
    assert ft.size == 0 and ft.kind == model.KIND_ENUM
    assert ft.type is spot.types["filterType"]
    # the constant takes no room: the next field starts at 0
    assert price_filter.fields[1].offset == 0
    constants = [f for f in all_fields(spot) if f.presence == "constant"]
    assert len(constants) == 22


@needs_schemas
def test_spot_message_data(spot):
    ws = spot.message("WebSocketResponse")
    result = next(d for d in ws.data if d.name == "result")
    assert result.kind == model.DATA_MESSAGE and not result.optional
    assert result.length_size == 4 and result.max_length == 2147483647
    err = spot.message("ErrorResponse")
    data = next(d for d in err.data if d.name == "data")
    assert data.kind == model.DATA_MESSAGE and data.optional
    msg = next(d for d in err.data if d.name == "msg")
    assert msg.kind == model.DATA_TEXT and msg.character_encoding == "UTF-8"
    assert field(err, "code").type.primitive == "int16"  # bare primitive type


@needs_schemas
def test_spot_optional_and_since(spot):
    fields = all_fields(spot)
    assert sum(1 for f in fields if f.presence == "optional") == 284
    assert sum(1 for f in fields if f.since_version) == 66
    assert sum(1 for m in spot.messages if m.since_version) == 8


@needs_schemas
def test_stream_schema(stream):
    assert len(stream.messages) == 4
    trades = group(stream.message("TradesStreamEvent"), "trades")
    best = field(trades, "isBestMatch")
    assert best.presence == "constant" and best.constant_value == "True"
    assert best.type.is_bool and best.size == 0
    assert trades.block_length == 25  # id 8 + price 8 + qty 8 + isBuyerMaker 1
    assert trades.dimension.name == "groupSizeEncoding"
    assert field(trades, "price").exponent == (1, "priceExponent")


@needs_schemas
def test_fix_schema_char_enums_and_ref_header():
    fix = parse_schema(SCHEMAS_DIR / "spot-fixsbe-1_1.xml")
    exec_type = fix.types["execType"]
    assert exec_type.encoding == "char"
    values = {v.name: v.value for v in exec_type.values}
    assert values["New"] == ord("0") and values["Trade"] == ord("F")
    assert values["NonRepresentable"] == ord("~")
    assert exec_type.effective_null == 0
    h = fix.header
    assert h.size == 20
    sending = h.member("sendingTime")
    assert sending.offset == 12 and sending.type is fix.types["utcTimestampUs"]
    assert sending.kind == model.KIND_INT
    assert fix.types["smallGroupSize8Encoding"].size == 2
    assert any(m.semantic_type for m in fix.messages)


@needs_schemas
@pytest.mark.parametrize("path", sorted(SCHEMAS_DIR.glob("*.xml")) if SCHEMAS_DIR.is_dir() else [],
                         ids=lambda p: p.name)
def test_every_schema_parses(path):
    schema = parse_schema(path)
    assert schema.messages
    json.dumps(schema.to_plain())


@needs_schemas
def test_all_spot_versions_present():
    assert len(sorted(SCHEMAS_DIR.glob("spot_*.xml"))) >= 9


@needs_schemas
def test_to_plain_json_and_deterministic():
    path = SCHEMAS_DIR / "spot_3_5.xml"
    a = parse_schema(path).to_plain()
    b = parse_schema(path.read_bytes(), source_name="spot_3_5.xml").to_plain()
    assert a == b
    text = json.dumps(a, sort_keys=True)
    assert json.loads(text) == a
    assert text == json.dumps(b, sort_keys=True)
    assert a["header"]["templateId"] == [2, "uint16"]


# -- inline schemas -----------------------------------------------------------------------

HEADER_TYPES = """
  <composite name="messageHeader">
    <type name="blockLength" primitiveType="uint16"/>
    <type name="templateId" primitiveType="uint16"/>
    <type name="schemaId" primitiveType="uint16"/>
    <type name="version" primitiveType="uint16"/>
  </composite>
  <composite name="groupSizeEncoding">
    <type name="blockLength" primitiveType="uint16"/>
    <type name="numInGroup" primitiveType="uint16"/>
  </composite>
  <composite name="varString8">
    <type name="length" primitiveType="uint8"/>
    <type name="varData" primitiveType="uint8" length="0" characterEncoding="UTF-8"/>
  </composite>
"""


def make(types="", messages="", *, version=0, attrs="", std=True, mbx="urn:test:mbx"):
    return f"""<?xml version="1.0" encoding="UTF-8"?>
<sbe:messageSchema xmlns:sbe="http://fixprotocol.io/2016/sbe" xmlns:mbx="{mbx}"
    package="t" id="7" version="{version}" {attrs}>
<types>{HEADER_TYPES if std else ""}{types}
</types>
{messages}
</sbe:messageSchema>
"""


def parse(types="", messages="", **kw):
    return parse_schema(make(types, messages, **kw).encode(), source_name="inline.xml")


def test_defaults_and_bytes_source():
    xml = make(messages='<sbe:message name="Empty" id="1"/>')
    s = parse_schema(xml.encode())
    assert s.byte_order == "littleEndian" and s.version == 0
    assert s.source_name == "" and s.sha256 == hashlib.sha256(xml.encode()).hexdigest()
    assert s.message("Empty").block_length == 0
    assert parse_schema(xml.encode(), source_name="dir/x.xml").source_name == "x.xml"


def test_path_source(tmp_path):
    p = tmp_path / "mine.xml"
    p.write_text(make(messages='<sbe:message name="Empty" id="1"/>'))
    assert parse_schema(p).source_name == "mine.xml"
    assert parse_schema(str(p)).source_name == "mine.xml"
    assert parse_schema(p, source_name="other.xml").source_name == "other.xml"


def test_big_endian():
    s = parse(messages='<sbe:message name="M" id="1"><field name="a" id="1" type="int32"/>'
                       '</sbe:message>', attrs='byteOrder="bigEndian"')
    assert s.byte_order == "bigEndian" and not s.little_endian
    assert s.to_plain()["byteOrder"] == "bigEndian"


def test_explicit_offsets():
    s = parse(messages="""
<sbe:message name="M" id="1">
  <field name="a" id="1" type="uint8"/>
  <field name="b" id="2" type="int32" offset="4"/>
  <field name="c" id="3" type="int16"/>
  <field name="d" id="4" type="int64" offset="10"/>
</sbe:message>""")
    m = s.message("M")
    assert [(f.name, f.offset, f.size) for f in m.fields] == [
        ("a", 0, 1), ("b", 4, 4), ("c", 8, 2), ("d", 10, 8)]
    assert m.block_length == 18


def test_block_length_padding():
    s = parse(messages="""
<sbe:message name="M" id="1" blockLength="16">
  <field name="a" id="1" type="int64"/>
  <field name="b" id="2" type="uint8"/>
  <group name="g" id="10" blockLength="12">
    <field name="x" id="1" type="int32"/>
  </group>
  <group name="empty" id="11"/>
</sbe:message>""")
    m = s.message("M")
    assert m.block_length == 16 and m.required_length(0) == 9
    g = group(m, "g")
    assert g.block_length == 12 and g.dimension.name == "groupSizeEncoding"
    assert g.dimension_size == 4 and g.max_count == 65535
    assert group(m, "empty").block_length == 0


def test_char_fields():
    s = parse(types="""
  <type name="Symbol" primitiveType="char" length="8"/>
  <type name="Side" primitiveType="char"/>
  <type name="Venue" primitiveType="char" length="4" presence="constant">BNB</type>
  <type name="Raw" primitiveType="uint8" length="3"/>
  <type name="Triple" primitiveType="int16" length="3"/>""", messages="""
<sbe:message name="M" id="1">
  <field name="symbol" id="1" type="Symbol"/>
  <field name="side" id="2" type="Side"/>
  <field name="venue" id="3" type="Venue"/>
  <field name="raw" id="4" type="Raw"/>
  <field name="triple" id="5" type="Triple"/>
  <field name="c" id="6" type="char"/>
</sbe:message>""")
    m = s.message("M")
    got = [(f.name, f.kind, f.offset, f.size) for f in m.fields]
    assert got == [("symbol", model.KIND_STRING, 0, 8), ("side", model.KIND_CHAR, 8, 1),
                   ("venue", model.KIND_STRING, 9, 0), ("raw", model.KIND_BYTES, 9, 3),
                   ("triple", model.KIND_ARRAY, 12, 6), ("c", model.KIND_CHAR, 18, 1)]
    venue = field(m, "venue")
    assert venue.presence == "constant" and venue.constant_value == "BNB"
    assert s.types["Venue"].constant == "BNB"


def test_nested_composites_and_refs():
    s = parse(types="""
  <composite name="Outer">
    <type name="a" primitiveType="uint8"/>
    <composite name="Inner">
      <type name="x" primitiveType="int16"/>
      <ref name="y" type="Later"/>
    </composite>
    <ref name="when" type="Stamp" offset="8"/>
    <type name="flag" primitiveType="uint8" presence="constant">1</type>
    <enum name="Colour" encodingType="uint8">
      <validValue name="Red">0</validValue>
    </enum>
  </composite>
  <type name="Stamp" primitiveType="int64"/>
  <type name="Later" primitiveType="uint32"/>""", messages="""
<sbe:message name="M" id="1">
  <field name="o" id="1" type="Outer"/>
  <field name="i" id="2" type="Inner"/>
</sbe:message>""")
    outer = s.types["Outer"]
    assert list(s.types)[3:] == ["Outer", "Inner", "Colour", "Stamp", "Later"]
    inner = s.types["Inner"]
    assert inner.size == 6 and inner.member("y").type is s.types["Later"]
    assert [(m.name, m.offset, m.kind) for m in outer.members] == [
        ("a", 0, model.KIND_INT), ("Inner", 1, model.KIND_COMPOSITE),
        ("when", 8, model.KIND_INT), ("flag", 16, model.KIND_INT),
        ("Colour", 16, model.KIND_ENUM)]
    assert outer.member("Inner").type is inner
    assert outer.size == 17
    m = s.message("M")
    assert [(f.name, f.kind, f.offset, f.size) for f in m.fields] == [
        ("o", model.KIND_COMPOSITE, 0, 17), ("i", model.KIND_COMPOSITE, 17, 6)]
    plain = s.to_plain()["composites"]["Outer"]
    assert plain["size"] == 17 and plain["members"][3]["constant"] == 1  # parsed once, in the model


@pytest.mark.parametrize("encoding,width", [("uint8", 8), ("uint16", 16), ("uint32", 32),
                                            ("uint64", 64)])
def test_sets_of_each_width(encoding, width):
    s = parse(types=f"""
  <set name="Flags" encodingType="{encoding}">
    <choice name="Low">0</choice>
    <choice name="High" sinceVersion="1">{width - 1}</choice>
  </set>""", messages="""
<sbe:message name="M" id="1"><field name="f" id="1" type="Flags"/></sbe:message>""",
              version=1)
    flags = s.types["Flags"]
    assert flags.encoding == encoding and flags.size == width // 8
    assert [(c.name, c.bit, c.since_version) for c in flags.choices] == [
        ("Low", 0, 0), ("High", width - 1, 1)]
    f = s.message("M").fields[0]
    assert f.kind == model.KIND_SET and f.size == width // 8 and f.null_value is None


def test_set_and_enum_encoding_via_named_type():
    s = parse(types="""
  <set name="Flags" encodingType="Word"><choice name="A">15</choice></set>
  <enum name="Code" encodingType="Byte"><validValue name="X">1</validValue></enum>
  <type name="Word" primitiveType="uint16"/>
  <type name="Byte" primitiveType="uint8" nullValue="0"/>""")
    assert s.types["Flags"].encoding == "uint16"
    code = s.types["Code"]
    assert code.encoding == "uint8" and code.null_value == 0 and code.effective_null == 0


def test_null_value_overrides():
    s = parse(types="""
  <type name="Qty" primitiveType="int32" nullValue="0" minValue="1" maxValue="1000"/>
  <type name="Ratio" primitiveType="double" nullValue="-1.5"/>
  <type name="Code" primitiveType="char" nullValue="?"/>
  <type name="Code2" primitiveType="char" nullValue="32"/>
  <enum name="E" encodingType="uint8" nullValue="200" presence="optional">
    <validValue name="A">1</validValue>
  </enum>""", messages="""
<sbe:message name="M" id="1">
  <field name="q" id="1" type="Qty" presence="optional"/>
  <field name="r" id="2" type="Ratio" presence="optional"/>
  <field name="c" id="3" type="Code" presence="optional"/>
  <field name="e" id="4" type="E"/>
  <field name="plain" id="5" type="uint16" presence="optional"/>
  <field name="f" id="6" type="float" presence="optional"/>
  <field name="req" id="7" type="Qty"/>
</sbe:message>""")
    qty = s.types["Qty"]
    assert (qty.null_value, qty.min_value, qty.max_value) == (0, 1, 1000)
    assert s.types["Ratio"].null_value == -1.5
    assert s.types["Code"].null_value == ord("?")
    assert s.types["Code2"].null_value == 32
    m = s.message("M")
    nulls = {f.name: f.null_value for f in m.fields}
    assert nulls["q"] == 0 and nulls["r"] == -1.5 and nulls["c"] == ord("?")
    assert nulls["e"] == 200 and field(m, "e").presence == "optional"  # from the enum
    assert nulls["plain"] == 65535 and math.isnan(nulls["f"]) and nulls["req"] is None
    assert s.to_plain()["messages"][0]["fields"][5]["null"] == "nan"


def test_constants():
    s = parse(types="""
  <enum name="Kind" encodingType="uint8">
    <validValue name="A">1</validValue>
    <validValue name="B">2</validValue>
  </enum>
  <type name="Seven" primitiveType="int32" presence="constant">7</type>
  <type name="Half" primitiveType="double" presence="constant">0.5</type>
  <type name="Letter" primitiveType="char" presence="constant">Z</type>""", messages="""
<sbe:message name="M" id="1">
  <field name="kind" id="1" type="Kind" presence="constant" valueRef="Kind.B"/>
  <field name="a" id="2" type="int8"/>
  <field name="seven" id="3" type="Seven"/>
  <field name="half" id="4" type="Half"/>
  <field name="letter" id="5" type="Letter"/>
  <field name="raw" id="6" type="uint8" presence="constant" valueRef="Kind.A"/>
  <field name="b" id="7" type="int8"/>
</sbe:message>""")
    m = s.message("M")
    got = [(f.name, f.presence, f.constant_value, f.offset, f.size) for f in m.fields]
    assert got == [
        ("kind", "constant", "B", 0, 0), ("a", "required", None, 0, 1),
        ("seven", "constant", 7, 1, 0), ("half", "constant", 0.5, 1, 0),
        ("letter", "constant", "Z", 1, 0), ("raw", "constant", "A", 1, 0),
        ("b", "required", None, 1, 1)]
    assert field(m, "raw").type is s.types["Kind"] and field(m, "raw").kind == model.KIND_ENUM
    assert m.block_length == 2 and [f.name for f in m.wire_fields()] == ["a", "b"]


def test_since_version():
    s = parse(types="""
  <type name="NewId" primitiveType="int64" sinceVersion="1"/>
  <enum name="E" encodingType="uint8" sinceVersion="2">
    <validValue name="A">0</validValue>
    <validValue name="B" sinceVersion="2">1</validValue>
  </enum>""", messages="""
<sbe:message name="M" id="1" sinceVersion="1">
  <field name="a" id="1" type="int8"/>
  <field name="b" id="2" type="NewId" sinceVersion="2"/>
  <group name="g" id="3" sinceVersion="2"><field name="x" id="1" type="E"/></group>
  <data name="d" id="4" type="varString8" sinceVersion="2"/>
</sbe:message>""", version=2)
    assert s.types["NewId"].since_version == 1
    assert [v.since_version for v in s.types["E"].values] == [0, 2]
    m = s.message("M")
    assert m.since_version == 1
    assert [f.since_version for f in m.fields] == [0, 2]
    assert m.required_length(1) == 1 and m.required_length(2) == 9
    assert m.groups[0].since_version == 2 and m.data[0].since_version == 2


def test_forward_references_and_multiple_types_blocks():
    xml = make(types="""
  <enum name="E" encodingType="Small"><validValue name="A">1</validValue></enum>
</types>
<types>
  <type name="Small" primitiveType="uint8"/>
  <type name="Id" primitiveType="int64"/>""", messages="""
<sbe:message name="M" id="1"><field name="e" id="1" type="E"/><field name="i" id="2" type="Id"/>
</sbe:message>""")
    s = parse_schema(xml.encode())
    assert list(s.types)[-3:] == ["E", "Small", "Id"]
    assert s.types["E"].encoding == "uint8"
    assert [f.offset for f in s.message("M").fields] == [0, 1]


def test_exponent_resolution_levels():
    s = parse(types='<type name="mantissa128" primitiveType="uint8" length="16"/>', messages="""
<sbe:message name="M" id="1">
  <field name="e0" id="1" type="int8"/>
  <field name="m0" id="2" type="int64" mbx:exponent="e0"/>
  <group name="g" id="3">
    <field name="e1" id="1" type="int8"/>
    <group name="h" id="2">
      <field name="a" id="1" type="int64" mbx:exponent="e0"/>
      <field name="b" id="2" type="int64" mbx:exponent="e1" presence="optional"/>
      <field name="c" id="3" type="mantissa128" mbx:exponent="e1"/>
    </group>
  </group>
</sbe:message>""")
    m = s.message("M")
    assert field(m, "m0").exponent == (0, "e0") and field(m, "m0").kind == model.KIND_MANTISSA
    h = group(m, "g", "h")
    assert field(h, "a").exponent == (2, "e0")
    assert field(h, "b").exponent == (1, "e1")
    c = field(h, "c")
    assert c.exponent == (1, "e1") and c.kind == model.KIND_MANTISSA128
    assert field(h, "b").null_value == -(1 << 63)
    assert field(m, "e0").is_exponent and field(group(m, "g"), "e1").is_exponent
    assert not field(m, "m0").is_exponent


def test_exponent_attribute_in_any_namespace():
    msgs = """<sbe:message name="M" id="1">
  <field name="e" id="1" type="int8"/><field name="m" id="2" type="int64" mbx:exponent="e"/>
</sbe:message>"""
    for uri in ("https://binance-docs.github.io/apidocs/spot/en/",
                "https://developers.binance.com/docs/binance-spot-api-docs"):
        assert parse(messages=msgs, mbx=uri).message("M").fields[1].exponent == (0, "e")


def test_data_kinds():
    s = parse(types="""
  <composite name="blob"><type name="length" primitiveType="uint16"/>
    <type name="varData" primitiveType="uint8" length="0"/></composite>
  <composite name="optionalVarString8"><type name="length" primitiveType="uint8"/>
    <type name="varData" primitiveType="uint8" length="0" characterEncoding="UTF-8"/></composite>
  <composite name="messageData8"><type name="length" primitiveType="uint8"/>
    <type name="varData" primitiveType="uint8" length="0"/></composite>
  <composite name="optionalMessageData16"><type name="length" primitiveType="uint16"/>
    <type name="varData" primitiveType="uint8" length="0"/></composite>
  <composite name="charData"><type name="length" primitiveType="uint32" maxValue="1000"/>
    <type name="varData" primitiveType="char" length="0"/></composite>""", messages="""
<sbe:message name="M" id="1">
  <data name="s" id="1" type="varString8"/>
  <data name="b" id="2" type="blob"/>
  <data name="o" id="3" type="optionalVarString8"/>
  <data name="n" id="4" type="messageData8"/>
  <data name="on" id="5" type="optionalMessageData16"/>
  <data name="c" id="6" type="charData"/>
</sbe:message>""")
    got = [(d.name, d.kind, d.optional, d.length_primitive, d.max_length)
           for d in s.message("M").data]
    assert got == [
        ("s", model.DATA_TEXT, False, "uint8", 255),
        ("b", model.DATA_BYTES, False, "uint16", 65535),
        ("o", model.DATA_TEXT, True, "uint8", 255),
        ("n", model.DATA_MESSAGE, False, "uint8", 255),
        ("on", model.DATA_MESSAGE, True, "uint16", 65535),
        ("c", model.DATA_BYTES, False, "uint32", 1000)]


def test_custom_header_type_and_dimension():
    s = parse(std=False, attrs='headerType="hdr"', types="""
  <composite name="hdr">
    <type name="blockLength" primitiveType="uint16"/>
    <type name="templateId" primitiveType="uint16"/>
    <type name="schemaId" primitiveType="uint16"/>
    <type name="version" primitiveType="uint16"/>
    <type name="numGroups" primitiveType="uint16"/>
    <type name="numVarDataFields" primitiveType="uint16"/>
  </composite>
  <composite name="dim8">
    <type name="blockLength" primitiveType="uint8"/>
    <type name="numInGroup" primitiveType="uint8"/>
  </composite>""", messages="""
<sbe:message name="M" id="1" semanticType="D" description="hello">
  <group name="g" id="1" dimensionType="dim8"><field name="x" id="1" type="uint8"/></group>
</sbe:message>""")
    assert s.header.name == "hdr" and s.header.size == 12
    m = s.message("M")
    assert m.semantic_type == "D" and m.description == "hello"
    g = m.groups[0]
    assert g.dimension.name == "dim8" and g.dimension_size == 2 and g.max_count == 255
    plain = s.to_plain()
    assert plain["header"]["size"] == 12
    assert plain["messages"][0]["groups"][0]["dimension"]["blockLength"] == [0, "uint8"]


def test_field_ids_and_order_kept():
    s = parse(messages="""
<sbe:message name="M" id="1">
  <data name="second" id="201" type="varString8"/>
  <data name="first" id="200" type="varString8"/>
</sbe:message>""")
    assert [(d.name, d.id) for d in s.message("M").data] == [("second", 201), ("first", 200)]


def test_schema_error_is_value_error():
    assert issubclass(SchemaError, ValueError)
