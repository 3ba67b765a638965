"""codegen.parse validation: every problem is reported, with its XML line, in one SchemaError."""

from __future__ import annotations

import pytest

from codegen import SchemaError, parse_schema

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
  <enum name="Side" encodingType="uint8">
    <validValue name="Buy">1</validValue>
    <validValue name="Sell">2</validValue>
  </enum>
"""


def make(types="", messages="", *, version=0, attrs="", std=True, schema_id='id="7"'):
    return f"""<?xml version="1.0" encoding="UTF-8"?>
<sbe:messageSchema xmlns:sbe="http://fixprotocol.io/2016/sbe" xmlns:mbx="urn:test:mbx"
    package="t" {schema_id} version="{version}" {attrs}>
<types>{HEADER_TYPES if std else ""}{types}
</types>
{messages}
</sbe:messageSchema>
"""


def line_of(xml: str, marker: str) -> int:
    """1-based line of the single line of ``xml`` containing ``marker``."""
    hits = [i for i, text in enumerate(xml.splitlines(), start=1) if marker in text]
    assert len(hits) == 1, f"marker {marker!r} found on lines {hits}"
    return hits[0]


def errors(xml: str) -> SchemaError:
    with pytest.raises(SchemaError) as info:
        parse_schema(xml.encode(), source_name="bad.xml")
    return info.value


def check(xml: str, marker: str, fragment: str) -> SchemaError:
    """The schema fails with a problem containing ``fragment`` at the line of ``marker``."""
    err = errors(xml)
    line = line_of(xml, marker)
    assert any(ln == line and fragment in msg for ln, msg in err.problems), err.problems
    assert f"bad.xml:{line}: " in str(err)
    assert any(fragment in text for text in str(err).splitlines())
    return err


def msg(body: str, attrs: str = 'name="M" id="1"') -> str:
    return f"<sbe:message {attrs}>\n{body}\n</sbe:message>"


# -- type references ---------------------------------------------------------------------


def test_unknown_field_type():
    xml = make(messages=msg('<field name="a" id="1" type="Nope"/>'))
    check(xml, 'type="Nope"', "unknown type 'Nope'")


def test_unknown_ref_type():
    xml = make(types='<composite name="C"><ref name="r" type="Missing"/></composite>')
    check(xml, 'type="Missing"', "unknown type 'Missing'")


def test_unknown_enum_encoding_type():
    xml = make(types='<enum name="E" encodingType="Missing"><validValue name="A">1</validValue>'
                     '</enum>')
    check(xml, 'encodingType="Missing"', "unknown type 'Missing' in encodingType")


def test_unknown_dimension_type():
    xml = make(messages=msg('<group name="g" id="1" dimensionType="dimX"/>'))
    check(xml, 'dimensionType="dimX"', "unknown dimensionType 'dimX'")


def test_unknown_data_type():
    xml = make(messages=msg('<data name="d" id="1" type="strX"/>'))
    check(xml, 'type="strX"', "unknown type 'strX'")


def test_circular_reference():
    xml = make(types="""
  <composite name="A"><ref name="b" type="B"/></composite>
  <composite name="B"><ref name="a" type="A"/></composite>""")
    check(xml, '<composite name="A">', "circular type reference")


# -- duplicates ----------------------------------------------------------------------------


def test_duplicate_type_name():
    xml = make(types="""
  <type name="Id" primitiveType="int64"/>
  <enum name="Id" encodingType="uint8"><validValue name="A">1</validValue></enum>""")
    err = check(xml, '<enum name="Id"', "duplicate type name 'Id'")
    first = line_of(xml, '<type name="Id"')
    assert f"first defined at line {first}" in str(err)


def test_duplicate_message_name():
    xml = make(messages=msg("", 'name="M" id="1"') + "\n" + msg("", 'name="M" id="2"'))
    check(xml, 'name="M" id="2"', "duplicate message name 'M'")


def test_duplicate_message_id():
    xml = make(messages=msg("", 'name="A" id="5"') + "\n" + msg("", 'name="B" id="5"'))
    check(xml, 'name="B" id="5"', "duplicate message id 5")


@pytest.mark.parametrize("second", [
    '<group name="a" id="2"/>',
    '<data name="a" id="2" type="varString8"/>',
    '<field name="a" id="2" type="int8"/>',
])
def test_duplicate_names_in_block(second):
    xml = make(messages=msg(f'<field name="a" id="1" type="int8"/>\n{second}'))
    check(xml, 'id="2"', "duplicate name 'a'")


def test_duplicate_names_in_group():
    xml = make(messages=msg('<group name="g" id="1">\n<field name="x" id="1" type="int8"/>\n'
                            '<data name="x" id="2" type="varString8"/>\n</group>'))
    check(xml, '<data name="x"', "group 'g': duplicate name 'x'")


# -- element order ---------------------------------------------------------------------------


def test_field_after_group():
    xml = make(messages=msg('<group name="g" id="1"/>\n<field name="late" id="2" type="int8"/>'))
    check(xml, 'name="late"', "must come before all groups and var data")


def test_field_after_data():
    xml = make(messages=msg('<data name="d" id="1" type="varString8"/>\n'
                            '<field name="late" id="2" type="int8"/>'))
    check(xml, 'name="late"', "must come before all groups and var data")


def test_group_after_data():
    xml = make(messages=msg('<data name="d" id="1" type="varString8"/>\n'
                            '<group name="late" id="2"/>'))
    check(xml, 'name="late"', "must come before all var data")


def test_order_inside_group():
    xml = make(messages=msg('<group name="g" id="1">\n<data name="d" id="1" type="varString8"/>\n'
                            '<field name="late" id="2" type="int8"/>\n</group>'))
    check(xml, 'name="late"', "group 'g': field 'late' must come before")


# -- layout -------------------------------------------------------------------------------------


def test_offset_overlap():
    xml = make(messages=msg('<field name="a" id="1" type="int32"/>\n'
                            '<field name="b" id="2" type="int8" offset="2"/>'))
    check(xml, 'name="b"', "offset 2 overlaps the previous field (which ends at 4)")


def test_composite_member_offset_overlap():
    xml = make(types='<composite name="C">\n<type name="a" primitiveType="int32"/>\n'
                     '<type name="b" primitiveType="int8" offset="1"/>\n</composite>')
    check(xml, 'name="b"', "offset 1 of member 'b' overlaps")


def test_message_block_length_too_small():
    xml = make(messages=msg('<field name="a" id="1" type="int64"/>',
                            'name="M" id="1" blockLength="4"'))
    check(xml, 'blockLength="4"', "blockLength 4 is smaller than its fields (8 bytes)")


def test_group_block_length_too_small():
    xml = make(messages=msg('<group name="g" id="1" blockLength="1">\n'
                            '<field name="a" id="1" type="int16"/>\n</group>'))
    check(xml, 'blockLength="1"', "group 'g': blockLength 1 is smaller")


def test_dimension_missing_member():
    xml = make(types='<composite name="dim">\n<type name="blockLength" primitiveType="uint16"/>\n'
                     '</composite>',
               messages=msg('<group name="g" id="1" dimensionType="dim"/>\n'
                            '<group name="h" id="2" dimensionType="dim"/>'))
    err = check(xml, '<composite name="dim">', "missing member 'numInGroup'")
    assert sum("numInGroup" in m for _, m in err.problems) == 1  # reported once


def test_dimension_signed_member():
    xml = make(types='<composite name="dim">\n<type name="blockLength" primitiveType="uint16"/>\n'
                     '<type name="numInGroup" primitiveType="int16"/>\n</composite>',
               messages=msg('<group name="g" id="1" dimensionType="dim"/>'))
    check(xml, '<composite name="dim">', "member 'numInGroup' must be an unsigned integer")


def test_dimension_not_composite():
    xml = make(types='<type name="dim" primitiveType="uint16"/>',
               messages=msg('<group name="g" id="1" dimensionType="dim"/>'))
    check(xml, 'dimensionType="dim"', "is not a composite")


def test_var_data_missing_member():
    xml = make(types='<composite name="str">\n<type name="length" primitiveType="uint8"/>\n'
                     '<type name="data" primitiveType="uint8" length="0"/>\n</composite>',
               messages=msg('<data name="d" id="1" type="str"/>'))
    check(xml, '<composite name="str">', "missing member 'varData'")


def test_var_data_wrong_length_type():
    xml = make(types='<composite name="str">\n<type name="length" primitiveType="int8"/>\n'
                     '<type name="varData" primitiveType="uint8" length="0"/>\n</composite>',
               messages=msg('<data name="d" id="1" type="str"/>'))
    check(xml, '<composite name="str">', "member 'length' must be an unsigned integer")


def test_var_data_wrong_var_data_member():
    xml = make(types='<composite name="str">\n<type name="length" primitiveType="uint8"/>\n'
                     '<type name="varData" primitiveType="uint16"/>\n</composite>',
               messages=msg('<data name="d" id="1" type="str"/>'))
    check(xml, '<composite name="str">', "member 'varData' must be a uint8 or char <type>")


def test_var_data_composite_as_field_type():
    xml = make(messages=msg('<field name="f" id="1" type="varString8"/>'))
    check(xml, 'name="f"', "can only be used by a <data> element")


def test_length_zero_outside_var_data():
    xml = make(types='<type name="Empty" primitiveType="uint8" length="0"/>')
    check(xml, 'name="Empty"', 'length="0" is only allowed')


def test_length_zero_not_last_member():
    xml = make(types='<composite name="C">\n<type name="v" primitiveType="uint8" length="0"/>\n'
                     '<type name="x" primitiveType="uint8"/>\n</composite>')
    check(xml, 'name="v"', 'length="0" is only allowed')


# -- enums and sets ------------------------------------------------------------------------------


def test_enum_value_out_of_range():
    xml = make(types='<enum name="E" encodingType="uint8">\n'
                     '<validValue name="Big">300</validValue>\n</enum>')
    check(xml, 'name="Big"', "not representable in uint8")


def test_enum_value_not_a_number():
    xml = make(types='<enum name="E" encodingType="int8">\n'
                     '<validValue name="Bad">x</validValue>\n</enum>')
    check(xml, 'name="Bad"', "not representable in int8")


def test_char_enum_value_too_long():
    xml = make(types='<enum name="E" encodingType="char">\n'
                     '<validValue name="Two">AB</validValue>\n</enum>')
    check(xml, 'name="Two"', "not representable in char")


def test_enum_duplicate_value():
    xml = make(types='<enum name="E" encodingType="uint8">\n<validValue name="A">1</validValue>\n'
                     '<validValue name="B">1</validValue>\n</enum>')
    check(xml, 'name="B"', "duplicates the value 1 of 'A'")


def test_enum_duplicate_name():
    xml = make(types='<enum name="E" encodingType="uint8">\n<validValue name="A">1</validValue>\n'
                     '<validValue name="A">7</validValue>\n</enum>')
    check(xml, '>7<', "duplicate validValue name 'A'")


def test_enum_float_encoding():
    xml = make(types='<enum name="E" encodingType="double"><validValue name="A">1</validValue>'
                     '</enum>')
    check(xml, 'name="E"', "encodingType 'double' must be one of")


@pytest.mark.parametrize("encoding,bit", [("uint8", 8), ("uint16", 16), ("uint32", 32),
                                          ("uint64", 64)])
def test_set_bit_too_wide(encoding, bit):
    xml = make(types=f'<set name="S" encodingType="{encoding}">\n'
                     f'<choice name="Over">{bit}</choice>\n</set>')
    check(xml, 'name="Over"', f"bit {bit} is outside the {bit}-bit {encoding} encoding")


def test_set_signed_encoding():
    xml = make(types='<set name="S" encodingType="int8"><choice name="A">0</choice></set>')
    check(xml, 'name="S"', "encodingType 'int8' must be one of uint8")


def test_set_duplicate_bit():
    xml = make(types='<set name="S" encodingType="uint8">\n<choice name="A">3</choice>\n'
                     '<choice name="B">3</choice>\n</set>')
    check(xml, 'name="B"', "duplicates bit 3 of 'A'")


# -- constants -----------------------------------------------------------------------------------


def test_constant_field_without_value():
    xml = make(messages=msg('<field name="c" id="1" type="int8" presence="constant"/>'))
    check(xml, 'name="c"', "constant field has no value")


def test_constant_type_without_value():
    xml = make(types='<type name="K" primitiveType="int8" presence="constant"/>')
    check(xml, 'name="K"', "constant type has no value")


def test_constant_type_value_not_representable():
    xml = make(types='<type name="K" primitiveType="int8" presence="constant">200</type>')
    check(xml, 'name="K"', "constant value '200' is not representable as int8")


def test_constant_char_array_too_long():
    xml = make(types='<type name="K" primitiveType="char" length="2" presence="constant">ABC'
                     '</type>')
    check(xml, 'name="K"', "do not fit in char[2]")


@pytest.mark.parametrize("ref,fragment", [
    ("Side.Hold", "enum 'Side' has no value 'Hold'"),
    ("Nope.Buy", "does not name an enum"),
    ("SideBuy", "is not of the form enumName.valueName"),
    ("messageHeader.blockLength", "does not name an enum"),
])
def test_unresolvable_value_ref(ref, fragment):
    xml = make(messages=msg(f'<field name="c" id="1" type="Side" presence="constant" '
                            f'valueRef="{ref}"/>'))
    check(xml, 'name="c"', fragment)


def test_value_ref_enum_mismatch():
    xml = make(types='<enum name="Other" encodingType="uint8"><validValue name="Buy">1'
                     '</validValue></enum>',
               messages=msg('<field name="c" id="1" type="Side" presence="constant" '
                            'valueRef="Other.Buy"/>'))
    check(xml, 'name="c"', "does not match the field type 'Side'")


def test_value_ref_without_constant_presence():
    xml = make(messages=msg('<field name="c" id="1" type="Side" valueRef="Side.Buy"/>'))
    check(xml, 'name="c"', 'valueRef requires presence="constant"')


# -- mbx:exponent ---------------------------------------------------------------------------------


def test_exponent_not_found():
    xml = make(messages=msg('<group name="g" id="1">\n'
                            '<field name="m" id="1" type="int64" mbx:exponent="missing"/>\n'
                            '</group>'))
    check(xml, 'name="m"', "mbx:exponent 'missing' is not a field of its block")


def test_exponent_not_integer():
    xml = make(messages=msg('<field name="e" id="1" type="float"/>\n'
                            '<field name="m" id="2" type="int64" mbx:exponent="e"/>'))
    check(xml, 'name="m"', "mbx:exponent 'e' is not an integer field")


def test_exponent_after_mantissa_is_accepted():
    # fixed fields sit at fixed offsets: declaration order does not matter (issue 11)
    xml = make(messages=msg('<field name="m" id="1" type="int64" mbx:exponent="e"/>\n'
                            '<field name="e" id="2" type="int8"/>'))
    f = parse_schema(xml.encode()).messages[0].fields
    assert (f[0].kind, f[0].exponent, f[1].is_exponent) == ("mantissa", (0, "e"), True)


def test_exponent_names_the_mantissa_itself():
    xml = make(messages=msg('<field name="m" id="1" type="int64" mbx:exponent="m"/>'))
    check(xml, 'name="m"', "mbx:exponent names the mantissa itself")


def test_exponent_is_another_mantissa():
    xml = make(messages=msg('<field name="m" id="1" type="int64" mbx:exponent="e"/>\n'
                            '<field name="e" id="2" type="int8" mbx:exponent="x"/>\n'
                            '<field name="x" id="3" type="int8"/>'))
    check(xml, 'name="m"', "mbx:exponent 'e' is not an integer field")


def test_exponent_is_constant():
    xml = make(types='<type name="Eight" primitiveType="int8" presence="constant">-8</type>',
               messages=msg('<field name="m" id="1" type="int64" mbx:exponent="e"/>\n'
                            '<field name="e" id="2" type="Eight"/>'))
    check(xml, 'name="m"', "mbx:exponent 'e' is a constant")


def test_exponent_on_non_integer_field():
    xml = make(messages=msg('<field name="e" id="1" type="int8"/>\n'
                            '<field name="m" id="2" type="double" mbx:exponent="e"/>'))
    check(xml, 'name="m"', "is not an integer mantissa")


def test_exponent_only_searches_enclosing_blocks():
    # an exponent in a sibling group is not visible
    xml = make(messages=msg('<group name="a" id="1">\n<field name="e" id="1" type="int8"/>\n'
                            '</group>\n<group name="b" id="2">\n'
                            '<field name="m" id="1" type="int64" mbx:exponent="e"/>\n</group>'))
    check(xml, 'name="m"', "mbx:exponent 'e' is not a field")


# -- values --------------------------------------------------------------------------------------


@pytest.mark.parametrize("attr,value,primitive", [
    ("nullValue", "256", "uint8"),
    ("nullValue", "-1", "uint32"),
    ("minValue", "-129", "int8"),
    ("maxValue", "abc", "int64"),
    ("maxValue", "1e39", "float"),
    ("nullValue", "AB", "char"),
])
def test_value_not_representable(attr, value, primitive):
    xml = make(types=f'<type name="T" primitiveType="{primitive}" {attr}="{value}"/>')
    check(xml, 'name="T"', f'{attr}="{value}" is not representable as {primitive}')


def test_enum_null_value_not_representable():
    xml = make(types='<enum name="E" encodingType="uint8" nullValue="999">'
                     '<validValue name="A">1</validValue></enum>')
    check(xml, 'name="E"', 'nullValue="999" is not representable as uint8')


@pytest.mark.parametrize("element", [
    '<type name="T" primitiveType="int8" sinceVersion="3"/>',
    '<enum name="T" encodingType="uint8" sinceVersion="3">'
    '<validValue name="A">1</validValue></enum>',
    '<set name="T" encodingType="uint8" sinceVersion="3"><choice name="A">1</choice></set>',
])
def test_type_since_version_too_high(element):
    xml = make(types=element, version=2)
    check(xml, 'name="T"', "sinceVersion 3 is greater than the schema version 2")


@pytest.mark.parametrize("marker,body", [
    ('name="f"', '<field name="f" id="1" type="int8" sinceVersion="5"/>'),
    ('name="g"', '<group name="g" id="1" sinceVersion="5"/>'),
    ('name="d"', '<data name="d" id="1" type="varString8" sinceVersion="5"/>'),
    ('name="V"', '<field name="s" id="1" type="E"/>'),
])
def test_since_version_too_high_in_messages(marker, body):
    xml = make(types='<enum name="E" encodingType="uint8">\n'
                     '<validValue name="V" sinceVersion="5">1</validValue>\n</enum>',
               messages=msg(body), version=1)
    check(xml, marker, "sinceVersion 5 is greater than the schema version 1")


def test_message_since_version_too_high():
    xml = make(messages=msg("", 'name="M" id="1" sinceVersion="1"'))
    check(xml, 'name="M"', "sinceVersion 1 is greater than the schema version 0")


def test_unknown_primitive_type():
    xml = make(types='<type name="T" primitiveType="int128"/>')
    check(xml, 'name="T"', "unknown primitiveType 'int128'")


def test_bad_presence():
    xml = make(messages=msg('<field name="f" id="1" type="int8" presence="sometimes"/>'))
    check(xml, 'name="f"', 'presence="sometimes" is not one of')


def test_bad_byte_order():
    xml = make(attrs='byteOrder="middleEndian"')
    check(xml, "<sbe:messageSchema", 'byteOrder="middleEndian" is not one of')


def test_non_integer_attribute():
    xml = make(messages=msg('<field name="f" id="one" type="int8"/>'))
    check(xml, 'name="f"', 'id="one" is not an integer')


def test_invalid_symbolic_name():
    xml = make(messages=msg('<field name="$bad" id="1" type="int8"/>'))
    check(xml, 'name="$bad"', "not a valid symbolic name")


# -- required attributes ---------------------------------------------------------------------------


@pytest.mark.parametrize("marker,body,fragment", [
    ('id="9"', '<field id="9" type="int8"/>', "<field> is missing required attribute 'name'"),
    ('name="f"', '<field name="f" type="int8"/>', "field 'f' is missing required attribute 'id'"),
    ('name="f"', '<field name="f" id="1"/>', "field 'f' is missing required attribute 'type'"),
    ('name="g"', '<group name="g"/>', "group 'g' is missing required attribute 'id'"),
    ('name="d"', '<data name="d" id="1"/>', "data 'd' is missing required attribute 'type'"),
    ('id="9"', '<data id="9" type="varString8"/>', "<data> is missing required attribute 'name'"),
])
def test_missing_required_attribute_in_block(marker, body, fragment):
    check(make(messages=msg(body)), marker, fragment)


def test_message_missing_id():
    xml = make(messages=msg("", 'name="M"'))
    check(xml, 'name="M"', "message 'M' is missing required attribute 'id'")


def test_message_missing_name():
    xml = make(messages=msg("", 'id="4"'))
    check(xml, 'id="4"', "<message> is missing required attribute 'name'")


@pytest.mark.parametrize("element,fragment", [
    ('<type primitiveType="int8" description="X"/>', "<type> is missing required attribute 'name'"),
    ('<type name="X"/>', "type 'X' is missing required attribute 'primitiveType'"),
    ('<enum name="X"/>', "enum 'X' is missing required attribute 'encodingType'"),
    ('<set name="X"/>', "set 'X' is missing required attribute 'encodingType'"),
    ('<composite description="X"/>', "<composite> is missing required attribute 'name'"),
])
def test_missing_required_attribute_in_types(element, fragment):
    xml = make(types=element)
    check(xml, '"X"', fragment)


def test_schema_missing_id():
    xml = make(schema_id="")
    check(xml, "<sbe:messageSchema", "<messageSchema> is missing required attribute 'id'")


# -- header ---------------------------------------------------------------------------------------


def test_header_type_missing():
    xml = make(std=False, attrs='headerType="hdr"')
    check(xml, "<sbe:messageSchema", "headerType composite 'hdr' is not defined")


def test_header_incomplete():
    xml = make(std=False, types='<composite name="messageHeader">\n'
                                '<type name="blockLength" primitiveType="uint16"/>\n'
                                '<type name="templateId" primitiveType="uint16"/>\n'
                                '<type name="version" primitiveType="int16"/>\n</composite>')
    err = check(xml, '<composite name="messageHeader">', "missing member 'schemaId'")
    check(xml, '<composite name="messageHeader">', "member 'version' must be an unsigned integer")
    assert len(err.problems) == 2


def test_header_not_composite():
    xml = make(std=False, types='<type name="messageHeader" primitiveType="uint64"/>')
    check(xml, 'name="messageHeader"', "headerType 'messageHeader' must be a composite")


# -- reporting -----------------------------------------------------------------------------------


def test_three_problems_reported_at_once():
    xml = make(types='<type name="T" primitiveType="int128"/>',
               messages=msg('<field name="a" id="1" type="Nope"/>\n'
                            '<group name="g" id="2"/>\n'
                            '<field name="late" id="3" type="int8"/>'))
    err = errors(xml)
    expected = [
        (line_of(xml, 'name="T"'), "unknown primitiveType 'int128'"),
        (line_of(xml, 'type="Nope"'), "unknown type 'Nope'"),
        (line_of(xml, 'name="late"'), "must come before all groups and var data"),
    ]
    assert len(err.problems) == 3, err.problems
    for (line, fragment), (got_line, got_msg) in zip(expected, err.problems):
        assert got_line == line and fragment in got_msg
    lines = str(err).splitlines()
    assert len(lines) == 3
    assert all(text.startswith("bad.xml:") for text in lines)


def test_problems_sorted_by_line():
    xml = make(types='<type name="Z" primitiveType="nope"/>',
               messages=msg('<field name="a" id="1" type="Missing"/>'))
    err = errors(xml)
    assert [ln for ln, _ in err.problems] == sorted(ln for ln, _ in err.problems)


def test_report_uses_placeholder_without_name():
    xml = make(types='<type name="T" primitiveType="nope"/>')
    with pytest.raises(SchemaError) as info:
        parse_schema(xml.encode())
    line = line_of(xml, 'name="T"')
    assert str(info.value).startswith(f"<schema>:{line}: ")


def test_xml_syntax_error():
    xml = make(types='<type name="T" primitiveType="int8">\n')
    err = errors(xml)
    assert len(err.problems) == 1 and "XML syntax error" in err.problems[0][1]
    assert err.problems[0][0] > 0


def test_wrong_root_element():
    err = errors('<?xml version="1.0"?>\n<schema/>')
    assert err.problems == [(2, "root element is <schema>, expected <messageSchema>")]


def test_multi_line_start_tag_reports_first_line():
    xml = make(messages=msg('<field name="f"\n    id="1"\n    type="Nope"/>'))
    check(xml, 'name="f"', "unknown type 'Nope'")
