"""Golden wire vectors for the SBE decoders, independent of this repository's code.

``GOLDEN`` is a list of dicts::

    dict(name="spec-new-order-single",     # unique, usable as a pytest id
         schema="spec_examples.xml",       # file in tests/schemas/
         message="NewOrderSingle",         # template expected in the header
         hex="3600630...",                 # the complete SBE message (header included)
         expected={...},                   # decode(buf) with decimals="raw", groups="list"
         source="...",                     # where the bytes come from
         trailing_bytes=0,                 # bytes after the last element this schema knows
         roundtrip=True)                   # see below

Where the bytes come from (see also tests/schemas/README.md):

* ``source`` starting with "FIX SBE 1.0 spec": copied byte for byte from the hex dumps in
  the "Examples" section of the FIX Simple Binary Encoding 1.0 standard
  (FIXTradingCommunity/fix-simple-binary-encoding, v1-0-STANDARD/doc/07Examples.md).
  The spec's dumps start with a 6-byte Simple Open Framing Header (big-endian u32 message
  length + u16 encoding type 0xEB50); it is kept in ``sofh_hex`` and stripped from ``hex``.
* ``source`` starting with "hand-built": written here from first principles with
  :class:`Wire` (explicit ``struct.pack`` calls, one per wire element, commented with the
  offsets).  No encoder or parser from this repository is used.

``roundtrip`` is True when an SBE 1.0 encoder that writes ``expected`` at the header's version,
zero-fills padding and writes 0 into header members other than the four standard ones must
reproduce ``hex`` exactly.  It is False for vectors with trailing bytes (read with an older
schema) and for kitchen-sink vectors whose headers (top level or nested) carry non-zero
``numGroups`` / ``numVarDataFields`` (Order, Inner, Envelope).

Conventions of ``expected`` (the contract of docs/decoded-format.md):

* the first key is ``"$message"``; then fixed fields in schema order, groups, var data;
* enums are :class:`EnumVal` (equal to an ``IntEnum`` member with that value; when the
  decoded object has a ``.name`` it must match too; never equal to a ``bool``); an unknown
  enum value is a plain ``int``; the Binance ``boolEnum`` is ``True``/``False``;
* sets are :class:`Flags` (equal to any int / ``IntFlag`` with that value);
* decimals are raw: mantissas and exponents are ints, ``mantissa128`` is a Python int;
* ``float`` fields hold the exact float32 value (:func:`f32`);
* fields, groups and var data newer than the acting (header) version are ``None``;
  ``optional*`` var data of length 0 is ``None``; non-optional empty var data is ``""``/``b""``.
"""

from __future__ import annotations

import struct

__all__ = ["GOLDEN", "EnumVal", "Flags", "Wire", "f32", "by_name"]


# --------------------------------------------------------------------------------------
# Expected-value helpers
# --------------------------------------------------------------------------------------


class EnumVal:
    """An expected enum member: ``EnumVal("Buy", "B")`` (char enums: the character) or
    ``EnumVal("Filled", 2)``.  Compares equal to an int-like object with that value whose
    ``.name`` (if it has one) is ``name``.  Never equal to a bool."""

    __slots__ = ("name", "value")

    def __init__(self, name: str, value):
        self.name = name
        self.value = ord(value) if isinstance(value, str) else int(value)

    def __eq__(self, other):
        if isinstance(other, EnumVal):
            return (self.name, self.value) == (other.name, other.value)
        if isinstance(other, bool):
            return False
        if not isinstance(other, int):
            return NotImplemented
        if int(other) != self.value:
            return False
        name = getattr(other, "name", None)
        return name is None or name == self.name

    def __ne__(self, other):
        eq = self.__eq__(other)
        return eq if eq is NotImplemented else not eq

    def __hash__(self):
        return hash(self.value)

    def __repr__(self):
        return f"EnumVal({self.name!r}, {self.value})"


class Flags:
    """An expected set value: ``Flags(0x81, "A", "H")``.  Equal to any int (``IntFlag``)
    with that value; the names are documentation (unknown bits have none)."""

    __slots__ = ("value", "names")

    def __init__(self, value: int, *names: str):
        self.value = value
        self.names = names

    def __eq__(self, other):
        if isinstance(other, Flags):
            return self.value == other.value
        if isinstance(other, bool):
            return False
        if not isinstance(other, int):
            return NotImplemented
        return int(other) == self.value

    def __ne__(self, other):
        eq = self.__eq__(other)
        return eq if eq is NotImplemented else not eq

    def __hash__(self):
        return hash(self.value)

    def __repr__(self):
        return f"Flags({self.value:#x}{''.join(', ' + repr(n) for n in self.names)})"


def f32(x: float) -> float:
    """The float32 value nearest to ``x``, as a Python float."""
    return struct.unpack("<f", struct.pack("<f", x))[0]


# --------------------------------------------------------------------------------------
# Byte writer: one method per primitive, explicit byte order
# --------------------------------------------------------------------------------------


class Wire:
    """Appends primitives with ``struct.pack`` in an explicit byte order ("<" or ">")."""

    def __init__(self, order: str):
        assert order in ("<", ">")
        self.order = order
        self.buf = bytearray()

    def _p(self, fmt: str, v) -> "Wire":
        self.buf += struct.pack(self.order + fmt, v)
        return self

    def char(self, c: str) -> "Wire":          # 1 byte, latin-1
        self.buf += c.encode("latin-1")
        assert len(c) == 1
        return self

    def i8(self, v):  return self._p("b", v)
    def u8(self, v):  return self._p("B", v)
    def i16(self, v): return self._p("h", v)
    def u16(self, v): return self._p("H", v)
    def i32(self, v): return self._p("i", v)
    def u32(self, v): return self._p("I", v)
    def i64(self, v): return self._p("q", v)
    def u64(self, v): return self._p("Q", v)
    def f32(self, v): return self._p("f", v)
    def f64(self, v): return self._p("d", v)

    def chars(self, s: str, n: int, encoding: str = "latin-1") -> "Wire":
        """char[n]: the encoded text, NUL-padded to n bytes."""
        data = s.encode(encoding)
        assert len(data) <= n, (s, n)
        self.buf += data + b"\x00" * (n - len(data))
        return self

    def raw(self, data: bytes) -> "Wire":
        self.buf += data
        return self

    def pad(self, n: int) -> "Wire":
        self.buf += b"\x00" * n
        return self

    def m128(self, v: int) -> "Wire":
        """Binance mantissa128: signed 128-bit, little-endian whatever the schema order."""
        self.buf += v.to_bytes(16, "little", signed=True)
        return self

    def bytes(self) -> bytes:
        return bytes(self.buf)


# SBE 1.0 default null values used below.
I8_NULL, I16_NULL, I32_NULL, I64_NULL = -(1 << 7), -(1 << 15), -(1 << 31), -(1 << 63)
U8_NULL, U16_NULL, U32_NULL, U64_NULL = (1 << 8) - 1, (1 << 16) - 1, (1 << 32) - 1, (1 << 64) - 1
M128_NULL = -(1 << 127)
NAN = float("nan")

GOLDEN: list[dict] = []


def _add(**kw) -> None:
    kw.setdefault("trailing_bytes", 0)
    kw.setdefault("roundtrip", kw["trailing_bytes"] == 0)
    assert kw["expected"]["$message"] == kw["message"]
    GOLDEN.append(kw)


def by_name(name: str) -> dict:
    for g in GOLDEN:
        if g["name"] == name:
            return g
    raise KeyError(name)


# ======================================================================================
# 1. FIX SBE 1.0 specification examples (schema spec_examples.xml)
# ======================================================================================

_SPEC = ("FIX SBE 1.0 spec, FIXTradingCommunity/fix-simple-binary-encoding "
         "v1-0-STANDARD/doc/07Examples.md, ")


def _dump(text: str) -> str:
    """Hex from a spec dump 'xx xx ... :ascii' (the ASCII column is dropped)."""
    out = []
    for line in text.strip().splitlines():
        out.append(line.split(":")[0].replace(" ", ""))
    return "".join(out).lower()


def _spec(name: str, message: str, dump: str, expected: dict, section: str) -> None:
    framed = _dump(dump)
    sofh_len = int(framed[:8], 16)
    assert framed[8:12] == "eb50", "SOFH encoding type: SBE 1.0 little-endian"
    assert sofh_len * 2 == len(framed), (name, sofh_len, len(framed) // 2)
    _add(name=name, schema="spec_examples.xml", message=message, hex=framed[12:],
         sofh_hex=framed, expected=expected, source=_SPEC + section)


# "Flat, fixed-length message" -> "Wire format of an order message".
# Note: the interpretation table of the 2020-errata markdown shows TransactTime as
# 00b863e7343d2a15 (2018-04-30T14:32:01.248Z); the dump itself (and the table of the
# earlier revision) has 8016b33b13652915 = 1524861082122000000 ns = 2018-04-27T20:31:22.122Z.
# The dump is reproduced.  schemaId on the wire is 0x5b = 91 (the schema text says 100).
_spec(
    "spec-new-order-single", "NewOrderSingle",
    """
    00 00 00 44 eb 50 36 00 63 00 5b 00 00 00 4f 52 :   D P6 c [   OR
    44 30 30 30 30 31 41 43 43 54 30 31 00 00 47 45 :D00001ACCT01  GE
    4d 34 00 00 00 00 31 80 16 b3 3b 13 65 29 15 07 :M4    1   ; e)
    00 00 00 32 1a 85 01 00 00 00 00 00 00 00 00 00 :   2
    00 00 00 80
    """,
    {
        "$message": "NewOrderSingle",
        "ClOrdID": "ORD00001",                                  # 4f52443030303031
        "Account": "ACCT01",                                    # 4143435430310000
        "Symbol": "GEM4",                                       # 47454d3400000000
        "Side": EnumVal("Buy", "1"),                            # 31
        "TransactTime": 1524861082122000000,                    # 8016b33b13652915
        "OrderQty": {"mantissa": 7, "exponent": 0},             # 07000000 (+ constant 0)
        "OrdType": EnumVal("Limit", "2"),                       # 32
        "Price": {"mantissa": 99610, "exponent": -3},           # 1a85010000000000 = 99.610
        "StopPx": {"mantissa": None, "exponent": -3},           # 0000000000000080 = null
    },
    "'Flat, fixed-length message' / 'Wire format of an order message' (SOFH stripped)",
)

# "Message with a repeating group" -> "Wire format of an execution message".
# The interpretation table repeats the ExecID bytes for OrderID; the dump (reproduced) has
# 4f30303030303031 = "O0000001".  MONTH_YEAR day/week are required uint8 in the spec's
# schema, so their 0xff bytes decode as 255.
_spec(
    "spec-execution-report", "ExecutionReport",
    """
    00 00 00 54 eb 50 2a 00 62 00 5b 00 00 00 4f 30 :   T P* b [   O0
    30 30 30 30 30 31 45 58 45 43 30 30 30 30 46 31 :000001EXEC0000F1
    47 45 4d 34 00 00 00 00 de 07 06 ff ff 31 01 00 :GEM4         1
    00 00 06 00 00 00 75 3e 0c 00 02 00 1a 85 01 00 :      u>
    00 00 00 00 02 00 00 00 24 85 01 00 00 00 00 00 :        $
    04 00 00 00                                     :
    """,
    {
        "$message": "ExecutionReport",
        "OrderID": "O0000001",
        "ExecID": "EXEC0000",
        "ExecType": EnumVal("Trade", "F"),                      # 46
        "OrdStatus": EnumVal("PartialFilled", "1"),             # 31
        "Symbol": "GEM4",
        "MaturityMonthYear": {"year": 2014, "month": 6, "day": 255, "week": 255},  # de0706ffff
        "Side": EnumVal("Buy", "1"),
        "LeavesQty": {"mantissa": 1, "exponent": 0},
        "CumQty": {"mantissa": 6, "exponent": 0},
        "TradeDate": 15989,                                     # 753e: days since epoch = 2013-10-11
        "FillsGrp": [                                           # 0c00 0200: blockLength 12, 2 entries
            {"FillPx": {"mantissa": 99610, "exponent": -3}, "FillQty": {"mantissa": 2, "exponent": 0}},
            {"FillPx": {"mantissa": 99620, "exponent": -3}, "FillQty": {"mantissa": 4, "exponent": 0}},
        ],
    },
    "'Message with a repeating group' / 'Wire format of an execution message' (SOFH stripped)",
)

# "Message with a variable-length field" -> "Wire format of a business reject message".
_spec(
    "spec-business-message-reject", "BusinessMessageReject",
    """
    00 00 00 40 eb 50 09 00 61 00 5b 00 00 00 4f 52 :   @ P  a [   OR
    44 30 30 30 30 31 06 27 00 4e 6f 74 20 61 75 74 :D00001 ' Not aut
    68 6f 72 69 7a 65 64 20 74 6f 20 74 72 61 64 65 :horized to trade
    20 74 68 61 74 20 69 6e 73 74 72 75 6d 65 6e 74 : that instrument
    """,
    {
        "$message": "BusinessMessageReject",
        "BusinessRejectRefID": "ORD00001",
        "BusinessRejectReason": EnumVal("NotAuthorized", 6),    # 06 (uint8 via intEnumEncoding)
        "Text": b"Not authorized to trade that instrument",    # 2700 = 39 octets, raw (no encoding)
    },
    "'Message with a variable-length field' / 'Wire format of a business reject message' "
    "(SOFH stripped)",
)


# ======================================================================================
# 2. real-logic Car example (schema spec_examples.xml, schemaId 91) -- hand-built
# ======================================================================================


def _car() -> None:
    w = Wire("<")
    # header (8): blockLength 49, templateId 1, schemaId 91, version 0
    w.u16(49).u16(1).u16(91).u16(0)
    # root block, 49 bytes
    w.u64(1234)                          #  0 serialNumber
    w.u16(2013)                          #  8 modelYear
    w.u8(1)                              # 10 available = BooleanType.T
    w.char("A")                          # 11 code = Model.A
    for i in range(5):                   # 12 someNumbers uint32[5]
        w.u32(i)
    w.chars("abcdef", 6)                 # 32 vehicleCode char[6]
    w.u8(0b101)                          # 38 extras = sunRoof | cruiseControl
    #                                       -- discountedModel: constant Model.C, no bytes
    w.u16(2000)                          # 39 engine.capacity
    w.u8(4)                              # 41 engine.numCylinders
    #                                       -- engine.maxRpm: constant 9000
    w.chars("123", 3)                    # 42 engine.manufacturerCode char[3]
    #                                       -- engine.fuel: constant "Petrol"
    w.i8(35)                             # 45 engine.efficiency (Percentage int8)
    w.u8(1)                              # 46 engine.boosterEnabled = T
    w.char("N")                          # 47 engine.booster.BoostType = NITROUS
    w.u8(200)                            # 48 engine.booster.horsePower
    fuel = [(30, 35.9, "Urban Cycle"), (55, 49.0, "Combined Cycle"), (75, 40.0, "Highway Cycle")]
    w.u16(6).u16(len(fuel))              # fuelFigures dimension: blockLength 6, numInGroup 3
    for speed, mpg, desc in fuel:
        w.u16(speed).f32(mpg)            #   speed uint16, mpg float
        d = desc.encode()
        w.u32(len(d)).raw(d)             #   usageDescription: u32 length + UTF-8
    perf = [(95, [(30, 4.0), (60, 7.5), (100, 12.2)]),
            (99, [(30, 3.8), (60, 7.1), (100, 11.8)])]
    w.u16(1).u16(len(perf))              # performanceFigures dimension: blockLength 1, 2 entries
    for octane, accel in perf:
        w.u8(octane)                     #   octaneRating (Ron uint8 90..110)
        w.u16(6).u16(len(accel))         #   acceleration dimension: blockLength 6, 3 entries
        for mph, sec in accel:
            w.u16(mph).f32(sec)
    for text in ("Honda", "Civic VTi", "abcdef"):   # manufacturer, model, activationCode
        d = text.encode()
        w.u32(len(d)).raw(d)
    _add(
        name="car-le", schema="spec_examples.xml", message="Car", hex=w.bytes().hex(),
        source="hand-built: real-logic example-schema.xml Car message, values in the style of "
               "the real-logic examples",
        expected={
            "$message": "Car",
            "serialNumber": 1234,
            "modelYear": 2013,
            "available": EnumVal("T", 1),
            "code": EnumVal("A", "A"),
            "someNumbers": (0, 1, 2, 3, 4),
            "vehicleCode": "abcdef",
            "extras": Flags(0b101, "sunRoof", "cruiseControl"),
            "discountedModel": EnumVal("C", "C"),
            "engine": {
                "capacity": 2000,
                "numCylinders": 4,
                "maxRpm": 9000,
                "manufacturerCode": "123",
                "fuel": "Petrol",
                "efficiency": 35,
                "boosterEnabled": EnumVal("T", 1),
                "booster": {"BoostType": EnumVal("NITROUS", "N"), "horsePower": 200},
            },
            "fuelFigures": [{"speed": s, "mpg": f32(m), "usageDescription": d} for s, m, d in fuel],
            "performanceFigures": [
                {"octaneRating": o, "acceleration": [{"mph": mph, "seconds": f32(sec)} for mph, sec in a]}
                for o, a in perf
            ],
            "manufacturer": "Honda",
            "model": "Civic VTi",
            "activationCode": "abcdef",
        },
    )


_car()


# ======================================================================================
# 3. Kitchen-sink schema (kitchen_sink_le.xml / kitchen_sink_be.xml), hand-built
# ======================================================================================

KITCHEN_ID = 42
_KS = {"<": "kitchen_sink_le.xml", ">": "kitchen_sink_be.xml"}
_ORDER_NAME = {"<": "le", ">": "be"}


def _ks_header(w: Wire, block_length: int, template_id: int, version: int,
               num_groups: int, num_var_data: int) -> None:
    # 12-byte custom header "header": blockLength, templateId, schemaId, version,
    # numGroups, numVarDataFields (the last two hold the SBE 2.0 counts of root-level
    # groups and var-data fields present at that version; 1.0 decoders ignore them).
    w.u16(block_length).u16(template_id).u16(KITCHEN_ID).u16(version)
    w.u16(num_groups).u16(num_var_data)


# ---- Primitives (template 1), root blockLength 156 ------------------------------------

def _primitives_full(o: str) -> None:
    w = Wire(o)
    _ks_header(w, 156, 1, 2, 0, 0)
    w.char("Z")                   #   0 charReq
    w.i8(-127)                    #   1 i8Req
    w.u8(254)                     #   2 u8Req
    w.i16(-32767)                 #   3 i16Req
    w.u16(65534)                  #   5 u16Req
    w.i32(-2147483647)            #   7 i32Req
    w.u32(4294967294)             #  11 u32Req
    w.i64(-(1 << 63) + 1)         #  15 i64Req
    w.u64((1 << 64) - 2)          #  23 u64Req
    w.f32(1.5)                    #  31 f32Req
    w.f64(-1234.5625)             #  35 f64Req
    w.char("q")                   #  43 charOpt
    w.i8(127)                     #  44 i8Opt
    w.u8(0)                       #  45 u8Opt
    w.i16(32767)                  #  46 i16Opt
    w.u16(0)                      #  48 u16Opt
    w.i32(2147483647)             #  50 i32Opt
    w.u32(0)                      #  54 u32Opt
    w.i64((1 << 63) - 1)          #  58 i64Opt
    w.u64(0)                      #  66 u64Opt
    w.f32(-0.25)                  #  74 f32Opt
    w.f64(1e300)                  #  78 f64Opt
    w.u32(123456789)              #  86 u32TypeOpt (optional on the type)
    w.u16(65535)                  #  90 u16Null0: nullValue is 0, so 65535 is a value
    w.i32(I32_NULL)               #  92 i32NullNeg1: nullValue is -1, so -2^31 is a value
    w.i8(I8_NULL)                 #  96 i8Null0: nullValue is 0, so -128 is a value
    #                                 -- constNum: constant 9000
    w.u8(100)                     #  97 pct (0..100)
    w.i16(-500)                   #  98 temp (-500..500)
    w.chars("BTCUSDT", 8)         # 100 symbol char[8], 1 NUL of padding
    w.chars("héllo", 12, "utf-8")  # 108 name char[12] UTF-8: 68 c3a9 6c 6c 6f + 6 NUL
    w.chars("ABCD", 4)            # 120 optCode char[4], full, no NUL
    w.raw(b"\x00\xff\x10\x20")    # 124 raw uint8[4]
    w.i32(1).i32(-2).i32(2147483647)  # 128 triple int32[3]
    #                                 -- constStr: constant "XNAS"
    w.u8(1)                       # 140 flag boolEnum True
    #                                 -- constSide: constant side.Sell
    w.u8(0)                       # 141 optFlag boolEnum False
    #                                 -- constFloat: constant 0.5
    w.pad(2)                      # 142 padding (afterGap has offset="144")
    w.i32(-42)                    # 144 afterGap
    w.pad(8)                      # 148 padding up to blockLength 156
    assert len(w.buf) == 12 + 156
    _add(
        name=f"kitchen-primitives-full-{_ORDER_NAME[o]}", schema=_KS[o], message="Primitives",
        hex=w.bytes().hex(), source="hand-built: every primitive, extremes, null overrides",
        expected={
            "$message": "Primitives",
            "charReq": "Z", "i8Req": -127, "u8Req": 254, "i16Req": -32767, "u16Req": 65534,
            "i32Req": -2147483647, "u32Req": 4294967294, "i64Req": -(1 << 63) + 1,
            "u64Req": (1 << 64) - 2, "f32Req": 1.5, "f64Req": -1234.5625,
            "charOpt": "q", "i8Opt": 127, "u8Opt": 0, "i16Opt": 32767, "u16Opt": 0,
            "i32Opt": 2147483647, "u32Opt": 0, "i64Opt": (1 << 63) - 1, "u64Opt": 0,
            "f32Opt": -0.25, "f64Opt": 1e300,
            "u32TypeOpt": 123456789, "u16Null0": 65535, "i32NullNeg1": I32_NULL, "i8Null0": I8_NULL,
            "constNum": 9000, "pct": 100, "temp": -500,
            "symbol": "BTCUSDT", "name": "héllo", "optCode": "ABCD",
            "raw": b"\x00\xff\x10\x20", "triple": (1, -2, 2147483647),
            "constStr": "XNAS", "flag": True, "constSide": EnumVal("Sell", "S"),
            "optFlag": False, "constFloat": 0.5, "afterGap": -42,
        },
    )


def _primitives_nulls(o: str) -> None:
    w = Wire(o)
    _ks_header(w, 156, 1, 2, 0, 0)
    w.char("A")                   #   0 charReq
    w.i8(0).u8(0).i16(0).u16(0)   #   1 i8Req, 2 u8Req, 3 i16Req, 5 u16Req
    w.i32(0).u32(0)               #   7 i32Req, 11 u32Req
    w.i64(0).u64(0)               #  15 i64Req, 23 u64Req
    w.f32(0.0).f64(0.0)           #  31 f32Req, 35 f64Req
    w.u8(0)                       #  43 charOpt: NUL = null
    w.i8(I8_NULL)                 #  44 i8Opt  -128
    w.u8(U8_NULL)                 #  45 u8Opt  255
    w.i16(I16_NULL)               #  46 i16Opt -32768
    w.u16(U16_NULL)               #  48 u16Opt 65535
    w.i32(I32_NULL)               #  50 i32Opt -2^31
    w.u32(U32_NULL)               #  54 u32Opt 2^32-1
    w.i64(I64_NULL)               #  58 i64Opt -2^63
    w.u64(U64_NULL)               #  66 u64Opt 2^64-1
    w.f32(NAN)                    #  74 f32Opt quiet NaN (7fc00000)
    w.f64(NAN)                    #  78 f64Opt quiet NaN (7ff8000000000000)
    w.u32(U32_NULL)               #  86 u32TypeOpt
    w.u16(0)                      #  90 u16Null0 = its nullValue 0
    w.i32(-1)                     #  92 i32NullNeg1 = its nullValue -1
    w.i8(0)                       #  96 i8Null0 = its nullValue 0
    w.u8(0)                       #  97 pct
    w.i16(0)                      #  98 temp
    w.pad(8)                      # 100 symbol: all NUL -> ""
    w.pad(12)                     # 108 name: all NUL -> ""
    w.pad(4)                      # 120 optCode: first byte NUL -> null
    w.pad(4)                      # 124 raw: 4 zero bytes
    w.i32(0).i32(0).i32(0)        # 128 triple
    w.u8(0)                       # 140 flag False
    w.u8(U8_NULL)                 # 141 optFlag null (255)
    w.pad(2)                      # 142 padding
    w.i32(0)                      # 144 afterGap
    w.pad(8)                      # 148 padding
    assert len(w.buf) == 12 + 156
    _add(
        name=f"kitchen-primitives-nulls-{_ORDER_NAME[o]}", schema=_KS[o], message="Primitives",
        hex=w.bytes().hex(), source="hand-built: every optional field null (defaults and overrides)",
        expected={
            "$message": "Primitives",
            "charReq": "A", "i8Req": 0, "u8Req": 0, "i16Req": 0, "u16Req": 0,
            "i32Req": 0, "u32Req": 0, "i64Req": 0, "u64Req": 0, "f32Req": 0.0, "f64Req": 0.0,
            "charOpt": None, "i8Opt": None, "u8Opt": None, "i16Opt": None, "u16Opt": None,
            "i32Opt": None, "u32Opt": None, "i64Opt": None, "u64Opt": None,
            "f32Opt": None, "f64Opt": None,
            "u32TypeOpt": None, "u16Null0": None, "i32NullNeg1": None, "i8Null0": None,
            "constNum": 9000, "pct": 0, "temp": 0,
            "symbol": "", "name": "", "optCode": None,
            "raw": b"\x00\x00\x00\x00", "triple": (0, 0, 0),
            "constStr": "XNAS", "flag": False, "constSide": EnumVal("Sell", "S"),
            "optFlag": None, "constFloat": 0.5, "afterGap": 0,
        },
    )


# ---- Inner (template 3) and Empty (template 4): also nested payloads --------------------

def _inner_bytes(o: str, code: int, side: str, msg: str) -> bytes:
    w = Wire(o)
    _ks_header(w, 5, 3, 2, 0, 1)
    w.i32(code)                   # 0 code
    w.char(side)                  # 4 side (char enum)
    d = msg.encode()
    w.u8(len(d)).raw(d)           # msg: varString8
    return w.bytes()


_SIDES = {"B": "Buy", "S": "Sell", "T": "SellShort"}


def _inner_expected(code: int, side: str, msg: str) -> dict:
    return {"$message": "Inner", "code": code, "side": EnumVal(_SIDES[side], side), "msg": msg}


def _empty_bytes(o: str) -> bytes:
    w = Wire(o)
    _ks_header(w, 0, 4, 2, 0, 0)  # header only, blockLength 0
    return w.bytes()


# ---- Order (template 2) -----------------------------------------------------------------

def _order(o: str, version: int) -> None:
    """Order as written by a producer of schema ``version`` (0, 1 or 2)."""
    v1, v2 = version >= 1, version >= 2
    w = Wire(o)
    root_len = {0: 112, 1: 118, 2: 126}[version]
    _ks_header(w, root_len, 2, version, 3 + v1 + v2, 9 + v1 + v2)

    # Values that differ between the vectors.
    status = 2 if v1 else 77                   # 77: unknown enum value -> plain int
    f8 = 0x81 if v1 else 0x41                  # 0x41: bit 6 is not a declared choice
    f64 = 0x8000010000000001 if v1 else 0x8000000100000001
    qty = 150000000 if v1 else None
    opt_status = {0: None, 1: 4, 2: 5}[version]
    opt_side = "T" if v1 else None
    band_hi = 250 if version == 1 else None
    opt_volume = -1 if version == 1 else None
    added_v1_opt = 7 if version == 1 else None
    volume = (1 << 100) + 12345 if o == "<" else -(1 << 70) - 5

    # Root block.
    w.i64(9000000001)                          #   0 orderId
    w.char("S")                                #   8 side = Sell
    w.u8(status)                               #   9 status
    w.u16(60000)                               #  10 venue = Binance (uint16 enum)
    w.u8(U8_NULL if opt_status is None else opt_status)  # 12 optStatus
    w.u8(f8)                                   #  13 f8  (uint8 set)
    w.u16(0x8001)                              #  14 f16 = Lo | Hi
    w.u32(0x80000001)                          #  16 f32 = Bit0 | Bit31
    w.u64(f64)                                 #  20 f64
    # instrument composite, 24 bytes at 28
    w.chars("ETH", 4)                          #  28 +0  code char[4]
    w.u8(4)                                    #  32 +4  kind = status.Canceled
    w.u16(0x0201)                              #  33 +5  attrs = Tradable | Marginable (u16 set)
    w.pad(1)                                   #  35 +7  padding (band has offset 8)
    w.i32(-100)                                #  36 +8  band.lo
    w.i32(I32_NULL if band_hi is None else band_hi)  # 40 +12 band.hi (optional)
    #                                                 --  band.currency: constant "USD"
    w.char("B")                                #  44 +16 grade = GradeB (inline char enum)
    w.pad(3)                                   #  45 +17 padding (lotSize has offset 20)
    w.u32(1000)                                #  48 +20 lotSize
    w.u8(1)                                    #  52 isMaker = True
    w.i8(-2)                                   #  53 priceExponent
    w.i8(-8)                                   #  54 qtyExponent
    w.i64(123456)                              #  55 price (mantissa64)
    w.i64(I64_NULL if qty is None else qty)    #  63 qty (optional mantissa64)
    w.m128(volume)                             #  71 volume (mantissa128, always LE)
    w.m128(M128_NULL if opt_volume is None else opt_volume)  # 87 optVolume
    w.u8(0 if opt_side is None else ord(opt_side))           # 103 optSide (char enum, null 0)
    w.i64(1700000000123456)                    # 104 transactTime
    if v1:
        w.i32(-5)                              # 112 addedV1
        w.u16(U16_NULL if added_v1_opt is None else added_v1_opt)  # 116 addedV1Opt
    if v2:
        w.i64(120000)                          # 118 stopPrice (optional mantissa64)
    assert len(w.buf) == 12 + root_len

    # fills: groupSizeEncoding (u16 blockLength, u32 numInGroup), 2 entries
    fill_len = 32 if v1 else 24
    w.u16(fill_len).u32(2)
    # fills[0]
    w.i64(1001).i64(123400).i64(50000000)      # fillId, px, fillQty
    if v1:
        w.i64(1700000000000001)                # fillTimeV1
    w.u16(19).u16(2)                           # legs: groupSize16Encoding, 2 entries
    #   legs[0]
    w.u16(1).i8(-3).i64(1234000).i64(20000000)  # legId, legExponent, legPx, legQty
    w.u16(24).u8(2)                            #   allocs: groupSize8Encoding, 2 entries
    w.chars("ACC1", 8).i64(7000).i64(123400)   #     allocs[0]: account, allocQty, allocPx
    w.u8(1).raw(b"a")                          #     memo "a"
    w.chars("ACC2", 8).i64(3000).i64(I64_NULL)  #    allocs[1]: allocPx null
    w.u8(0)                                    #     memo ""
    w.u8(7).raw(b"leg one")                    #   legNote (optionalVarString8)
    #   legs[1]
    w.u16(2).i8(0).i64(99).i64(30000000)
    w.u16(24).u8(0)                            #   allocs: empty group
    w.u8(0)                                    #   legNote: length 0 = null
    w.u16(5).raw(b"first")                     # fillNote (varString, u16 length)
    # fills[1]
    w.i64(1002).i64(-1).i64(1)
    if v1:
        w.i64(0)
    w.u16(19).u16(0)                           # legs: empty
    w.u16(0)                                   # fillNote ""

    # tags: groupSize16Encoding, blockLength 0 (var data only), 2 entries
    w.u16(0).u16(2)
    w.u8(3).raw(b"env").u16(4).raw(b"prod")    # key varString8, value varBytes16
    w.u8(0).u16(0)                             # key "", value b""

    # bundles: groupSizeEncoding, blockLength 0 (nested group only), 2 entries
    w.u16(0).u32(2)
    w.u16(6).u8(2)                             # bundles[0].items: groupSize8Encoding, 2 entries
    w.u32(1).u16(0x0001)                       #   itemId 1, itemFlags Lo
    w.u32(2).u16(0x8100)                       #   itemId 2, itemFlags Mid | Hi
    w.u16(6).u8(0)                             # bundles[1].items: empty

    if v1:                                     # notes (since 1): groupSize16Encoding
        w.u16(2).u16(1)
        w.u16(7).u8(1).raw(b"n")               #   noteId 7, text "n"
    if v2:                                     # audit (since 2): groupSize8Encoding
        w.u16(5).u8(1)
        w.u32(1).char("x")                     #   seq 1, actor 'x'

    # root var data
    t8 = "héllo wörld".encode()
    w.u8(len(t8)).raw(t8)                      # text8 (u8 length, UTF-8, 13 octets)
    w.u16(0)                                   # text16 ""
    t32 = "日本語 ✓".encode()
    w.u32(len(t32)).raw(t32)                   # text32 (u32 length, 13 octets)
    w.u8(4).raw(b"\x00\x01\xfe\xff")           # raw8
    w.u16(0)                                   # raw16 b""
    w.u32(4).raw(b"\xde\xad\xbe\xef")          # raw32
    w.u16(10).raw(b"ASCII only")               # ascii (char varData, US-ASCII)
    w.u8(0)                                    # optText8: null
    w.u16(7).raw(b"present")                   # optText16
    if v1:
        w.u16(2).raw(b"\x01\x02")              # dataV1 (since 1)
    if v2:
        w.u8(2).raw(b"v2")                     # textV2 (since 2)

    status_exp = EnumVal("Filled", 2) if v1 else 77
    opt_status_exp = {0: None, 1: EnumVal("Canceled", 4), 2: EnumVal("Expired", 5)}[version]
    expected = {
        "$message": "Order",
        "orderId": 9000000001,
        "side": EnumVal("Sell", "S"),
        "status": status_exp,
        "venue": EnumVal("Binance", 60000),
        "optStatus": opt_status_exp,
        "f8": Flags(0x81, "A", "H") if v1 else Flags(0x41, "A"),
        "f16": Flags(0x8001, "Lo", "Hi"),
        "f32": Flags(0x80000001, "Bit0", "Bit31"),
        "f64": Flags(0x8000010000000001, "Bit0", "Bit40", "Bit63") if v1
        else Flags(0x8000000100000001, "Bit0", "Bit32", "Bit63"),
        "instrument": {
            "code": "ETH",
            "kind": EnumVal("Canceled", 4),
            "attrs": Flags(0x0201, "Tradable", "Marginable"),
            "band": {"lo": -100, "hi": band_hi, "currency": "USD"},
            "grade": EnumVal("GradeB", "B"),
            "lotSize": 1000,
        },
        "isMaker": True,
        "priceExponent": -2,
        "qtyExponent": -8,
        "price": 123456,
        "qty": qty,
        "volume": volume,
        "optVolume": opt_volume,
        "optSide": EnumVal("SellShort", "T") if opt_side else None,
        "transactTime": 1700000000123456,
        "addedV1": -5 if v1 else None,
        "addedV1Opt": added_v1_opt,
        "stopPrice": 120000 if v2 else None,
        "fills": [
            {
                "fillId": 1001, "px": 123400, "fillQty": 50000000,
                "fillTimeV1": 1700000000000001 if v1 else None,
                "legs": [
                    {
                        "legId": 1, "legExponent": -3, "legPx": 1234000, "legQty": 20000000,
                        "allocs": [
                            {"account": "ACC1", "allocQty": 7000, "allocPx": 123400, "memo": "a"},
                            {"account": "ACC2", "allocQty": 3000, "allocPx": None, "memo": ""},
                        ],
                        "legNote": "leg one",
                    },
                    {
                        "legId": 2, "legExponent": 0, "legPx": 99, "legQty": 30000000,
                        "allocs": [],
                        "legNote": None,
                    },
                ],
                "fillNote": "first",
            },
            {
                "fillId": 1002, "px": -1, "fillQty": 1,
                "fillTimeV1": 0 if v1 else None,
                "legs": [],
                "fillNote": "",
            },
        ],
        "tags": [{"key": "env", "value": b"prod"}, {"key": "", "value": b""}],
        "bundles": [
            {"items": [{"itemId": 1, "itemFlags": Flags(0x0001, "Lo")},
                       {"itemId": 2, "itemFlags": Flags(0x8100, "Mid", "Hi")}]},
            {"items": []},
        ],
        "notes": [{"noteId": 7, "text": "n"}] if v1 else None,
        "audit": [{"seq": 1, "actor": "x"}] if v2 else None,
        "text8": "héllo wörld",
        "text16": "",
        "text32": "日本語 ✓",
        "raw8": b"\x00\x01\xfe\xff",
        "raw16": b"",
        "raw32": b"\xde\xad\xbe\xef",
        "ascii": "ASCII only",
        "optText8": None,
        "optText16": "present",
        "dataV1": b"\x01\x02" if v1 else None,
        "textV2": "v2" if v2 else None,
    }
    what = {0: "version-0 producer: no v1/v2 fields, groups or data on the wire; unknown "
               "enum value and set bit",
            1: "version-1 producer: v2 field/group/data absent",
            2: "full version 2"}[version]
    _add(name=f"kitchen-order-v{version}-{_ORDER_NAME[o]}", schema=_KS[o], message="Order",
         hex=w.bytes().hex(), source=f"hand-built: {what}", expected=expected, roundtrip=False)


# ---- Envelope (template 5): messageData*, optional* -------------------------------------

def _envelope_le() -> None:
    o = "<"
    inner = _inner_bytes(o, -7, "B", "ok")
    inner8 = _inner_bytes(o, 0, "S", "")
    empty = _empty_bytes(o)
    w = Wire(o)
    _ks_header(w, 3, 5, 2, 0, 7)
    w.u16(200)                                 # 0 status
    w.u8(0)                                    # 2 deprecated = False
    w.u8(5).raw(b"req-1")                      # id (varString8)
    w.u32(len(inner)).raw(inner)               # result (messageData, u32): Inner, 20 octets
    w.u16(len(empty)).raw(empty)               # result16 (messageData16): Empty, 12 octets
    w.u8(len(inner8)).raw(inner8)              # result8 (messageData8): Inner, 18 octets
    w.u32(0)                                   # error (optionalMessageData): null
    w.u16(0)                                   # error16 (optionalMessageData16): null
    w.u8(0)                                    # note (optionalVarString8): null
    _add(name="kitchen-envelope-le", schema=_KS[o], message="Envelope", hex=w.bytes().hex(),
         roundtrip=False,
         source="hand-built: Binance-style nested messages, optional var data null",
         expected={
             "$message": "Envelope", "status": 200, "deprecated": False, "id": "req-1",
             "result": _inner_expected(-7, "B", "ok"),
             "result16": {"$message": "Empty"},
             "result8": _inner_expected(0, "S", ""),
             "error": None, "error16": None, "note": None,
         })


def _envelope_be() -> None:
    o = ">"
    empty = _empty_bytes(o)
    # A nested Envelope whose own nested messages are Empty.
    n = Wire(o)
    _ks_header(n, 3, 5, 2, 0, 7)
    n.u16(200).u8(0)                           # status 200, deprecated False
    n.u8(5).raw(b"inner")                      # id
    n.u32(len(empty)).raw(empty)               # result: Empty
    n.u16(len(empty)).raw(empty)               # result16: Empty
    n.u8(len(empty)).raw(empty)                # result8: Empty
    n.u32(0).u16(0).u8(0)                      # error, error16, note: null
    nested = n.bytes()
    err = _inner_bytes(o, 1234, "S", "bad")
    err16 = _inner_bytes(o, -1, "B", "x")
    w = Wire(o)
    _ks_header(w, 3, 5, 2, 0, 7)
    w.u16(400)                                 # 0 status
    w.u8(1)                                    # 2 deprecated = True
    w.u8(0)                                    # id "" (empty, not optional)
    w.u32(len(nested)).raw(nested)             # result: nested Envelope
    w.u16(len(empty)).raw(empty)               # result16: Empty
    w.u8(len(empty)).raw(empty)                # result8: Empty
    w.u32(len(err)).raw(err)                   # error: Inner
    w.u16(len(err16)).raw(err16)               # error16: Inner
    note = "héllo".encode()
    w.u8(len(note)).raw(note)                  # note
    _add(name="kitchen-envelope-be", schema=_KS[o], message="Envelope", hex=w.bytes().hex(),
         roundtrip=False,
         source="hand-built: big-endian nested messages (an Envelope inside an Envelope)",
         expected={
             "$message": "Envelope", "status": 400, "deprecated": True, "id": "",
             "result": {
                 "$message": "Envelope", "status": 200, "deprecated": False, "id": "inner",
                 "result": {"$message": "Empty"}, "result16": {"$message": "Empty"},
                 "result8": {"$message": "Empty"},
                 "error": None, "error16": None, "note": None,
             },
             "result16": {"$message": "Empty"},
             "result8": {"$message": "Empty"},
             "error": _inner_expected(1234, "S", "bad"),
             "error16": _inner_expected(-1, "B", "x"),
             "note": "héllo",
         })


for _o in ("<", ">"):
    _primitives_full(_o)
    _primitives_nulls(_o)
_order("<", 2)
_order(">", 2)
_order("<", 0)
_order(">", 1)
_add(name="kitchen-inner-le", schema=_KS["<"], message="Inner", roundtrip=False,
     hex=_inner_bytes("<", -7, "B", "ok").hex(), source="hand-built",
     expected=_inner_expected(-7, "B", "ok"))
_add(name="kitchen-inner-be", schema=_KS[">"], message="Inner", roundtrip=False,
     hex=_inner_bytes(">", 305419896, "T", "big").hex(), source="hand-built",
     expected=_inner_expected(305419896, "T", "big"))
_add(name="kitchen-empty-le", schema=_KS["<"], message="Empty", hex=_empty_bytes("<").hex(),
     source="hand-built: header only", expected={"$message": "Empty"})
_add(name="kitchen-empty-be", schema=_KS[">"], message="Empty", hex=_empty_bytes(">").hex(),
     source="hand-built: header only", expected={"$message": "Empty"})
_envelope_le()
_envelope_be()


# ======================================================================================
# 4. Schema evolution (evolution_v0/1/2.xml, schema id 7), hand-built, little-endian
# ======================================================================================

EVOLUTION_ID = 7


def _quote_bytes(version: int) -> bytes:
    v1, v2 = version >= 1, version >= 2
    w = Wire("<")
    root_len = {0: 26, 1: 42, 2: 51}[version]
    w.u16(root_len).u16(1).u16(EVOLUTION_ID).u16(version)  # 8-byte messageHeader
    w.u64(555)                                 #  0 quoteId
    w.i8(-4)                                   #  8 priceExponent
    w.i64(1000000)                             #  9 bid
    w.i64(1000500)                             # 17 ask
    w.u8(2 if v2 else 1)                       # 25 type: Tradeable (since 2) / Indicative
    if v1:
        w.i64(10)                              # 26 bidSize
        w.i64(I64_NULL)                        # 34 askSize: null
    if v2:
        w.i64(1700000000000000)                # 42 quoteTime
        w.u8(0b11)                             # 50 flags = Hidden | Iceberg
    entry_len = {0: 16, 1: 18, 2: 19}[version]
    w.u16(entry_len).u16(2)                    # levels: groupSize16Encoding, 2 entries
    for px, size, orders, lflags in ((999900, 5, 1, 0b10), (999800, 7, 3, 0)):
        w.i64(px).i64(size)                    #   px, size
        if v1:
            w.u16(orders)                      #   orders (since 1)
        if v2:
            w.u8(lflags)                       #   levelFlags (since 2)
    if v2:
        w.u16(24).u32(1)                       # trades (since 2): groupSizeEncoding, 1 entry
        w.i64(42).i64(1000100).i64(3)          #   tradeId, px, qty
    w.u8(4).raw(b"XNAS")                       # venue
    if v1:
        w.u8(5).raw(b"hello")                  # comment (since 1)
    return w.bytes()


def _quote_expected(wire_version: int, schema_version: int) -> dict:
    """Decoded Quote: bytes of ``wire_version`` read with evolution_v{schema_version}.xml."""
    have = min(wire_version, schema_version)   # what both sides know

    def known(since):                          # is the element in the decoding schema?
        return since <= schema_version

    d = {"$message": "Quote", "quoteId": 555, "priceExponent": -4, "bid": 1000000, "ask": 1000500}
    if wire_version >= 2:
        d["type"] = EnumVal("Tradeable", 2) if schema_version >= 2 else 2
    else:
        d["type"] = EnumVal("Indicative", 1)
    if known(1):
        d["bidSize"] = 10 if have >= 1 else None
        d["askSize"] = None
    if known(2):
        d["quoteTime"] = 1700000000000000 if have >= 2 else None
        d["flags"] = Flags(0b11, "Hidden", "Iceberg") if have >= 2 else None
    levels = []
    for px, size, orders, lflags in ((999900, 5, 1, 0b10), (999800, 7, 3, 0)):
        e = {"px": px, "size": size}
        if known(1):
            e["orders"] = orders if have >= 1 else None
        if known(2):
            e["levelFlags"] = (Flags(lflags, *(["Iceberg"] if lflags else [])) if have >= 2 else None)
        levels.append(e)
    d["levels"] = levels
    if known(2):
        d["trades"] = [{"tradeId": 42, "px": 1000100, "qty": 3}] if have >= 2 else None
    d["venue"] = "XNAS"
    if known(1):
        d["comment"] = "hello" if have >= 1 else None
    return d


def _tick_bytes(version: int) -> bytes:
    v1, v2 = version >= 1, version >= 2
    w = Wire("<")
    w.u16(7 if v1 else 5).u16(2).u16(EVOLUTION_ID).u16(version)
    w.u32(9)                                   # 0 seq
    w.u8(2 if v2 else 0)                       # 4 type: Tradeable (since 2) / Firm
    if v1:
        w.u16(3)                               # 5 count (since 1)
    w.u16(8).u16(1).i64(100)                   # prices: 1 entry, px 100
    if v2:
        w.u16(8).u16(2).i64(10).i64(20)        # sizes (since 2): 2 entries
    return w.bytes()


_EVO_SRC = "hand-built: schema evolution, "

for _wv, _sv in ((0, 0), (0, 1), (0, 2), (1, 1), (1, 2), (1, 0), (2, 2)):
    _b = _quote_bytes(_wv)
    # Decoding newer bytes with an older schema: the trailing var data the old schema does not
    # know (comment, since 1) is left after the last element it reads.
    _trail = 6 if (_wv >= 1 and _sv == 0) else 0
    _add(name=f"evolution-quote-wire-v{_wv}-schema-v{_sv}", schema=f"evolution_v{_sv}.xml",
         message="Quote", hex=_b.hex(), expected=_quote_expected(_wv, _sv), trailing_bytes=_trail,
         source=_EVO_SRC + f"Quote written at version {_wv}, read with the version {_sv} schema")
# Note: Quote bytes of version 2 cannot be read with the v0/v1 schemas (the v2 group
# "trades" sits before the var data and SBE 1.0 has no way to skip an unknown group).

_add(name="evolution-tick-wire-v2-schema-v2", schema="evolution_v2.xml", message="Tick",
     hex=_tick_bytes(2).hex(), source=_EVO_SRC + "Tick written and read at version 2",
     expected={"$message": "Tick", "seq": 9, "type": EnumVal("Tradeable", 2), "count": 3,
               "prices": [{"px": 100}], "sizes": [{"size": 10}, {"size": 20}]})
_add(name="evolution-tick-wire-v2-schema-v0", schema="evolution_v0.xml", message="Tick",
     hex=_tick_bytes(2).hex(), trailing_bytes=4 + 16,
     source=_EVO_SRC + "Tick v2 read with the v0 schema: unknown root tail skipped via "
                       "blockLength, unknown enum value, trailing v2 group not read",
     expected={"$message": "Tick", "seq": 9, "type": 2, "prices": [{"px": 100}]})
_add(name="evolution-tick-wire-v0-schema-v2", schema="evolution_v2.xml", message="Tick",
     hex=_tick_bytes(0).hex(), source=_EVO_SRC + "Tick v0 read with the v2 schema",
     expected={"$message": "Tick", "seq": 9, "type": EnumVal("Firm", 0), "count": None,
               "prices": [{"px": 100}], "sizes": None})

_qc = Wire("<").u16(8).u16(3).u16(EVOLUTION_ID).u16(1).u64(555).bytes()
_add(name="evolution-quotecancel-wire-v1-schema-v2", schema="evolution_v2.xml",
     message="QuoteCancel", hex=_qc.hex(), source=_EVO_SRC + "message added in version 1",
     expected={"$message": "QuoteCancel", "quoteId": 555})


# ======================================================================================
# 5. another venue's style (schemas vendor_le.xml / vendor_be.xml): exponents declared
#    after their mantissas, vendor metadata elements ignored -- hand-built
# ======================================================================================

VENDOR_ID = 77


def _vendor_ticker(order: str) -> bytes:
    w = Wire(order).u16(57).u16(1).u16(VENDOR_ID).u16(0)       # header: blockLength 57
    w.i64(1700000000123)                                        # 0  ts
    w.i64(6512345).i64(125).i64(-7)                             # 8  bidPrice, bidSize, bidRpiSize
    w.u8(1).u8(3)                                               # 32 unit=QUOTE, flags
    w.i8(-2).i8(-3)                                             # 34 priceExponent, sizeExponent
    w.i64(42).i8(I8_NULL)                                       # 36 optPrice, 44 optExponent null
    w.i64(99).i32(5)                                            # 45 best {price, size}
    w.u16(17).u16(1).i64(101).i64(2000).i8(1)                   # levels: 1 entry of 17 bytes
    w.u8(3).raw(b"ETH")                                         # symbol
    return w.bytes()


for _order, _pkg in (("<", "vendor_le"), (">", "vendor_be")):
    _add(name=f"{_pkg}-bookticker", schema=f"{_pkg}.xml", message="BookTicker",
         hex=_vendor_ticker(_order).hex(),
         source="hand-built: exponents declared after their mantissas (root and group)",
         expected={"$message": "BookTicker", "ts": 1700000000123, "bidPrice": 6512345,
                   "bidSize": 125, "bidRpiSize": -7, "unit": EnumVal("QUOTE", 1),
                   "flags": Flags(3, "PostOnly", "ReduceOnly"), "priceExponent": -2,
                   "sizeExponent": -3, "optPrice": 42, "optExponent": None,
                   "best": {"price": 99, "size": 5},
                   "levels": [{"price": 101, "size": 2000, "levelExponent": 1}],
                   "symbol": "ETH"})


# Sanity: names are unique and every hex string is well formed.
assert len({g["name"] for g in GOLDEN}) == len(GOLDEN)
for _g in GOLDEN:
    bytes.fromhex(_g["hex"])
