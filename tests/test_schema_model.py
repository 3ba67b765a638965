"""The schema model (sbe._schema) is one object graph for the compiler and the runtime: its
compact JSON (the generated ``<module>_ir.py``) reads back to the same model."""

from __future__ import annotations

import math
import warnings

import pytest

from codegen import parse_schema
from codegen.parse import SchemaWarning
from conftest import TEST_SCHEMAS
from sbe._schema import NUMPY_CODES, PRIMITIVES, Schema


def _same(a, b):
    """Equal plain views, NaN == NaN."""
    if isinstance(a, float) and isinstance(b, float) and math.isnan(a):
        return math.isnan(b)
    if isinstance(a, dict):
        return isinstance(b, dict) and list(a) == list(b) and all(_same(a[k], b[k]) for k in a)
    if isinstance(a, list):
        return isinstance(b, list) and len(a) == len(b) and all(map(_same, a, b))
    return type(a) is type(b) and a == b


def _parse(path):
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", SchemaWarning)
        return parse_schema(path)


@pytest.mark.parametrize("xml", sorted(p.name for p in TEST_SCHEMAS.glob("*.xml")))
def test_json_round_trip_test_schemas(xml):
    s = _parse(TEST_SCHEMAS / xml)
    text = s.to_json()
    back = Schema.from_json(text)
    assert _same(back.to_plain(), s.to_plain())
    assert back.to_json() == text
    assert "\n" in text and max(len(line) for line in text.splitlines()) < 400


def test_json_round_trip_real_schemas(real_schemas):
    for name in ("spot_3_5.xml", "stream_1_0.xml", "spot-fixsbe-1_1.xml"):
        s = _parse(real_schemas / name)
        back = Schema.from_json(s.to_json())
        assert _same(back.to_plain(), s.to_plain()), name
        # shared types stay shared (one object per named type)
        assert back.header is back.types[back.header.name]
        enums = {f.type.name: f.type for m in back.messages for f in m.fields
                 if f.kind == "enum"}
        assert all(t is back.types[n] for n, t in enums.items())


def test_generated_model_matches_the_schema(real_schemas):
    from sbe._generated import spot_sbe_3_5_ir, spot_stream_1_0_ir
    for mod, name in ((spot_sbe_3_5_ir, "spot_3_5.xml"), (spot_stream_1_0_ir, "stream_1_0.xml")):
        s = _parse(real_schemas / name)
        assert isinstance(mod.MODEL, Schema) and mod.MODEL.sha256 == s.sha256
        assert _same(mod.IR, s.to_plain())


def test_primitive_table_is_the_runtime_one():
    from sbe import _pycodec
    import codegen.model
    assert codegen.model.PRIMITIVES is PRIMITIVES and _pycodec._PRIMS is PRIMITIVES
    assert _pycodec._NP_CODES is NUMPY_CODES
    assert {p: v[0] for p, v in PRIMITIVES.items()} == {
        "char": 1, "int8": 1, "uint8": 1, "int16": 2, "uint16": 2, "int32": 4, "uint32": 4,
        "int64": 8, "uint64": 8, "float": 4, "double": 8}


def test_codec_takes_the_model(real_schemas):
    from sbe._pycodec import Codec
    from sbe._generated import spot_stream_1_0_ir
    a, b = Codec(spot_stream_1_0_ir.MODEL), Codec(spot_stream_1_0_ir.IR)
    msg = {"$message": "BestBidAskStreamEvent", "eventTime": 1, "bookUpdateId": 2,
           "priceExponent": -2, "qtyExponent": -3, "bidPrice": 12345, "bidQty": 7,
           "askPrice": 12346, "askQty": 8, "symbol": "BTCUSDT"}
    assert a.encode(msg) == b.encode(msg)
    assert a.decode(a.encode(msg), decimals="decimal") == b.decode(b.encode(msg),
                                                                   decimals="decimal")
