"""sbe._pycodec: the IR-driven pure-Python encoder / reference decoder.

A hand-built plain schema covers every value kind without the parser; the real Binance
schemas (and the kitchen-sink test schemas) are used through codegen.parse when available.
"""

from __future__ import annotations

import copy
import enum
import math
import os
import random
import struct
import time
from decimal import Decimal
from fractions import Fraction
from pathlib import Path

import numpy as np
import pytest

from sbe._pycodec import Codec
from sbe.errors import (
    DecodeError,
    EncodeError,
    MalformedError,
    SchemaMismatchError,
    TruncatedError,
    UnknownTemplateError,
)

REPO_ROOT = Path(__file__).resolve().parent.parent
SCHEMAS_DIR = Path(os.environ.get("SBE_SCHEMAS_DIR", REPO_ROOT.parent / "shared" / "sbe-schemas"))
TEST_SCHEMAS = REPO_ROOT / "tests" / "schemas"

try:
    from codegen.parse import parse_schema
except ImportError:  # pragma: no cover - parser not available
    parse_schema = None

needs_parser = pytest.mark.skipif(parse_schema is None, reason="codegen.parse not available")
needs_schemas = pytest.mark.skipif(
    parse_schema is None or not (SCHEMAS_DIR / "spot_3_5.xml").is_file(),
    reason=f"codegen.parse or Binance schemas in {SCHEMAS_DIR} not available (set SBE_SCHEMAS_DIR)")


# =============================================================================================
# a hand-built plain schema (no parser needed)
# =============================================================================================

def F(name, kind, prim=None, *, length=1, presence="required", null=None, since=0, type=None,
      constant=None, exponent=None, is_exp=False, enc=None, size=None):
    if size is None:
        size = 0 if presence == "constant" else (
            {"char": 1, "int8": 1, "uint8": 1, "int16": 2, "uint16": 2, "int32": 4, "uint32": 4,
             "int64": 8, "uint64": 8, "float": 4, "double": 8}[prim] * length)
    return {"name": name, "offset": None, "size": size, "kind": kind, "primitive": prim,
            "length": length, "presence": presence, "null": null, "since": since, "type": type,
            "constant": constant, "exponent": exponent, "isExponent": is_exp, "charEncoding": enc}


def layout(fields, start=0):
    off = start
    for f in fields:
        f["offset"] = off
        off += f["size"]
    return off


def BLOCK(name, id, fields, groups=(), data=(), since=0, dim=None, extra=0):
    bl = layout(fields) + extra
    b = {"name": name, "id": id, "since": since, "blockLength": bl, "fields": fields,
         "groups": list(groups), "data": list(data)}
    if dim:
        b["dimension"] = dim
    return b


DIM16 = {"size": 4, "blockLength": [0, "uint16"], "numInGroup": [2, "uint16"], "maxCount": 65535}
DIM8 = {"size": 3, "blockLength": [0, "uint16"], "numInGroup": [2, "uint8"], "maxCount": 5}


def DATA(name, kind, lprim="uint8", optional=False, since=0, enc=None, max_length=None):
    size = {"uint8": 1, "uint16": 2, "uint32": 4}[lprim]
    return {"name": name, "id": 200, "since": since, "kind": kind, "optional": optional,
            "lengthPrimitive": lprim, "lengthSize": size,
            "maxLength": max_length if max_length is not None else (1 << (8 * size)) - 1,
            "charEncoding": enc}


def toy_plain(byte_order="littleEndian"):
    point_members = [F("x", "int", "int32"), F("y", "int", "int16", presence="optional",
                                                 null=-32768),
                     F("tag", "char", "char"), F("c", "int", "int8", presence="constant",
                                                 constant="7")]
    layout(point_members)
    box_members = [F("p", "composite", type="point", size=7), F("w", "int", "uint8")]
    layout(box_members)
    root = [
        F("i8", "int", "int8"),
        F("u64", "int", "uint64", presence="optional", null=(1 << 64) - 1),
        F("f32", "float", "float", presence="optional", null="nan"),
        F("f64", "float", "double"),
        F("ch", "char", "char", presence="optional", null=0),
        F("name", "string", "char", length=6, presence="optional", null=0),
        F("raw", "bytes", "uint8", length=4),
        F("arr", "array", "int32", length=3),
        F("side", "enum", "uint8", type="side", presence="optional", null=255),
        F("ok", "enum", "uint8", type="boolEnum"),
        F("ce", "enum", "char", type="charEnum"),
        F("fl", "set", "uint16", type="flags"),
        F("pt", "composite", type="point", size=7),
        F("bx", "composite", type="box", size=8),
        F("exp", "int", "int8", is_exp=True),
        F("m", "mantissa", "int64", presence="optional", null=-(1 << 63), exponent=[0, "exp"]),
        F("m128", "mantissa128", "uint8", length=16, presence="optional", null=-(1 << 127),
          exponent=[0, "exp"]),
        F("konst", "int", "int32", presence="constant", constant=42),
        F("kside", "enum", "uint8", type="side", presence="constant", constant="Sell"),
        F("newer", "int", "int32", presence="optional", null=-(1 << 31), since=1),
    ]
    subs = BLOCK("subs", 1, [F("v", "int", "uint8")], dim=DIM8)
    items = BLOCK("items", 100, [F("px", "mantissa", "int64", exponent=[1, "exp"]),
                                 F("q", "int", "int16"),
                                 F("later", "int", "int64", since=1)],
                  groups=[subs], data=[DATA("note", "text", enc="UTF-8")], dim=DIM16)
    fixed = BLOCK("fixed", 101, [F("a", "int", "uint32"),
                                 F("m", "mantissa", "int64", exponent=[1, "exp"]),
                                 F("b", "string", "char", length=3),
                                 F("pt", "composite", type="point", size=7),
                                 F("m128", "mantissa128", "uint8", length=16,
                                   exponent=[1, "exp"]),
                                 F("z", "int", "uint16", since=1)], dim=DIM16)
    empty = BLOCK("empties", 102, [F("k", "enum", "uint8", type="boolEnum", presence="constant",
                                     constant="True")], dim=DIM16)
    toy = BLOCK("Toy", 1, root, groups=[items, fixed, empty],
                data=[DATA("text", "text", "uint16", enc="UTF-8"), DATA("blob", "bytes"),
                      DATA("inner", "message", "uint16", optional=True),
                      DATA("late", "text", since=1, enc="UTF-8", optional=True)],
                extra=3)
    small = BLOCK("Small", 2, [F("v", "int", "int32")],
                  data=[DATA("s", "text", optional=True, enc="UTF-8", max_length=10)])
    hdr = {"size": 8, "blockLength": [0, "uint16"], "templateId": [2, "uint16"],
           "schemaId": [4, "uint16"], "version": [6, "uint16"]}
    return {
        "package": "toy", "id": 77, "version": 1, "semanticVersion": "1", "byteOrder": byte_order,
        "sha256": "", "source": "toy", "header": hdr,
        "enums": {"side": {"encoding": "uint8", "null": 255, "bool": False,
                           "values": [["Buy", 0, 0], ["Sell", 1, 0]]},
                  "boolEnum": {"encoding": "uint8", "null": 255, "bool": True,
                               "values": [["False", 0, 0], ["True", 1, 0]]},
                  "charEnum": {"encoding": "char", "null": 0, "bool": False,
                               "values": [["A", 65, 0], ["B", 66, 0]]}},
        "sets": {"flags": {"encoding": "uint16", "choices": [["a", 0, 0], ["b", 3, 0]]}},
        "composites": {"point": {"size": 7, "members": point_members},
                       "box": {"size": 8, "members": box_members}},
        "messages": [toy, small],
    }


def toy_msg():
    return {
        "$message": "Toy", "i8": -5, "u64": 2**63, "f32": 1.5, "f64": -2.25, "ch": "Z",
        "name": "abc", "raw": b"\x00\x01\xfe\xff", "arr": (1, -2, 3),
        "side": 1, "ok": True, "ce": 66, "fl": 9,
        "pt": {"x": 10, "y": None, "tag": "q", "c": 7},
        "bx": {"p": {"x": -1, "y": 5, "tag": "r", "c": 7}, "w": 200},
        "exp": -3, "m": 123456, "m128": -(2**100) - 7, "konst": 42, "kside": 1, "newer": 99,
        "items": [
            {"px": 5, "q": -1, "later": 8, "subs": [{"v": 1}, {"v": 2}], "note": "é€"},
            {"px": -5, "q": 2, "later": 9, "subs": [], "note": ""},
        ],
        "fixed": [{"a": 1, "m": 10, "b": "xy", "pt": {"x": 1, "y": 2, "tag": "a", "c": 7},
                   "m128": 2**70, "z": 3},
                  {"a": 2, "m": -10, "b": "xyz", "pt": {"x": 3, "y": None, "tag": "b", "c": 7},
                   "m128": -1, "z": 4}],
        "empties": [{"k": True}, {"k": True}],
        "text": "hello ✓", "blob": b"\x00\xffbin",
        "inner": {"$message": "Small", "v": 3, "s": "hi"},
        "late": "new",
    }


@pytest.fixture(params=["littleEndian", "bigEndian"])
def toy(request):
    return Codec(toy_plain(request.param))


def test_toy_roundtrip_and_types(toy):
    msg = toy_msg()
    buf = toy.encode(msg)
    out = toy.decode(buf)
    assert out == msg
    assert list(out) == list(msg)  # $message, fields in schema order, groups, data
    assert type(out["side"]) is toy.enums["side"] and out["side"].name == "Sell"
    assert out["ok"] is True and out["items"][0]["later"] == 8
    assert type(out["ce"]) is toy.enums["charEnum"] and out["ce"].name == "B"
    assert isinstance(out["fl"], toy.sets["flags"]) and out["fl"] == 9
    assert out["kside"] is toy.enums["side"].Sell
    assert out["empties"] == [{"k": True}, {"k": True}]
    assert toy.encode(out) == buf
    assert toy.header(buf) == (toy.plain["messages"][0]["blockLength"], 1, 77, 1)


def test_toy_byte_order():
    le, be = Codec(toy_plain()), Codec(toy_plain("bigEndian"))
    m = {"$message": "Small", "v": 0x01020304, "s": None}
    assert le.encode(m) == bytes.fromhex("040002004d000100") + bytes.fromhex("04030201") + b"\0"
    assert be.encode(m) == bytes.fromhex("00040002004d0001") + bytes.fromhex("01020304") + b"\0"
    # mantissa128 stays little-endian in a big-endian schema
    out = be.encode(toy_msg())
    assert (2**70).to_bytes(16, "little", signed=True) in out


def test_toy_nulls_and_missing(toy):
    msg = toy_msg()
    for k in ("u64", "f32", "ch", "name", "side", "m", "m128", "newer", "inner", "late"):
        msg[k] = None
    out = toy.decode(toy.encode(msg))
    assert out == msg
    # missing optional keys == None; empty group; missing optional inner; constants optional
    m2 = {k: v for k, v in msg.items() if v is not None and k not in ("konst", "kside",
                                                                     "empties")}
    out2 = toy.decode(toy.encode(m2))
    assert out2["empties"] == [] and out2["u64"] is None and out2["konst"] == 42
    # a required char holding NUL decodes as "\x00", an optional one as None
    assert toy.decode(toy.encode({**msg, "pt": {"x": 1, "tag": "\x00"}}))["pt"]["tag"] == "\x00"


def test_toy_encode_errors(toy):
    base = toy_msg()

    def err(**kw):
        m = copy.deepcopy(base)
        m.update(kw)
        with pytest.raises(EncodeError) as ei:
            toy.encode(m)
        return str(ei.value)

    assert "$.i8" in err(i8=128)
    assert "$.i8" in err(i8=None)
    assert "$.f64" in err(f64="x")
    assert "$.name" in err(name="toolongname")
    assert "$.raw" in err(raw=b"123")
    assert "$.arr" in err(arr=(1, 2))
    assert "$.side" in err(side="Hold")
    assert "$.fl" in err(fl=["a", "zz"])
    assert "$.pt.x" in err(pt={"tag": "a"})
    assert "$.konst" in err(konst=41)
    assert "$.kside" in err(kside="Buy")
    assert "$.items[1].subs[0].v" in err(items=[base["items"][0], {"px": 1, "q": 1, "later": 2,
                                                                  "subs": [{"v": 256}]}])
    assert "$.items[0].px" in err(items=[{"q": 1}])
    assert "$.ch" in err(ch="ab")
    assert "$.inner.s" in err(inner={"$message": "Small", "v": 1, "s": "x" * 11})
    assert "$.inner" in err(inner={"$message": "Nope"})
    assert "unknown key" in err(bogus=1)
    assert "maxCount" in err(items=[{"px": 1, "q": 1, "later": 2, "subs": [{"v": 1}] * 6}])
    with pytest.raises(EncodeError):
        toy.encode({"$message": 99})


def test_toy_enum_set_inputs(toy):
    m = toy_msg()
    out = toy.decode(toy.encode({**m, "side": "Buy", "ce": "A", "fl": ["a", "b"], "ok": False}))
    assert out["side"] == 0 and out["ce"] == 65 and out["fl"] == 9 and out["ok"] is False
    out = toy.decode(toy.encode({**m, "side": toy.enums["side"].Sell, "fl": "b"}))
    assert out["side"] is toy.enums["side"].Sell and out["fl"] == 8
    # unknown enum value -> plain int; unknown set bits kept; bool enum non-0/1 -> int
    out = toy.decode(toy.encode({**m, "side": 7, "fl": 0x8001, "ok": 2}))
    assert type(out["side"]) is int and out["side"] == 7
    assert int(out["fl"]) == 0x8001
    assert out["ok"] == 2 and type(out["ok"]) is int


def test_toy_mantissa_conversions(toy):
    m = toy_msg()
    m["exp"] = -3
    out = toy.decode(toy.encode({**m, "m": 1.5, "m128": Decimal("-2.25")}))
    assert out["m"] == 1500 and out["m128"] == -2250
    out = toy.decode(toy.encode({**m, "m": "0.001"}))
    assert out["m"] == 1
    with pytest.raises(EncodeError, match=r"not representable.* - at \$\.m$"):
        toy.encode({**m, "m": "0.0001"})
    with pytest.raises(EncodeError, match=r"missing required field - at \$\.exp$"):
        toy.encode({**m, "exp": None, "m": 1.5})
    # group mantissas find the exponent in the enclosing block
    out = toy.decode(toy.encode({**m, "items": [{"px": 0.25 + 0.125, "q": 1, "later": 0}]}))
    assert out["items"][0]["px"] == 375
    # a float that is not exactly m * 10**e is rejected ...
    m["exp"] = -2
    with pytest.raises(EncodeError, match="not representable"):
        toy.encode({**m, "m": 0.1 + 0.2})
    # ... unless rounding half-even gives a mantissa that decodes to that very float
    m["exp"] = -39
    x = 1 / 10.0 ** 39
    assert repr(x) == "1.0000000000000001e-39"
    buf = toy.encode({**m, "m": x})
    assert toy.decode(buf)["m"] == 1 and toy.decode(buf, decimals="float")["m"] == x


def test_toy_decimals(toy):
    m = toy_msg()
    buf = toy.encode(m)
    f = toy.decode(buf, decimals="float")
    assert "exp" not in f and f["m"] == 123456 / 1000.0 and f["m128"] == float(m["m128"]) / 1000.0
    assert f["items"][0]["px"] == 0.005 and f["fixed"][1]["m128"] == -0.001
    d = toy.decode(buf, decimals="decimal")
    assert d["m"] == Decimal("123.456") and str(d["items"][1]["px"]) == "-0.005"
    assert list(f) == [k for k in m if k != "exp"]


def test_toy_versions_and_pad(toy):
    m = toy_msg()
    old = toy.encode(m, version=0)
    hdr = toy.header(old)
    assert hdr[3] == 0 and hdr[0] == toy.plain["messages"][0]["fields"][-1]["offset"]
    out = toy.decode(old)
    assert out["newer"] is None and out["late"] is None
    assert all(e["later"] is None for e in out["items"])
    assert all(e["z"] is None for e in out["fixed"])
    expect = copy.deepcopy(m)
    expect["newer"] = expect["late"] = None
    for e in expect["items"]:
        e["later"] = None
    for e in expect["fixed"]:
        e["z"] = None
    assert out == expect
    assert toy.encode(out, version=0) == old
    for pad in (1, 7):
        padded = toy.encode(m, pad=pad)
        assert toy.decode(padded) == m
        assert len(padded) > len(toy.encode(m))
    # schema_id override
    with pytest.raises(SchemaMismatchError):
        toy.decode(toy.encode(m, schema_id=78))


def test_toy_numpy(toy):
    m = toy_msg()
    buf = toy.encode(m)
    bo = "<" if toy.byte_order == "littleEndian" else ">"
    out = toy.decode(buf, groups="numpy")
    fx = out["fixed"]
    assert np.shares_memory(fx, np.frombuffer(buf, np.uint8))
    assert fx.dtype.itemsize == toy.plain["messages"][0]["groups"][1]["blockLength"]
    assert fx.dtype["a"] == np.dtype(bo + "u4") and fx.dtype["b"] == np.dtype("S3")
    assert fx.dtype["m128"] == np.dtype([("lo", "<u8"), ("hi", "<i8")])
    assert fx.dtype["pt"].names == ("x", "y", "tag")  # constant member has no column
    assert fx["b"].tolist() == [b"xy", b"xyz"] and fx["pt"]["y"].tolist() == [2, -32768]
    assert fx["m128"]["hi"][0] == 64 and fx["m128"]["lo"][1] == 2**64 - 1
    assert out["empties"].dtype.names is None or len(out["empties"].dtype.names) == 0
    assert len(out["empties"]) == 2
    items = out["items"]
    assert items.dtype["subs"] == object and items.dtype["note"] == object
    assert items["note"].tolist() == ["é€", ""]
    assert items["subs"][0]["v"].tolist() == [1, 2]
    # float: packed copy, exponents dropped, mantissa128 converted
    f = toy.decode(buf, groups="numpy", decimals="float")
    assert f["fixed"]["m"].tolist() == [0.01, -0.01] and f["fixed"]["m128"][1] == -0.001
    assert not np.shares_memory(f["fixed"], np.frombuffer(buf, np.uint8))
    d = toy.decode(buf, groups="numpy", decimals="decimal")
    assert d["fixed"]["m"].tolist() == [Decimal("0.010"), Decimal("-0.010")]
    # older producer: copy with the missing column holding its null (0 when none)
    o = toy.decode(toy.encode(m, version=0), groups="numpy")
    assert o["fixed"]["z"].tolist() == [65535, 65535]
    assert o["fixed"]["a"].tolist() == [1, 2]
    # encode accepts numpy groups (rows by field name)
    assert toy.decode(toy.encode(out)) == m


def test_toy_given_enum_classes():
    class Side(enum.IntEnum):
        Buy = 0
        Sell = 1

    class Flags(enum.IntFlag):
        a = 1
        b = 8

    c = Codec(toy_plain(), enums={"side": Side}, sets={"flags": Flags})
    out = c.decode(c.encode(toy_msg()))
    assert out["side"] is Side.Sell and isinstance(out["fl"], Flags) and c.enums["side"] is Side
    assert out["kside"] is Side.Sell


def test_toy_hostile(toy):
    m = toy_msg()
    buf = toy.encode(m)
    for n in range(len(buf)):
        with pytest.raises(DecodeError):
            toy.decode(buf[:n])
    # root blockLength smaller than the fields need
    bad = bytearray(buf)
    struct.pack_into(toy.bo + "H", bad, 0, 10)
    with pytest.raises(MalformedError, match=r"blockLength 10 .* - at \$$"):
        toy.decode(bytes(bad))


# =============================================================================================
# generic helpers: random messages from the plain IR, numpy <-> list cross-checks
# =============================================================================================

def _prange(prim):
    size = {"int8": 1, "uint8": 1, "int16": 2, "uint16": 2, "int32": 4, "uint32": 4,
            "int64": 8, "uint64": 8, "char": 1}[prim]
    if prim.startswith("u") or prim == "char":
        return 0, (1 << (8 * size)) - 1
    return -(1 << (8 * size - 1)), (1 << (8 * size - 1)) - 1


class Gen:
    """Random decoded-form messages (raw decimals, list groups) for a plain schema."""

    def __init__(self, plain, rng, version=None, codec=None):
        self.p = plain
        self.codec = codec
        self.rng = rng
        self.ver = plain["version"] if version is None else version
        msgs = plain["messages"]
        self.leaf = [m["name"] for m in msgs if not any(d["kind"] == "message"
                                                       for d in m["data"])] or [msgs[0]["name"]]

    def _null(self, f):
        n = f["null"]
        return math.nan if n == "nan" else n

    def value(self, f):
        rng, kind = self.rng, f["kind"]
        if f["since"] > self.ver:
            return None
        if f["presence"] == "constant":
            c = f["constant"]
            if kind == "enum":
                e = self.p["enums"][f["type"]]
                v = dict((n, val) for n, val, _s in e["values"])[c]
                return bool(v) if e["bool"] else v
            if kind == "float":
                return float(c)
            if kind in ("int", "mantissa", "set"):
                return int(c)
            return c
        if f["presence"] == "optional" and rng.random() < 0.3 and kind not in (
                "set", "composite", "bytes", "array"):
            return None
        null = self._null(f)
        if kind in ("int", "mantissa"):
            if f["isExponent"]:
                return rng.randint(-18, 18)
            lo, hi = _prange(f["primitive"])
            while True:
                v = rng.choice([rng.randint(lo, hi), rng.randint(max(lo, -1000), min(hi, 1000)),
                                lo, hi])
                if f["presence"] != "optional" or v != null:
                    return v
        if kind == "mantissa128":
            while True:
                v = rng.choice([rng.randint(-(1 << 127), (1 << 127) - 1),
                                rng.randint(-10**6, 10**6)])
                if v != -(1 << 127):
                    return v
        if kind == "float":
            v = rng.uniform(-1e6, 1e6)
            if f["primitive"] == "float":
                v = struct.unpack("<f", struct.pack("<f", v))[0]
            return v
        if kind == "char":
            return chr(rng.randint(1, 255))
        if kind == "string":
            enc = (f["charEncoding"] or "latin-1").lower()
            alphabet = "abcXYZ019" if "utf" in enc or "ascii" in enc else "abcÿé\x7f"
            n = rng.randint(1 if f["presence"] == "optional" else 0, f["length"])
            return "".join(rng.choice(alphabet) for _ in range(n))
        if kind == "bytes":
            return bytes(rng.randint(0, 255) for _ in range(f["length"]))
        if kind == "array":
            lo, hi = _prange(f["primitive"]) if f["primitive"] not in ("float", "double") else (
                -100, 100)
            return tuple(rng.randint(lo, hi) for _ in range(f["length"]))
        if kind == "enum":
            e = self.p["enums"][f["type"]]
            v = rng.choice([val for _n, val, s in e["values"]] + ([e["null"] - 1] if
                                                                   e["encoding"] != "char" else []))
            if e["bool"] and v in (0, 1):
                return bool(v)
            return v
        if kind == "set":
            lo, hi = _prange(f["primitive"])
            return rng.randint(lo, hi)
        if kind == "composite":
            members = self.p["composites"][f["type"]]["members"]
            return {m["name"]: self.value(m) for m in members}
        raise AssertionError(kind)

    def block(self, b, depth):
        out = {}
        for f in b["fields"]:
            out[f["name"]] = self.value(f)
        for g in b["groups"]:
            if g["since"] > self.ver:
                out[g["name"]] = None
                continue
            n = self.rng.randint(0, 3 if depth < 3 else 1)
            n = min(n, g["dimension"]["maxCount"])
            out[g["name"]] = [self.block(g, depth + 1) for _ in range(n)]
        for d in b["data"]:
            out[d["name"]] = self.data(d, depth)
        return out

    def data(self, d, depth):
        rng = self.rng
        if d["since"] > self.ver:
            return None
        if d["optional"] and rng.random() < 0.3:
            return None
        lo = 1 if d["optional"] else 0
        if d["kind"] == "text":
            n = rng.randint(lo, min(12, d["maxLength"]))
            enc = (d["charEncoding"] or "utf-8").lower()
            alpha = "aZ9é€✓" if "utf" in enc else "aZ9 -"
            return "".join(rng.choice(alpha) for _ in range(n))[: d["maxLength"] // 3 or 1]
        if d["kind"] == "bytes":
            return bytes(rng.randint(0, 255) for _ in range(rng.randint(lo, 9)))
        names = self.leaf if depth >= 2 else [m["name"] for m in self.p["messages"]]
        for attempt in range(30):
            msg = self.message(rng.choice(names if attempt < 5 else self.leaf), depth + 1)
            if self.codec is None or len(self.codec.encode(msg, version=self.ver, pad=3)) <= d[
                    "maxLength"]:
                return msg
        raise AssertionError(f"no message fits {d['name']}")

    def message(self, name, depth=0):
        m = next(x for x in self.p["messages"] if x["name"] == name)
        return {"$message": name, **self.block(m, depth + 1)}


def _block_by_name(plain, name):
    return next(m for m in plain["messages"] if m["name"] == name)


def _np_scalar_equal(f, v, e, plain):
    """Compare a raw numpy column value with the list-mode value of the same field."""
    kind = f["kind"]
    if f["presence"] == "constant":
        return True
    if kind == "composite":
        members = plain["composites"][f["type"]]["members"]
        return all(_np_scalar_equal(m, v[m["name"]], None if e is None else e[m["name"]], plain)
                   for m in members if m["presence"] != "constant")
    if e is None:  # null: the raw null value (0 where the type has none)
        if kind == "set":
            return v == 0
        if kind in ("bytes", "array"):
            return not np.any(v)
        if kind == "mantissa128":
            return (int(v["hi"]) << 64) + int(v["lo"]) == -(1 << 127)
        if kind in ("char", "string") or (kind == "enum" and f["primitive"] == "char"):
            return bytes(v)[:1] in (b"", b"\0")
        n = f["null"]
        if n == "nan" or kind == "float":
            return math.isnan(v) if n in ("nan", None) else v == n
        if n is None and kind == "enum":
            n = plain["enums"][f["type"]]["null"]
        if n is None:  # required field absent at the acting version: the primitive's null
            lo, hi = _prange(f["primitive"])
            n = lo if lo < 0 else hi
        return v == n
    if kind == "mantissa128":
        return (int(v["hi"]) << 64) + int(v["lo"]) == e
    if kind == "char" or (kind == "enum" and f["primitive"] == "char"):
        b = bytes(v) or b"\0"
        return b == (e.encode("latin-1") if isinstance(e, str) else bytes([int(e)]))
    if kind == "string":
        return bytes(v).decode(f["charEncoding"] or "latin-1") == e
    if kind == "bytes":
        return v.tobytes() == e
    if kind == "array":
        return tuple(v.tolist()) == e
    if kind == "float":
        return float(v) == e
    return int(v) == int(e)


def check_numpy_vs_list(plain, block, arr, lst, decimals, path="$"):
    """The numpy form of a group must hold the same values as its list form."""
    if lst is None:
        assert arr is None, path
        return
    assert isinstance(arr, np.ndarray) and len(arr) == len(lst), path
    names = arr.dtype.names or ()
    for f in block["fields"]:
        if f["presence"] == "constant":
            assert f["name"] not in names
            continue
        if decimals != "raw" and f["isExponent"]:
            assert f["name"] not in names, path
            continue
        assert f["name"] in names, (path, f["name"])
        col = arr[f["name"]]
        for i, e in enumerate(lst):
            v = col[i]
            if decimals != "raw" and f["kind"] in ("mantissa", "mantissa128"):
                if decimals == "float":
                    assert (math.isnan(v) if e[f["name"]] is None else v == e[f["name"]]), (
                        path, i, f["name"], v, e[f["name"]])
                else:
                    assert v == e[f["name"]], (path, i, f["name"])
            else:
                assert _np_scalar_equal(f, v, e[f["name"]], plain), (path, i, f["name"], v,
                                                                     e[f["name"]])
    for g in block["groups"]:
        for i, e in enumerate(lst):
            check_numpy_vs_list(plain, g, arr[g["name"]][i], e[g["name"]], decimals,
                                f"{path}[{i}].{g['name']}")
    for d in block["data"]:
        for i, e in enumerate(lst):
            v = arr[d["name"]][i]
            if d["kind"] == "message" and e[d["name"]] is not None:
                check_message_numpy(plain, v, e[d["name"]], decimals)
            else:
                assert v == e[d["name"]], (path, i, d["name"])


def check_message_numpy(plain, np_msg, list_msg, decimals):
    block = _block_by_name(plain, list_msg["$message"])
    assert np_msg["$message"] == list_msg["$message"]
    for f in block["fields"]:
        if f["name"] in list_msg:
            assert np_msg[f["name"]] == list_msg[f["name"]] or (
                np_msg[f["name"]] != np_msg[f["name"]])  # NaN never occurs (None instead)
    for g in block["groups"]:
        check_numpy_vs_list(plain, g, np_msg[g["name"]], list_msg[g["name"]], decimals,
                            f"$.{g['name']}")
    for d in block["data"]:
        if d["kind"] == "message" and list_msg[d["name"]] is not None:
            check_message_numpy(plain, np_msg[d["name"]], list_msg[d["name"]], decimals)
        else:
            assert np_msg[d["name"]] == list_msg[d["name"]]


def expected_decimals(plain, msg, decimals):
    """Apply decoded-format.md's decimal rules to a raw list-mode decoded message."""
    def scale(m, e):
        if m is None or e is None:
            return None
        if decimals == "float":
            if -(2**63) <= m < 2**64 and -27 <= e <= 27:  # correctly rounded
                return float(Fraction(m) * Fraction(10) ** e)
            return float(m) / 10.0 ** -e if e < 0 else float(m) * 10.0 ** e
        return Decimal(f"{m}E{e}")

    def conv(block, d, ctx):
        out = {}
        ctx = ctx + [d]
        for f in block["fields"]:
            if f["isExponent"]:
                continue
            v = d[f["name"]]
            if f["kind"] in ("mantissa", "mantissa128"):
                up, name = f["exponent"]
                v = scale(v, ctx[-1 - up][name])
            out[f["name"]] = v
        for g in block["groups"]:
            v = d[g["name"]]
            out[g["name"]] = None if v is None else [conv(g, e, ctx) for e in v]
        for dd in block["data"]:
            v = d[dd["name"]]
            out[dd["name"]] = (top(v) if dd["kind"] == "message" and v is not None else v)
        return out

    def top(m):
        block = _block_by_name(plain, m["$message"])
        return {"$message": m["$message"], **conv(block, m, [])}

    return top(msg)


def all_modes_consistent(codec, buf):
    raw = codec.decode(buf)
    for decimals in ("raw", "float", "decimal"):
        lst = codec.decode(buf, decimals=decimals)
        if decimals != "raw":
            assert lst == expected_decimals(codec.plain, raw, decimals)
        npm = codec.decode(buf, decimals=decimals, groups="numpy")
        check_message_numpy(codec.plain, npm, lst, decimals)
    return raw


def random_roundtrip(codec, rng, names=None, rounds=3, version=None):
    gen = Gen(codec.plain, rng, version, codec)
    names = names or [m["name"] for m in codec.plain["messages"]]
    for name in names:
        for _ in range(rounds):
            msg = gen.message(name)
            buf = codec.encode(msg, version=version)
            out = codec.decode(buf)
            assert out == msg, name
            assert codec.encode(out, version=version) == buf
            all_modes_consistent(codec, buf)
            # a newer producer (padding in every block) decodes to the same values
            assert codec.decode(codec.encode(msg, version=version, pad=3)) == msg
            # every strict prefix is rejected
            for n in sorted(rng.sample(range(len(buf)), min(len(buf), 25))):
                with pytest.raises(DecodeError):
                    codec.decode(buf[:n])


def test_toy_random_roundtrip(toy):
    random_roundtrip(toy, random.Random(1), rounds=20)
    random_roundtrip(toy, random.Random(2), rounds=10, version=0)


# =============================================================================================
# the real Binance schemas
# =============================================================================================

@pytest.fixture(scope="module")
def spot():
    return Codec(parse_schema(SCHEMAS_DIR / "spot_3_5.xml").to_plain())


@pytest.fixture(scope="module")
def stream():
    return Codec(parse_schema(SCHEMAS_DIR / "stream_1_0.xml").to_plain())


def depth_msg(n=5):
    return {"$message": "DepthResponse", "lastUpdateId": 123456789, "priceExponent": -8,
            "qtyExponent": -8,
            "bids": [{"price": 6500000000000 - i * 1000000, "qty": 12345 * (i + 1)}
                     for i in range(n)],
            "asks": [{"price": 6500100000000 + i * 1000000, "qty": 100000000} for i in range(n)]}


@needs_schemas
def test_spot_depth_roundtrip_and_wire(spot):
    msg = depth_msg()
    buf = spot.encode(msg)
    assert buf[:8] == struct.pack("<4H", 10, 200, 3, 5)
    assert buf[18:24] == struct.pack("<HI", 16, 5)
    assert len(buf) == 8 + 10 + 2 * (6 + 5 * 16)
    assert spot.decode(buf) == msg
    f = spot.decode(buf, decimals="float")
    assert f["bids"][0] == {"price": 65000.0, "qty": 0.00012345}
    assert "priceExponent" not in f and list(f) == ["$message", "lastUpdateId", "bids", "asks"]
    d = spot.decode(buf, decimals="decimal")
    assert d["bids"][1]["price"] == Decimal("64999.99")
    all_modes_consistent(spot, buf)


@needs_schemas
def test_spot_depth_numpy_zero_copy(spot):
    buf = spot.encode(depth_msg(100))
    big = bytearray(b"\xAA" * 13) + bytearray(buf) + bytearray(b"\xBB" * 7)
    view = memoryview(big)[13:13 + len(buf)]
    out = spot.decode(view, groups="numpy")
    bids = out["bids"]
    assert np.shares_memory(bids, np.frombuffer(big, np.uint8))
    assert bids.dtype == np.dtype([("price", "<i8"), ("qty", "<i8")])
    assert bids.dtype.itemsize == 16 and len(bids) == 100 and bids.base is not None
    assert bids["qty"][2] == 12345 * 3
    # a newer producer's wider entries are still viewed in place, itemsize = wire blockLength
    padded = spot.encode(depth_msg(3), pad=5)
    out = spot.decode(padded, groups="numpy")
    assert out["bids"].dtype.itemsize == 21 and np.shares_memory(
        out["bids"], np.frombuffer(padded, np.uint8))
    assert out["bids"]["price"].tolist() == [m["price"] for m in depth_msg(3)["bids"]]
    f = spot.decode(buf, groups="numpy", decimals="float")
    assert f["bids"].dtype == np.dtype([("price", "<f8"), ("qty", "<f8")])
    assert f["bids"]["qty"][0] == 0.00012345
    assert not np.shares_memory(f["bids"], np.frombuffer(buf, np.uint8))


def exchange_info_msg():
    price_filter = {"$message": "PriceFilter", "filterType": None, "priceExponent": -2,
                    "minPrice": 1, "maxPrice": 10000000, "tickSize": 1}
    lot = {"$message": "LotSizeFilter", "qtyExponent": -5, "minQty": 1, "maxQty": 900000000,
           "stepSize": 1}
    max_orders = {"$message": "MaxNumOrdersFilter", "maxNumOrders": 200}
    symbol = {
        "status": 1, "baseAssetPrecision": 8, "quoteAssetPrecision": 8,
        "baseCommissionPrecision": 8, "quoteCommissionPrecision": 8, "orderTypes": ["Limit",
                                                                                     "Market"],
        "icebergAllowed": True, "ocoAllowed": True, "otoAllowed": False,
        "quoteOrderQtyMarketAllowed": True, "allowTrailingStop": True,
        "cancelReplaceAllowed": True, "amendAllowed": False, "isSpotTradingAllowed": True,
        "isMarginTradingAllowed": False, "defaultSelfTradePreventionMode": 1,
        "allowedSelfTradePreventionModes": 6, "pegInstructionsAllowed": None,
        "filters": [{"filter": price_filter}, {"filter": lot}],
        "permissionSets": [{"permissions": [{"permission": "SPOT"}, {"permission": "MARGIN"}]},
                           {"permissions": []}],
        "symbol": "BTCUSDT", "baseAsset": "BTC", "quoteAsset": "USDT",
    }
    return {"$message": "ExchangeInfoResponse",
            "rateLimits": [{"rateLimitType": 1, "interval": 1, "intervalNum": 1,
                            "rateLimit": 6000}],
            "exchangeFilters": [{"filter": max_orders}],
            "symbols": [symbol, {**symbol, "symbol": "ETHBTC", "filters": [],
                                 "permissionSets": []}],
            "sors": []}


def _fill_constants(codec, msg):
    """Decoded form of a hand-written message (constants filled in) by one round trip."""
    return codec.decode(codec.encode(msg))


@needs_schemas
def test_spot_exchange_info_nested(spot):
    msg = exchange_info_msg()
    buf = spot.encode(msg)
    out = spot.decode(buf)
    FilterType = spot.enums["filterType"]
    pf = out["symbols"][0]["filters"][0]["filter"]
    assert pf["$message"] == "PriceFilter" and pf["filterType"] is FilterType.PriceFilter
    assert out["symbols"][0]["orderTypes"] == 3
    assert isinstance(out["symbols"][0]["orderTypes"], spot.sets["orderTypes"])
    assert out["symbols"][0]["permissionSets"][0]["permissions"][1] == {"permission": "MARGIN"}
    assert out["exchangeFilters"][0]["filter"] == {"$message": "MaxNumOrdersFilter",
                                                   "filterType": FilterType.MaxNumOrders,
                                                   "maxNumOrders": 200}
    assert spot.encode(out) == buf and spot.decode(spot.encode(out)) == out
    f = spot.decode(buf, decimals="float")
    assert f["symbols"][0]["filters"][1]["filter"]["maxQty"] == 9000.0
    assert "qtyExponent" not in f["symbols"][0]["filters"][1]["filter"]
    npm = spot.decode(buf, groups="numpy")
    sym = npm["symbols"]
    assert sym.dtype["filters"] == object and sym.dtype["symbol"] == object
    assert sym["symbol"].tolist() == ["BTCUSDT", "ETHBTC"]
    assert sym["filters"][0]["filter"][0]["tickSize"] == 1
    assert sym["permissionSets"][0]["permissions"][0]["permission"].tolist() == ["SPOT",
                                                                                "MARGIN"]
    assert sym["pegInstructionsAllowed"].tolist() == [255, 255]
    all_modes_consistent(spot, buf)


@needs_schemas
def test_spot_websocket_response_wrapping_error(spot):
    err = {"$message": "ErrorResponse", "code": -1121, "serverTime": 1700000000000000,
           "retryAfter": None, "msg": "Invalid symbol.", "data": None}
    ws = {"$message": "WebSocketResponse", "sbeSchemaIdVersionDeprecated": False, "status": 400,
          "rateLimits": [{"rateLimitType": 2, "interval": 1, "intervalNum": 1,
                          "rateLimit": 6000, "current": 7}],
          "id": "req-1", "result": err}
    buf = spot.encode(ws)
    out = spot.decode(buf)
    assert out == ws and out["sbeSchemaIdVersionDeprecated"] is False
    # pre-encoded nested bytes are accepted too
    assert spot.encode({**ws, "result": spot.encode(err)}) == buf
    # invalid UTF-8 inside the nested message: MalformedError with the nested path
    bad = bytearray(buf)
    i = bad.index(b"Invalid symbol.")
    bad[i] = 0xFF
    with pytest.raises(MalformedError) as ei:
        spot.decode(bytes(bad))
    assert ei.value.path == ["result", "msg"] and str(ei.value).endswith("- at $.result.msg")
    assert ei.value.offset == i
    # a wrong templateId inside result
    bad = bytearray(buf)
    j = buf.index(spot.encode(err))
    struct.pack_into("<H", bad, j + 2, 4242)
    with pytest.raises(UnknownTemplateError) as ei:
        spot.decode(bytes(bad))
    assert ei.value.template_id == 4242 and ei.value.path == ["result"]
    # a wrong schemaId inside result
    struct.pack_into("<HH", bad, j + 2, 100, 9)
    with pytest.raises(SchemaMismatchError) as ei:
        spot.decode(bytes(bad))
    assert "- at $.result" in str(ei.value)
    # cancel-replace partial failure: ErrorResponse.data holds another message
    ok = {**err, "data": {"$message": "CancelReplaceOrderResponse", "cancelResult": 1,
                          "newOrderResult": 2, "cancelResponse": None,
                          "newOrderResponse": None}}
    out = spot.decode(spot.encode(_fill_constants(spot, ok)))
    assert out["data"]["$message"] == "CancelReplaceOrderResponse"


@needs_schemas
def test_spot_klines_mantissa128(spot):
    big = (1 << 100) + 12345
    k = {"openTime": 1, "openPrice": 100, "highPrice": 200, "lowPrice": 50, "closePrice": 150,
         "volume": big, "closeTime": 2, "quoteVolume": -big, "numTrades": 3,
         "takerBuyBaseVolume": 0, "takerBuyQuoteVolume": (1 << 126)}
    msg = {"$message": "KlinesResponse", "priceExponent": -2, "qtyExponent": -8, "klines": [k, k]}
    buf = spot.encode(msg)
    assert big.to_bytes(16, "little", signed=True) in buf
    assert spot.decode(buf) == msg
    f = spot.decode(buf, decimals="float")
    assert f["klines"][0]["volume"] == float(big) / 1e8
    assert f["klines"][0]["quoteVolume"] == -float(big) / 100.0
    d = spot.decode(buf, decimals="decimal")
    assert d["klines"][1]["volume"] == Decimal(f"{big}E-8")
    arr = spot.decode(buf, groups="numpy")["klines"]
    assert arr.dtype["volume"] == np.dtype([("lo", "<u8"), ("hi", "<i8")])
    assert int(arr["volume"]["hi"][0]) == big >> 64 and int(arr["quoteVolume"]["hi"][0]) < 0
    assert np.shares_memory(arr, np.frombuffer(buf, np.uint8)) and arr.dtype.itemsize == 120
    fa = spot.decode(buf, groups="numpy", decimals="float")["klines"]
    assert fa["volume"][0] == float(big) / 1e8 and fa.dtype["volume"] == np.float64
    all_modes_consistent(spot, buf)
    # mantissa given as a Decimal
    m2 = copy.deepcopy(msg)
    m2["klines"][0]["volume"] = Decimal("0.00000001")
    assert spot.decode(spot.encode(m2))["klines"][0]["volume"] == 1


@needs_schemas
def test_stream_best_bid_ask(stream):
    msg = {"$message": "BestBidAskStreamEvent", "eventTime": 1700000000000001,
           "bookUpdateId": 99, "priceExponent": -2, "qtyExponent": -8,
           "bidPrice": "65000.01", "bidQty": 0.5, "askPrice": Decimal("65000.02"),
           "askQty": 12345, "symbol": "BTCUSDT"}
    buf = stream.encode(msg)
    assert stream.header(buf) == (50, 10001, 1, 0)
    raw = stream.decode(buf)
    assert raw["bidPrice"] == 6500001 and raw["bidQty"] == 50000000 and raw["askQty"] == 12345
    f = stream.decode(buf, decimals="float")
    assert f == {"$message": "BestBidAskStreamEvent", "eventTime": 1700000000000001,
                 "bookUpdateId": 99, "bidPrice": 65000.01, "bidQty": 0.5,
                 "askPrice": 65000.02, "askQty": 0.00012345, "symbol": "BTCUSDT"}
    d = stream.decode(buf, decimals="decimal")
    assert d["bidPrice"] == Decimal("65000.01") and str(d["askQty"]) == "0.00012345"
    bad = bytearray(buf)
    bad[-1] = 0xC3  # truncated multi-byte UTF-8 sequence
    with pytest.raises(MalformedError, match=r"- at \$\.symbol$") as ei:
        stream.decode(bytes(bad))
    assert ei.value.path == ["symbol"]


@needs_schemas
def test_stream_trades_constant_and_numpy(stream):
    msg = {"$message": "TradesStreamEvent", "eventTime": 1, "transactTime": 2,
           "priceExponent": -2, "qtyExponent": -3,
           "trades": [{"id": i, "price": 100 + i, "qty": 5, "isBuyerMaker": bool(i % 2),
                       "isBestMatch": True} for i in range(4)], "symbol": "ÉTHBTC"}
    buf = stream.encode(msg)
    assert stream.decode(buf) == msg
    arr = stream.decode(buf, groups="numpy")["trades"]
    assert arr.dtype.names == ("id", "price", "qty", "isBuyerMaker")
    assert arr.dtype.itemsize == 25 and np.shares_memory(arr, np.frombuffer(buf, np.uint8))
    with pytest.raises(EncodeError, match=r"\$\.trades\[0\]\.isBestMatch"):
        stream.encode({**msg, "trades": [{**msg["trades"][0], "isBestMatch": False}]})


@needs_schemas
def test_spot_older_version_and_newer_producer(spot):
    rng = random.Random(5)
    gen = Gen(spot.plain, rng, codec=spot)
    msg = gen.message("NewOrderFullResponse")
    old = spot.encode(msg, version=0)
    assert spot.header(old) == (142, 302, 3, 0)
    out = spot.decode(old)
    for name in ("pegPriceType", "pegOffsetType", "pegOffsetValue", "peggedPrice",
                 "expiryReason"):
        assert out[name] is None
    assert out["orderId"] == msg["orderId"] and out["fills"] == msg["fills"]
    f = spot.decode(old, decimals="float")
    assert f["peggedPrice"] is None
    # version 0 decoding of the symbols group (entry blockLength 18 on the wire)
    info = spot.encode(exchange_info_msg(), version=0)
    out = spot.decode(info)
    assert out["symbols"][0]["pegInstructionsAllowed"] is None
    npm = spot.decode(info, groups="numpy")
    assert npm["symbols"]["pegInstructionsAllowed"].tolist() == [255, 255]
    # newer producer: wider blocks everywhere, same values
    for pad in (1, 16):
        assert spot.decode(spot.encode(msg, pad=pad)) == msg


@needs_schemas
def test_spot_every_message_random_roundtrip(spot):
    random_roundtrip(spot, random.Random(11), rounds=2)


@needs_schemas
def test_spot_every_message_old_versions(spot):
    for v in (0, 1, 3):
        random_roundtrip(spot, random.Random(v), rounds=1, version=v)


@needs_schemas
def test_stream_every_message_random_roundtrip(stream):
    random_roundtrip(stream, random.Random(3), rounds=5)


@needs_schemas
def test_fix_schema_random_roundtrip():
    path = SCHEMAS_DIR / "spot-fixsbe-1_1.xml"
    if not path.is_file():
        pytest.skip("no FIX schema")
    fix = Codec(parse_schema(path).to_plain())
    assert fix.header_size == 20
    random_roundtrip(fix, random.Random(4), rounds=2)


@needs_parser
@pytest.mark.parametrize("name", ["kitchen_sink_le", "kitchen_sink_be"])
def test_kitchen_sink_random_roundtrip(name):
    path = TEST_SCHEMAS / f"{name}.xml"
    if not path.is_file():
        pytest.skip(f"{path} not present")
    codec = Codec(parse_schema(path).to_plain())
    random_roundtrip(codec, random.Random(7), rounds=8)
    for v in (0, 1):
        random_roundtrip(codec, random.Random(v), rounds=4, version=v)


@needs_parser
def test_evolution_schemas_cross_versions():
    paths = [TEST_SCHEMAS / f"evolution_v{v}.xml" for v in range(3)]
    if not all(p.is_file() for p in paths):
        pytest.skip("evolution schemas not present")
    v0, v1, v2 = (Codec(parse_schema(p).to_plain()) for p in paths)
    quote = {"$message": "Quote", "quoteId": 1, "priceExponent": -2, "bid": 100, "ask": 101,
             "type": 1, "bidSize": 5, "askSize": None, "quoteTime": 7, "flags": 3,
             "levels": [{"px": 100, "size": 1, "orders": 2, "levelFlags": 1}],
             "trades": [], "venue": "X", "comment": "c"}
    # older producer (v0) read by the v2 decoder: newer fields/groups/data are None
    buf0 = v0.encode({"$message": "Quote", "quoteId": 1, "priceExponent": -2, "bid": 100,
                      "ask": 101, "type": 1, "levels": [{"px": 100, "size": 1}], "venue": "X"})
    out = v2.decode(buf0)
    assert out["bidSize"] is None and out["flags"] is None and out["trades"] is None
    assert out["comment"] is None and out["levels"] == [{"px": 100, "size": 1, "orders": None,
                                                         "levelFlags": None}]
    assert v2.encode(quote, version=0) == buf0
    # newer producer (v1) read by the v0 decoder: unknown tail bytes skipped
    q1 = {k: v for k, v in quote.items() if k not in ("quoteTime", "flags", "trades")}
    q1["levels"] = [{"px": 100, "size": 1, "orders": 2}]
    buf1 = v1.encode(q1)
    out = v0.decode(buf1)
    assert out == {"$message": "Quote", "quoteId": 1, "priceExponent": -2, "bid": 100,
                   "ask": 101, "type": 1, "levels": [{"px": 100, "size": 1}], "venue": "X"}
    # Tick: a group appended at the end is skippable
    tick = {"$message": "Tick", "seq": 1, "type": 0, "count": 2, "prices": [{"px": 1}],
            "sizes": [{"size": 2}]}
    assert v0.decode(v2.encode(tick)) == {"$message": "Tick", "seq": 1, "type": 0,
                                          "prices": [{"px": 1}]}


# =============================================================================================
# hostile input
# =============================================================================================

@needs_schemas
def test_every_strict_prefix_raises(spot, stream):
    for codec, msg in ((spot, depth_msg(3)), (spot, exchange_info_msg()),
                       (stream, {"$message": "DepthDiffStreamEvent", "eventTime": 1,
                                 "firstBookUpdateId": 2, "lastBookUpdateId": 3,
                                 "priceExponent": -2, "qtyExponent": -2,
                                 "bids": [{"price": 1, "qty": 2}], "asks": [],
                                 "symbol": "BTCUSDT"})):
        buf = codec.encode(msg)
        codec.decode(buf)
        for n in range(len(buf)):
            for groups in ("list", "numpy"):
                with pytest.raises(DecodeError) as ei:
                    codec.decode(buf[:n], groups=groups)
                assert isinstance(ei.value, (TruncatedError, MalformedError)), n
                assert " - at $" in str(ei.value)


@needs_schemas
def test_huge_count_rejected_quickly(spot, stream):
    buf = bytearray(spot.encode(depth_msg(2)))
    assert struct.unpack_from("<I", buf, 20)[0] == 2
    for count, exc in ((2**31 - 1, TruncatedError), (2**32 - 1, MalformedError)):
        struct.pack_into("<I", buf, 20, count)
        for groups in ("list", "numpy"):
            t0 = time.perf_counter()
            with pytest.raises(exc) as ei:
                spot.decode(bytes(buf), groups=groups)
            assert time.perf_counter() - t0 < 0.1
            assert ei.value.path == ["bids"] and "- at $.bids" in str(ei.value)
    # blockLength 0 group entries: count bounded by the remaining bytes too
    info = bytearray(spot.encode(exchange_info_msg()))
    # exchangeFilters dimension follows rateLimits (8 header + 0 root + 6 dim + 11 entry)
    off = 8 + 6 + 11
    assert struct.unpack_from("<HI", info, off) == (0, 1)
    struct.pack_into("<I", info, off + 2, 2**31 - 1)
    with pytest.raises(TruncatedError) as ei:
        spot.decode(bytes(info))
    assert ei.value.needed == (2**31 - 1) * 1 and ei.value.path == ["exchangeFilters"]
    s = bytearray(stream.encode({"$message": "DepthSnapshotStreamEvent", "eventTime": 1,
                                 "bookUpdateId": 2, "priceExponent": 0, "qtyExponent": 0,
                                 "bids": [], "asks": [], "symbol": "X"}))
    struct.pack_into("<H", s, 8 + 18 + 2, 65535)
    with pytest.raises(TruncatedError):
        stream.decode(bytes(s), groups="numpy")


@needs_schemas
def test_error_paths_and_attributes(spot):
    buf = spot.encode(depth_msg(3))
    # truncate inside asks[1]: count check fires first, at the asks dimension
    cut = 8 + 10 + 6 + 3 * 16 + 6 + 16 + 4
    with pytest.raises(TruncatedError) as ei:
        spot.decode(buf[:cut])
    e = ei.value
    assert e.path == ["asks"] and e.needed == 48 and e.available == 20
    assert e.offset == 8 + 10 + 6 + 48 + 6
    assert str(e) == ("truncated: group 'asks' of 3 entries (at least 16 bytes each) needs 48 "
                      "bytes at offset 78, 20 remain - at $.asks")
    # an entry blockLength smaller than the fields need
    bad = bytearray(buf)
    struct.pack_into("<H", bad, 18, 15)
    with pytest.raises(MalformedError, match=r"blockLength 15 .* - at \$\.bids$"):
        spot.decode(bytes(bad))
    # nested entry truncation reports [i]
    info = spot.encode(exchange_info_msg())
    with pytest.raises(TruncatedError) as ei:
        spot.decode(info[: info.index(b"SPOT") + 2])
    assert str(ei.value).endswith("- at $.symbols[0].permissionSets")
    bad = bytearray(info)
    bad[info.index(b"MARGIN")] = 0xFF
    with pytest.raises(MalformedError) as ei:
        spot.decode(bytes(bad))
    assert ei.value.path == ["symbols", "[0]", "permissionSets", "[0]", "permissions", "[1]",
                             "permission"]
    assert str(ei.value).endswith("- at $.symbols[0].permissionSets[0].permissions[1].permission")


@needs_schemas
def test_wrong_schema_and_template(spot, stream):
    buf = spot.encode(depth_msg(1))
    with pytest.raises(SchemaMismatchError) as ei:
        stream.decode(buf)
    assert ei.value.schema_id == 3 and ei.value.offset == 0 and str(ei.value).endswith("- at $")
    with pytest.raises(SchemaMismatchError):
        spot.decode(spot.encode(depth_msg(1), schema_id=4))
    bad = bytearray(buf)
    struct.pack_into("<H", bad, 2, 998)
    with pytest.raises(UnknownTemplateError) as ei:
        spot.decode(bytes(bad))
    assert ei.value.template_id == 998
    with pytest.raises(TruncatedError, match="header"):
        spot.header(b"\x01\x02")
    with pytest.raises(ValueError):
        spot.decode(buf, decimals="floats")
    with pytest.raises(ValueError):
        spot.decode(buf, groups="pandas")


@needs_schemas
def test_nesting_depth_guard(spot):
    inner = {"$message": "ErrorResponse", "code": 1, "serverTime": None, "retryAfter": None,
             "msg": "x", "data": None}
    for _ in range(40):
        inner = {"$message": "WebSocketResponse", "sbeSchemaIdVersionDeprecated": False,
                 "status": 200, "rateLimits": [], "id": "", "result": inner}
    with pytest.raises(MalformedError, match="nested"):
        spot.decode(spot.encode(inner))


@needs_schemas
def test_encode_errors_real(spot):
    with pytest.raises(EncodeError, match=r"missing required field - at \$\.bids\[3\]\.price"):
        m = depth_msg(5)
        del m["bids"][3]["price"]
        spot.encode(m)
    with pytest.raises(EncodeError, match=r"\$\.bids\[0\]\.price"):
        spot.encode({**depth_msg(1), "bids": [{"price": 2**63, "qty": 1}]})
    with pytest.raises(EncodeError, match="maxLength"):
        spot.encode({"$message": "PriceTickerSymbolResponse", "priceExponent": 0, "price": 1,
                     "symbol": "x" * 256})
    with pytest.raises(EncodeError, match="not representable"):
        spot.encode({**depth_msg(1), "bids": [{"price": "0.000000001", "qty": 1}]})
    with pytest.raises(EncodeError, match="unknown message"):
        spot.encode({"$message": "Nope"})
    # a float mantissa whose (optional) exponent is null cannot be encoded
    alloc = Gen(spot.plain, random.Random(1), codec=spot).message("AccountAllocationsResponse")
    alloc["allocations"] = [Gen(spot.plain, random.Random(2)).block(
        _block_by_name(spot.plain, "AccountAllocationsResponse")["groups"][0], 1)]
    alloc["allocations"][0].update(commissionExponent=None, commission=0.5)
    with pytest.raises(EncodeError, match=r"exponent field 'commissionExponent' as an int.* - at "
                                          r"\$\.allocations\[0\]\.commission$"):
        spot.encode(alloc)
    # template id works as a message selector
    assert spot.encode({**depth_msg(1), "$message": 200}) == spot.encode(depth_msg(1))


@needs_schemas
def test_decode_accepts_buffer_types(spot):
    buf = spot.encode(depth_msg(2))
    expect = spot.decode(buf)
    assert spot.decode(bytearray(buf)) == expect
    assert spot.decode(memoryview(buf)) == expect
    assert spot.decode(np.frombuffer(buf, np.uint8)) == expect
    # trailing bytes after the message are ignored
    assert spot.decode(buf + b"\0\0\0") == expect
