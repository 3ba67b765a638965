"""Language-neutral intermediate representation (IR) of an SBE 1.0 schema.

``codegen.parse`` builds it from XML, ``codegen.emit_cython`` turns it into
Cython, and :meth:`Schema.to_plain` serialises it to plain Python data (dicts,
lists, ints, strings) that the runtime's pure-Python codec (``sbe._pycodec``)
interprets.  Nothing here imports lxml: the IR is usable without the parser.

Layout is fully resolved: every field carries its byte offset inside its block
and its encoded size, every block its schema blockLength.  Decoders still read
blockLength, version and group blockLengths from the wire; the schema values
are what encoders write and what decoders require as a minimum.
"""

from __future__ import annotations

import math
from dataclasses import dataclass, field
from typing import Optional, Union

# name -> (size in bytes, struct format char, signed, is float)
PRIMITIVES: dict[str, tuple[int, str, bool, bool]] = {
    "char": (1, "c", False, False),
    "int8": (1, "b", True, False),
    "uint8": (1, "B", False, False),
    "int16": (2, "h", True, False),
    "uint16": (2, "H", False, False),
    "int32": (4, "i", True, False),
    "uint32": (4, "I", False, False),
    "int64": (8, "q", True, False),
    "uint64": (8, "Q", False, False),
    "float": (4, "f", True, True),
    "double": (8, "d", True, True),
}


def primitive_range(primitive: str) -> tuple[Union[int, float], Union[int, float]]:
    """Full representable range of a primitive (before excluding the null)."""
    size, _, signed, is_float = PRIMITIVES[primitive]
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

    @property
    def size(self) -> int:
        return PRIMITIVES[self.primitive][0] * self.length

    @property
    def effective_null(self) -> Union[int, float]:
        return default_null(self.primitive) if self.null_value is None else self.null_value


@dataclass
class EnumValue:
    name: str
    value: int  # for char enums: the byte value (ord)
    since_version: int = 0
    description: str = ""
    json_value: Optional[str] = None  # Binance mbx:jsonValue: the value's string in JSON


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


@dataclass
class SetType:
    name: str
    encoding: str  # uint8 | uint16 | uint32 | uint64
    choices: list[Choice]
    since_version: int = 0
    description: str = ""
    line: int = 0

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

    @property
    def size(self) -> int:
        return 0 if self.presence == "constant" else self.type.size

    @property
    def null_value(self) -> Optional[Union[int, float]]:
        """Wire null of an optional field (None for required/constant or sets/composites)."""
        if self.presence != "optional":
            return None
        if self.kind == KIND_MANTISSA128:
            return -(1 << 127)
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
                                   t.constant if isinstance(t, EncodedType) else None, None,
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
    """Value kind of a field/member of type ``t``."""
    if isinstance(t, EnumType):
        return KIND_ENUM
    if isinstance(t, SetType):
        return KIND_SET
    if isinstance(t, CompositeType):
        return KIND_COMPOSITE
    if t.name == "mantissa128" or (has_exponent and t.primitive == "uint8" and t.length == 16):
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
