"""Schema evolution (tests/schemas/evolution_v0/v1/v2): random messages encoded by each
version's encoder, decoded by every other version's compiled decoder where SBE 1.0 allows it.
Known fields equal, fields newer than the wire → None, unknown trailing/tail bytes skipped.
v2 Quote bytes are only decodable by v2 (its new group precedes var data: README)."""

from __future__ import annotations

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from compile_helper import MessageGen, assert_record_form, assert_same, newer_group_fields

VERSIONS = (0, 1, 2)
MODES = [(d, g) for d in ("raw", "float", "decimal") for g in ("list", "numpy")]


def _valid(message, wire, schema):
    if message == "QuoteCancel" and 0 in (wire, schema):
        return False  # does not exist at v0
    if message == "Quote" and wire == 2 and schema < 2:
        return False  # unknown group before var data: not skippable in SBE 1.0
    return True


COMBOS = [(m, w, s) for m in ("Quote", "Tick", "QuoteCancel") for w in VERSIONS
          for s in VERSIONS if _valid(m, w, s)]


@pytest.fixture(scope="module")
def evo(test_modules):
    return {v: test_modules[f"evolution_v{v}.xml"] for v in VERSIONS}


def _compare(sent, got, reader_blk, wire_ver, path="$"):
    """Field by field: what the reader knows and the writer wrote is equal, newer is None."""
    for f in reader_blk.fields:
        if f.is_const:
            continue
        if f.since > wire_ver:
            assert got[f.name] is None, f"{path}.{f.name}"
        else:
            assert got[f.name] == sent[f.name], f"{path}.{f.name}: {sent[f.name]!r} != {got[f.name]!r}"
    for g in reader_blk.groups:
        if g.since > wire_ver:
            assert got[g.name] is None, f"{path}.{g.name}"
            continue
        assert len(got[g.name]) == len(sent[g.name])
        for i, (a, b) in enumerate(zip(sent[g.name], got[g.name])):
            _compare(a, b, g, wire_ver, f"{path}.{g.name}[{i}]")
    for d in reader_blk.data:
        if d.since > wire_ver:
            assert got[d.name] is None, f"{path}.{d.name}"
        else:
            assert got[d.name] == sent[d.name], f"{path}.{d.name}"
    assert set(got) - {"$message"} == {x.name for x in (*reader_blk.fields, *reader_blk.groups,
                                                          *reader_blk.data)}


@pytest.mark.parametrize("message,wire,schema", COMBOS,
                         ids=[f"{m}-wire{w}-schema{s}" for m, w, s in COMBOS])
@settings(max_examples=25, deadline=None, derandomize=True, database=None,
          suppress_health_check=list(HealthCheck))
@given(data=st.data())
def test_cross_version(evo, message, wire, schema, data):
    writer, reader = evo[wire], evo[schema]
    sent = MessageGen(writer.codec()).message(data, message)
    buf = writer.encode(sent)
    assert writer.header(buf)[3] == wire
    got = reader.decode(buf)
    assert got["$message"] == message
    _compare(sent, got, reader.codec()._by_name[message], wire)
    skip = newer_group_fields(reader.codec()._by_name[message], wire)
    for decimals, groups in MODES:
        assert_same(reader.decode(buf, decimals=decimals, groups=groups),
                    reader.codec().decode(buf, decimals=decimals, groups=groups),
                    f"$[{decimals},{groups}]", skip)
        assert_record_form(reader, buf, decimals, groups, skip_values=skip)


def test_quote_cancel_unknown_to_v0(evo):
    from sbe.errors import UnknownTemplateError
    buf = evo[1].encode({"$message": "QuoteCancel",
                         **{f.name: 1 for f in evo[1].codec()._by_name["QuoteCancel"].fields
                            if not f.is_const and f.kind == "int"}})
    with pytest.raises(UnknownTemplateError):
        evo[0].decode(buf)


def test_new_enum_value_is_plain_int_for_old_schema(evo):
    tick2 = evo[2].codec()._by_name["Tick"]
    fields = {f.name: f for f in tick2.fields}
    assert "type" in fields
    base = {"$message": "Tick", "prices": [], "sizes": []}
    for f in tick2.fields:
        if f.is_const or f.name in base:
            continue
        base[f.name] = 2 if f.name == "type" else (0 if f.kind in ("int", "set", "mantissa") else None)
    buf = evo[2].encode(base)
    old = evo[0].decode(buf)
    assert old["type"] == 2 and type(old["type"]) is int
    assert evo[2].decode(buf)["type"] is evo[2].quoteType.Tradeable
