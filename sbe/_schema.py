"""The model of an SBE 1.0 schema: one home for every fact about SBE values.

The compiler (``codegen.parse`` builds it from XML, ``codegen.binance`` applies the
extensions, ``codegen.emit_cython`` turns it into Cython; ``codegen.model`` re-exports this
module) and the runtime (``sbe._pycodec``, the generated modules' ``codec()``) share it.
:meth:`Schema.to_plain` derives the plain-data view the pure-Python codec and the schema diff
read.  Nothing here imports lxml or numpy.

Layout is fully resolved: every field carries its byte offset inside its block
and its encoded size, every block its schema blockLength.  Decoders still read
blockLength, version and group blockLengths from the wire; the schema values
are what encoders write and what decoders require as a minimum.
"""

from __future__ import annotations

import json
import math
from dataclasses import dataclass, field
from typing import Optional, Union

# name -> (size in bytes, struct format char, signed, is float, numpy type code)
PRIMITIVES: dict[str, tuple[int, str, bool, bool, str]] = {
    "char": (1, "c", False, False, "S1"),
    "int8": (1, "b", True, False, "i1"),
    "uint8": (1, "B", False, False, "u1"),
    "int16": (2, "h", True, False, "i2"),
    "uint16": (2, "H", False, False, "u2"),
    "int32": (4, "i", True, False, "i4"),
    "uint32": (4, "I", False, False, "u4"),
    "int64": (8, "q", True, False, "i8"),
    "uint64": (8, "Q", False, False, "u8"),
    "float": (4, "f", True, True, "f4"),
    "double": (8, "d", True, True, "f8"),
}
NUMPY_CODES = {name: p[4] for name, p in PRIMITIVES.items()}
MANTISSA128_NULL = -(1 << 127)


def primitive_range(primitive: str) -> tuple[Union[int, float], Union[int, float]]:
    """Full representable range of a primitive (before excluding the null)."""
    size, _, signed, is_float, _np = PRIMITIVES[primitive]
    if is_float:
        return (-math.inf, math.inf)
    if primitive == "char":
        return (0, 255)
    bits = size * 8
    if signed:
        return (-(1 << (bits - 1)), (1 << (bits - 1)) - 1)
    return (0, (1 << bits) - 1)


def default_null(primitive: str) -> Union[int, float]:
    """SBE 1.0 default nullValue of a primitive (spec table)."""
    if PRIMITIVES[primitive][3]:
        return math.nan
    if primitive == "char":
        return 0
    lo, hi = primitive_range(primitive)
    return lo if PRIMITIVES[primitive][2] else hi


_FLOAT32_MAX = 3.4028234663852886e38


def parse_int(text: str) -> int:
    text = text.strip()
    try:
        return int(text)
    except ValueError:
        return int(text, 0)  # 0x.., 0o.., 0b.. ; raises ValueError when not a number


def parse_scalar(text: str, primitive: str) -> Union[int, float]:
    """A numeric schema value (nullValue, minValue, enum value, ...) for ``primitive``.

    ``char`` values may be written as a single character (its code) or as a number;
    a single digit counts as a character ("0" is 48), as in FIX char enums.
    Raises ValueError when the text is not a number or is not representable.
    """
    is_float = PRIMITIVES[primitive][3]
    if is_float:
        value = float(text.strip())
        if primitive == "float" and math.isfinite(value) and abs(value) > _FLOAT32_MAX:
            raise ValueError("out of range for float")
        return value
    if primitive == "char" and len(text) == 1:
        value = ord(text)
    elif primitive == "char" and len(text.strip()) == 1:
        value = ord(text.strip())
    else:
        value = parse_int(text)
    lo, hi = primitive_range(primitive)
    if not lo <= value <= hi:
        raise ValueError(f"out of range for {primitive} ({lo}..{hi})")
    return value


def constant_value_of(t: EncodedType) -> Union[int, float, str]:
    """Value of a constant ``<type>`` (its element text), per its primitive."""
    text = t.constant or ""
    if t.primitive == "char":
        try:
            encoded = text.encode(t.character_encoding or "latin-1")
        except (LookupError, UnicodeEncodeError):
            raise ValueError(f"not encodable as {t.character_encoding or 'latin-1'}") from None
        if len(encoded) > t.length:
            raise ValueError(f"{len(encoded)} characters do not fit in char[{t.length}]")
        return text
    if t.length != 1:
        return text  # constant arrays of numbers: kept as written
    return parse_scalar(text, t.primitive)


# Value kinds: how a fixed-size field or composite member is turned into a value.
KIND_INT = "int"              # scalar integer primitive
KIND_FLOAT = "float"          # float / double
KIND_CHAR = "char"            # single char -> 1-character str
KIND_STRING = "string"        # char[N] -> str, NUL padding stripped
KIND_BYTES = "bytes"          # uint8[N] / int8[N] -> bytes
KIND_ARRAY = "array"          # other fixed arrays -> tuple of numbers
KIND_ENUM = "enum"
KIND_SET = "set"
KIND_COMPOSITE = "composite"  # nested dict of its members
KIND_MANTISSA = "mantissa"    # integer with a linked exponent (mbx:exponent)
KIND_MANTISSA128 = "mantissa128"  # uint8[16] little-endian signed 128-bit mantissa

# Var-data kinds
DATA_TEXT = "text"        # varData has a characterEncoding
DATA_BYTES = "bytes"      # raw octets
DATA_MESSAGE = "message"  # Binance messageData*: a complete nested SBE message with its header


@dataclass
class EncodedType:
    """A simple ``<type>`` (named, or synthesised for a bare primitive field)."""

    name: str
    primitive: str
    length: int = 1
    presence: str = "required"  # required | optional | constant
    null_value: Optional[Union[int, float]] = None  # explicit schema override only
    min_value: Optional[Union[int, float]] = None
    max_value: Optional[Union[int, float]] = None
    character_encoding: Optional[str] = None
    constant: Optional[str] = None  # element text of a constant type
    since_version: int = 0
    description: str = ""
    line: int = 0
    # namespaced extension attributes by local name (``mbx:exponent`` -> "exponent"),
    # given meaning by the extension layers (codegen.binance)
    extensions: dict = field(default_factory=dict, repr=False)

    @property
    def size(self) -> int:
        return PRIMITIVES[self.primitive][0] * self.length

    @property
    def effective_null(self) -> Union[int, float]:
        return default_null(self.primitive) if self.null_value is None else self.null_value

    @property
    def constant_value(self) -> Optional[Union[int, float, str]]:
        """The parsed value of a constant type (None when not constant)."""
        return None if self.constant is None else constant_value_of(self)


@dataclass
class EnumValue:
    name: str
    value: int  # for char enums: the byte value (ord)
    since_version: int = 0
    description: str = ""
    extensions: dict = field(default_factory=dict, repr=False)


@dataclass
class EnumType:
    name: str
    encoding: str  # primitive name (char, uint8, uint16, ...)
    values: list[EnumValue]
    presence: str = "required"
    null_value: Optional[int] = None  # explicit override of the encoding's null
    since_version: int = 0
    description: str = ""
    line: int = 0
    extensions: dict = field(default_factory=dict, repr=False)

    @property
    def size(self) -> int:
        return PRIMITIVES[self.encoding][0]

    @property
    def effective_null(self) -> int:
        return int(default_null(self.encoding)) if self.null_value is None else self.null_value

    @property
    def is_bool(self) -> bool:
        """An enum of exactly False=0 / True=1 (Binance's boolEnum) decodes to bool."""
        return sorted((v.name, v.value) for v in self.values) == [("False", 0), ("True", 1)]


@dataclass
class Choice:
    name: str
    bit: int
    since_version: int = 0
    description: str = ""
    extensions: dict = field(default_factory=dict, repr=False)


@dataclass
class SetType:
    name: str
    encoding: str  # uint8 | uint16 | uint32 | uint64
    choices: list[Choice]
    since_version: int = 0
    description: str = ""
    line: int = 0
    extensions: dict = field(default_factory=dict, repr=False)

    @property
    def size(self) -> int:
        return PRIMITIVES[self.encoding][0]


@dataclass
class Member:
    """A member of a composite, at a resolved offset inside the composite."""

    name: str
    type: "FieldType"
    offset: int
    kind: str  # one of the KIND_* values (never mantissa)

    @property
    def size(self) -> int:
        return self.type.size


@dataclass
class CompositeType:
    name: str
    members: list[Member]
    size: int
    since_version: int = 0
    description: str = ""
    line: int = 0
    extensions: dict = field(default_factory=dict, repr=False)

    def member(self, name: str) -> Optional[Member]:
        for m in self.members:
            if m.name == name:
                return m
        return None


FieldType = Union[EncodedType, EnumType, SetType, CompositeType]


@dataclass
class Field:
    name: str
    id: int
    type: FieldType
    offset: int  # inside its block
    kind: str  # KIND_*
    presence: str = "required"  # required | optional | constant (field overrides type)
    since_version: int = 0
    # Constant fields: the resolved value; for an enum valueRef, the enum value's name.
    constant_value: Optional[Union[int, float, str]] = None
    # mbx:exponent: (levels up from this field's block, exponent field name); 0 = same block
    exponent: Optional[tuple[int, str]] = None
    is_exponent: bool = False  # some mantissa links to this field
    description: str = ""
    line: int = 0
    extensions: dict = field(default_factory=dict, repr=False)

    @property
    def size(self) -> int:
        return 0 if self.presence == "constant" else self.type.size

    @property
    def null_value(self) -> Optional[Union[int, float]]:
        """Wire null of an optional field (None for required/constant or sets/composites)."""
        if self.presence != "optional":
            return None
        if self.kind == KIND_MANTISSA128:
            return MANTISSA128_NULL
        t = self.type
        if isinstance(t, (EncodedType, EnumType)):
            return t.effective_null
        return None


@dataclass
class Data:
    name: str
    id: int
    type: CompositeType  # members "length" and "varData"
    kind: str  # DATA_*
    optional: bool  # Binance optional* kinds: length 0 means null
    since_version: int = 0
    description: str = ""
    line: int = 0
    extensions: dict = field(default_factory=dict, repr=False)

    @property
    def length_primitive(self) -> str:
        return self.type.member("length").type.primitive  # type: ignore[union-attr]

    @property
    def length_size(self) -> int:
        return PRIMITIVES[self.length_primitive][0]

    @property
    def max_length(self) -> int:
        t = self.type.member("length").type
        if getattr(t, "max_value", None) is not None:
            return int(t.max_value)  # type: ignore[union-attr]
        return int(primitive_range(self.length_primitive)[1])

    @property
    def character_encoding(self) -> Optional[str]:
        return getattr(self.type.member("varData").type, "character_encoding", None)


@dataclass
class Block:
    """Common shape of a message and a group: fixed fields, then groups, then var data."""

    name: str
    id: int
    block_length: int  # schema blockLength (explicit attribute or computed)
    fields: list[Field]
    groups: list["Group"]
    data: list[Data]
    since_version: int = 0
    description: str = ""
    line: int = 0
    extensions: dict = field(default_factory=dict, repr=False)

    @property
    def is_fixed(self) -> bool:
        """Only fixed fields: entries have a constant size and can be viewed by numpy."""
        return not self.groups and not self.data

    def wire_fields(self) -> list[Field]:
        return [f for f in self.fields if f.presence != "constant"]

    def required_length(self, version: int) -> int:
        """Smallest blockLength that holds every field present at ``version``."""
        end = 0
        for f in self.wire_fields():
            if f.since_version <= version:
                end = max(end, f.offset + f.size)
        return end


@dataclass
class Group(Block):
    dimension: Optional[CompositeType] = None  # blockLength + numInGroup members

    @property
    def dimension_size(self) -> int:
        return self.dimension.size  # type: ignore[union-attr]

    @property
    def max_count(self) -> int:
        t = self.dimension.member("numInGroup").type  # type: ignore[union-attr]
        if getattr(t, "max_value", None) is not None:
            return int(t.max_value)
        return int(primitive_range(t.primitive)[1])


@dataclass
class Message(Block):
    semantic_type: str = ""


@dataclass
class Schema:
    package: str
    id: int
    version: int
    semantic_version: str
    byte_order: str  # littleEndian | bigEndian
    header: CompositeType
    types: dict[str, FieldType]  # every named type, document order
    messages: list[Message]
    description: str = ""
    source_name: str = ""  # file name the schema was read from
    sha256: str = ""  # of the schema file bytes
    extensions: dict = field(default_factory=dict, repr=False)
    # (line, message) of what the parser ignored (unknown elements/attributes)
    warnings: list = field(default_factory=list, repr=False)

    @property
    def little_endian(self) -> bool:
        return self.byte_order == "littleEndian"

    @property
    def enums(self) -> list[EnumType]:
        return [t for t in self.types.values() if isinstance(t, EnumType)]

    @property
    def sets(self) -> list[SetType]:
        return [t for t in self.types.values() if isinstance(t, SetType)]

    @property
    def composites(self) -> list[CompositeType]:
        return [t for t in self.types.values() if isinstance(t, CompositeType)]

    def message(self, name_or_id: Union[str, int]) -> Message:
        for m in self.messages:
            if m.name == name_or_id or m.id == name_or_id:
                return m
        raise KeyError(name_or_id)

    # -- compact serialisation (the generated modules' model) -------------------------

    def to_json(self) -> str:
        """Compact, deterministic JSON of the model (one line per type, field, member or
        var data; defaults omitted); :meth:`from_json` reads it back.  Descriptions and
        XML line numbers are not kept."""
        return _dump(_encode_schema(self)) + "\n"

    @classmethod
    def from_json(cls, text: str) -> "Schema":
        return _decode_schema(json.loads(text))

    # -- plain serialisation for the runtime (sbe._pycodec) -------------------------

    def to_plain(self) -> dict:
        """JSON-compatible description of the schema; the runtime codec's input.

        Format (all offsets in bytes; ``prim`` is a primitive name; NaN nulls are
        written as the string "nan"):

        schema   = {package, id, version, semanticVersion, byteOrder, sha256, source,
                    header: {size, blockLength: [off, prim], templateId: [...],
                             schemaId: [...], version: [...]},
                    enums: {name: {encoding, null, bool, values: [[name, value, since], ...]}},
                    sets: {name: {encoding, choices: [[name, bit, since], ...]}},
                    composites: {name: {size, members: [field, ...]}},
                    messages: [block, ...]}
        block    = {name, id, since, blockLength, fields: [field], groups: [group], data: [data]}
        group    = block + {dimension: {size, blockLength: [off, prim], numInGroup: [off, prim],
                                        maxCount}}
        field    = {name, offset, size, kind, primitive, length, presence, null, since,
                    type (enum/set/composite name or null), constant, exponent ([up, name] or null),
                    isExponent, charEncoding}
        data     = {name, id, since, kind, optional, lengthPrimitive, lengthSize, maxLength,
                    charEncoding}
        """

        def num(v):
            if isinstance(v, float) and math.isnan(v):
                return "nan"
            return v

        def member_or_field(name, t, offset, kind, presence="required", since=0,
                            constant=None, exponent=None, is_exp=False, null=None, size=None):
            prim = None
            length = 1
            tname = None
            enc = None
            if isinstance(t, EncodedType):
                prim, length, enc = t.primitive, t.length, t.character_encoding
            elif isinstance(t, (EnumType, SetType)):
                prim, tname = t.encoding, t.name
            else:
                tname = t.name
            return {
                "name": name, "offset": offset, "size": t.size if size is None else size,
                "kind": kind, "primitive": prim, "length": length, "presence": presence,
                "null": num(null), "since": since, "type": tname, "constant": constant,
                "exponent": list(exponent) if exponent else None, "isExponent": is_exp,
                "charEncoding": enc,
            }

        def plain_field(f: Field):
            return member_or_field(f.name, f.type, f.offset, f.kind, f.presence, f.since_version,
                                   f.constant_value, f.exponent, f.is_exponent, f.null_value, f.size)

        def plain_member(m: Member):
            t = m.type
            presence = getattr(t, "presence", "required")
            null = None
            if presence == "optional" and isinstance(t, (EncodedType, EnumType)):
                null = t.effective_null
            return member_or_field(m.name, t, m.offset, m.kind, presence, t.since_version,
                                   t.constant_value if isinstance(t, EncodedType) else None, None,
                                   False, null, 0 if presence == "constant" else None)

        def plain_data(d: Data):
            return {"name": d.name, "id": d.id, "since": d.since_version, "kind": d.kind,
                    "optional": d.optional, "lengthPrimitive": d.length_primitive,
                    "lengthSize": d.length_size, "maxLength": d.max_length,
                    "charEncoding": d.character_encoding}

        def slot(c: CompositeType, name: str):
            m = c.member(name)
            return [m.offset, m.type.primitive]  # type: ignore[union-attr]

        def plain_block(b: Block):
            out = {"name": b.name, "id": b.id, "since": b.since_version,
                   "blockLength": b.block_length,
                   "fields": [plain_field(f) for f in b.fields],
                   "groups": [plain_block(g) for g in b.groups],
                   "data": [plain_data(d) for d in b.data]}
            if isinstance(b, Group):
                out["dimension"] = {"size": b.dimension_size,
                                    "blockLength": slot(b.dimension, "blockLength"),
                                    "numInGroup": slot(b.dimension, "numInGroup"),
                                    "maxCount": b.max_count}
            return out

        h = self.header
        return {
            "package": self.package, "id": self.id, "version": self.version,
            "semanticVersion": self.semantic_version, "byteOrder": self.byte_order,
            "sha256": self.sha256, "source": self.source_name,
            "header": {"size": h.size, "blockLength": slot(h, "blockLength"),
                       "templateId": slot(h, "templateId"), "schemaId": slot(h, "schemaId"),
                       "version": slot(h, "version")},
            "enums": {e.name: {"encoding": e.encoding, "null": e.effective_null, "bool": e.is_bool,
                               "values": [[v.name, v.value, v.since_version] for v in e.values]}
                      for e in self.enums},
            "sets": {s.name: {"encoding": s.encoding,
                              "choices": [[c.name, c.bit, c.since_version] for c in s.choices]}
                     for s in self.sets},
            "composites": {c.name: {"size": c.size, "members": [plain_member(m) for m in c.members]}
                           for c in self.composites},
            "messages": [plain_block(m) for m in self.messages],
        }


def kind_of(t: FieldType, has_exponent: bool = False) -> str:
    """Value kind of a field/member of type ``t`` in generic SBE; ``has_exponent`` gives the
    kinds of the decimal extension (codegen.binance): an integer becomes a mantissa, a
    uint8[16] a 128-bit mantissa."""
    if isinstance(t, EnumType):
        return KIND_ENUM
    if isinstance(t, SetType):
        return KIND_SET
    if isinstance(t, CompositeType):
        return KIND_COMPOSITE
    if has_exponent and t.primitive == "uint8" and t.length == 16:
        return KIND_MANTISSA128
    if t.length > 1 or (t.primitive == "char" and t.length != 1):
        if t.primitive == "char":
            return KIND_STRING
        if t.primitive in ("uint8", "int8"):
            return KIND_BYTES
        return KIND_ARRAY
    if t.primitive == "char":
        return KIND_CHAR
    if PRIMITIVES[t.primitive][3]:
        return KIND_FLOAT
    return KIND_MANTISSA if has_exponent else KIND_INT


# -- compact JSON of the model ------------------------------------------------------------------
#
# schema    = {package, id, version, semanticVersion, byteOrder, description, source, sha256,
#              header: composite name, ext, types: [type...], messages: [block...]}
# type      = {"type": name, primitive, length, presence, null, min, max, encoding, constant,
#              since, ext} | {"enum": name, encoding, presence, null, since, ext,
#              values: [[name, value, since, ext?]...]} | {"set": name, encoding, since, ext,
#              choices: [[name, bit, since, ext?]...]} | {"composite": name, size, since, ext,
#              members: [[name, offset, kind, typeref]...]}
# typeref   = a named type's name | a primitive name (bare field type) | an inline type
# block     = {name, id, blockLength, since, semanticType, dimension (groups: composite name),
#              ext, fields: [field...], groups: [block...], data: [data...]}
# field     = {name, id, offset, kind, type: typeref, presence, since, constant, exponent: [up,
#              name], isExponent, ext}
# data      = {name, id, type: composite name, kind, optional, since, ext}
# Keys holding their default (0, "required", None, False, {}, length 1) are omitted.


def _dump(obj, level: int = 0) -> str:
    """JSON with one line per leaf record: a container that does not fit in 100 columns
    keeps its short items on its first line and puts each long one on its own line."""
    flat = json.dumps(obj, separators=(",", ":"))
    if len(flat) + level <= 100 or not isinstance(obj, (dict, list)) or not obj:
        return flat
    pad = "\n" + " " * (level + 1)
    if isinstance(obj, list):
        return "[" + ",".join(pad + _dump(v, level + 1) for v in obj) + "]"
    head, tail = [], []
    for k, v in obj.items():
        fv = json.dumps(v, separators=(",", ":"))
        if len(fv) <= 60:
            head.append(f"{json.dumps(k)}:{fv}")
        else:
            tail.append(f"{json.dumps(k)}:{_dump(v, level + 1)}")
    return "{" + ",".join(head) + "".join("," + pad + t for t in tail) + "}"


def _strip(d: dict) -> dict:
    return {k: v for k, v in d.items()
            if v is not None and v is not False and v != {} and not (
                (k == "since" and v == 0) or (k == "presence" and v == "required")
                or (k == "length" and v == 1))}


def _encode_type(t, named: dict) -> Union[str, dict]:
    """A reference to a named type, a bare primitive, or an inline (member) type."""
    if named.get(t.name) is t:
        return t.name
    if isinstance(t, EncodedType) and t.name == t.primitive and t.length == 1 \
            and t.presence == "required" and t.null_value is None and not t.extensions \
            and t.min_value is None and t.max_value is None and t.character_encoding is None:
        return t.name  # bare primitive field type
    return _encode_named(t, named)


def _encode_named(t, named: dict) -> dict:
    if isinstance(t, EncodedType):
        return _strip({"type": t.name, "primitive": t.primitive, "length": t.length,
                       "presence": t.presence, "null": t.null_value, "min": t.min_value,
                       "max": t.max_value, "encoding": t.character_encoding,
                       "constant": t.constant, "since": t.since_version, "ext": t.extensions})
    if isinstance(t, EnumType):
        return _strip({"enum": t.name, "encoding": t.encoding, "presence": t.presence,
                       "null": t.null_value, "since": t.since_version, "ext": t.extensions,
                       "values": [[v.name, v.value, v.since_version] + ([v.extensions]
                                                                       if v.extensions else [])
                                  for v in t.values]})
    if isinstance(t, SetType):
        return _strip({"set": t.name, "encoding": t.encoding, "since": t.since_version,
                       "ext": t.extensions,
                       "choices": [[c.name, c.bit, c.since_version] + ([c.extensions]
                                                                      if c.extensions else [])
                                   for c in t.choices]})
    return _strip({"composite": t.name, "size": t.size, "since": t.since_version,
                   "ext": t.extensions,
                   "members": [[m.name, m.offset, m.kind, _encode_type(m.type, named)]
                               for m in t.members]})


def _encode_block(b: Block, named: dict) -> dict:
    out = {"name": b.name, "id": b.id, "blockLength": b.block_length, "since": b.since_version,
           "semanticType": getattr(b, "semantic_type", None) or None,
           "dimension": b.dimension.name if isinstance(b, Group) and b.dimension else None,
           "ext": b.extensions,
           "fields": [_strip({"name": f.name, "id": f.id, "offset": f.offset, "kind": f.kind,
                              "type": _encode_type(f.type, named), "presence": f.presence,
                              "since": f.since_version, "constant": f.constant_value,
                              "exponent": list(f.exponent) if f.exponent else None,
                              "isExponent": f.is_exponent, "ext": _ext_without_exponent(f)})
                      for f in b.fields],
           "groups": [_encode_block(g, named) for g in b.groups],
           "data": [_strip({"name": d.name, "id": d.id, "type": d.type.name, "kind": d.kind,
                            "optional": d.optional, "since": d.since_version,
                            "ext": d.extensions}) for d in b.data]}
    keep = ("fields", "groups", "data")
    return {k: v for k, v in _strip(out).items()} | {k: out[k] for k in keep}


def _ext_without_exponent(f: Field) -> dict:
    """A resolved exponent says what the attribute said: not written twice."""
    if f.exponent and f.extensions.get("exponent", "").strip() == f.exponent[1]:
        return {k: v for k, v in f.extensions.items() if k != "exponent"}
    return f.extensions


def _field_ext(f: dict) -> dict:
    ext = dict(f.get("ext", {}))
    if f.get("exponent"):
        ext.setdefault("exponent", f["exponent"][1])
    return ext


def _encode_schema(s: "Schema") -> dict:
    named = s.types
    return _strip({"package": s.package, "id": s.id, "version": s.version,
                   "semanticVersion": s.semantic_version, "byteOrder": s.byte_order,
                   "description": s.description or None, "source": s.source_name,
                   "sha256": s.sha256, "header": s.header.name, "ext": s.extensions}) | {
        "types": [_encode_named(t, named) for t in s.types.values()],
        "messages": [_encode_block(m, named) for m in s.messages]}


def _decode_schema(d: dict) -> "Schema":
    raw = {}
    for t in d["types"]:
        for tag in ("type", "enum", "set", "composite"):
            if tag in t:
                raw[t[tag]] = t
    types: dict = {}
    primitives: dict = {}

    def named(name: str):
        t = types.get(name)
        if t is None:
            t = types[name] = build(raw[name])
        return t

    def ref(r):
        if isinstance(r, dict):
            return build(r)
        if r in raw:
            return named(r)
        t = primitives.get(r)
        if t is None:
            t = primitives[r] = EncodedType(name=r, primitive=r)
        return t

    def build(t: dict):
        ext = t.get("ext", {})
        since = t.get("since", 0)
        if "type" in t:
            return EncodedType(name=t["type"], primitive=t["primitive"],
                               length=t.get("length", 1), presence=t.get("presence", "required"),
                               null_value=t.get("null"), min_value=t.get("min"),
                               max_value=t.get("max"), character_encoding=t.get("encoding"),
                               constant=t.get("constant"), since_version=since, extensions=ext)
        if "enum" in t:
            return EnumType(name=t["enum"], encoding=t["encoding"],
                            values=[EnumValue(v[0], v[1], v[2], "", v[3] if len(v) > 3 else {})
                                    for v in t["values"]],
                            presence=t.get("presence", "required"), null_value=t.get("null"),
                            since_version=since, extensions=ext)
        if "set" in t:
            return SetType(name=t["set"], encoding=t["encoding"],
                           choices=[Choice(c[0], c[1], c[2], "", c[3] if len(c) > 3 else {})
                                    for c in t["choices"]], since_version=since, extensions=ext)
        return CompositeType(name=t["composite"], size=t["size"], since_version=since,
                             extensions=ext, members=[Member(m[0], ref(m[3]), m[1], m[2])
                                                      for m in t["members"]])

    for t in d["types"]:
        for tag in ("type", "enum", "set", "composite"):
            if tag in t:
                named(t[tag])

    def block(b: dict, is_group: bool):
        common = dict(
            name=b["name"], id=b["id"], block_length=b["blockLength"],
            since_version=b.get("since", 0), extensions=b.get("ext", {}),
            fields=[Field(name=f["name"], id=f["id"], type=ref(f["type"]), offset=f["offset"],
                          kind=f["kind"], presence=f.get("presence", "required"),
                          since_version=f.get("since", 0), constant_value=f.get("constant"),
                          exponent=tuple(f["exponent"]) if f.get("exponent") else None,
                          is_exponent=f.get("isExponent", False), extensions=_field_ext(f))
                    for f in b["fields"]],
            groups=[block(g, True) for g in b["groups"]],
            data=[Data(name=x["name"], id=x["id"], type=named(x["type"]), kind=x["kind"],
                       optional=x.get("optional", False), since_version=x.get("since", 0),
                       extensions=x.get("ext", {})) for x in b["data"]])
        if is_group:
            return Group(**common, dimension=named(b["dimension"]))
        return Message(**common, semantic_type=b.get("semanticType", ""))

    ordered = {t.get("type") or t.get("enum") or t.get("set") or t.get("composite"): None
               for t in d["types"]}
    return Schema(package=d.get("package", ""), id=d["id"], version=d.get("version", 0),
                  semantic_version=d.get("semanticVersion", ""),
                  byte_order=d.get("byteOrder", "littleEndian"), header=named(d["header"]),
                  types={n: types[n] for n in ordered},
                  messages=[block(m, False) for m in d["messages"]],
                  description=d.get("description", ""), source_name=d.get("source", ""),
                  sha256=d.get("sha256", ""), extensions=d.get("ext", {}))
