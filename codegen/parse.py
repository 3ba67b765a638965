"""Parse an SBE 1.0 XML message schema into the codegen IR (:mod:`codegen.model`).

Entry point: :func:`parse_schema`.  The parser is deliberately forgiving while it
walks the document and strict at the end: every problem it finds is recorded with
the XML line of the offending element, parsing carries on, and a single
:class:`SchemaError` listing all of them is raised once the whole file has been
seen.  A schema either parses cleanly into a fully resolved :class:`model.Schema`
or not at all.

Matching rules:

* Elements are matched by local name, so any SBE namespace URI (or none) works:
  ``<sbe:message>`` and ``<message>`` are the same element, as in SbeTool.
* The parser is generic SBE 1.0.  Namespaced extension attributes (``mbx:exponent``) are
  kept by local name on the model (``extensions``) whatever their namespace URI; the
  extension layers (:mod:`codegen.binance`) give them meaning after parsing.
* Elements and attributes the compiler does not know (vendor metadata such as
  ``<sbe:metaAttribute>``, documentation elements, unknown namespaced attributes) are
  ignored with one warning each (file and line); ``strict=True`` makes them errors.
  An SBE element that defines wire layout (``field``, ``type``, ``group``, ...) in a place
  where it has no meaning, and XInclude, are always errors: never ignored.
* Types may be used before they are defined; named types are collected first and
  resolved lazily (with cycle detection) in a second pass.
"""

from __future__ import annotations

import hashlib
import math
import os
import re
import warnings
from pathlib import Path
from typing import Optional, Union

from lxml import etree

from . import model
from .model import (
    PRIMITIVES,
    constant_value_of,
    parse_int,
    parse_scalar,
    Choice,
    CompositeType,
    Data,
    EncodedType,
    EnumType,
    EnumValue,
    Field,
    FieldType,
    Group,
    Member,
    Message,
    Schema,
    SetType,
    kind_of,
    primitive_range,
)

__all__ = ["parse_schema", "parse_sbe", "SchemaError", "SchemaWarning"]

_PRESENCES = ("required", "optional", "constant")
_BYTE_ORDERS = ("littleEndian", "bigEndian")
_INT_PRIMITIVES = frozenset(p for p, info in PRIMITIVES.items() if not info[3] and p != "char")
_UNSIGNED = frozenset({"uint8", "uint16", "uint32", "uint64"})
# SBE symbolic names; generated code uses them as identifiers / dict keys.
_SYMBOL = re.compile(r"[A-Za-z_][A-Za-z0-9_]*\Z")
_HEADER_MEMBERS = ("blockLength", "templateId", "schemaId", "version")
# SBE 1.0 attributes of each element (the XSD); anything else is unknown (warned about).
_COMMON = ("name", "description", "sinceVersion", "deprecated", "semanticType")
_ATTRIBUTES = {
    "messageSchema": ("package", "id", "version", "semanticVersion", "byteOrder",
                      "description", "headerType"),
    "types": (),
    "type": _COMMON + ("presence", "nullValue", "minValue", "maxValue", "length", "offset",
                       "primitiveType", "characterEncoding"),
    "composite": _COMMON + ("offset",),
    "enum": _COMMON + ("encodingType", "offset", "presence", "nullValue"),
    "validValue": _COMMON,
    "set": _COMMON + ("encodingType", "offset"),
    "choice": _COMMON,
    "ref": _COMMON + ("type", "offset"),
    "message": _COMMON + ("id", "blockLength"),
    "field": _COMMON + ("id", "type", "offset", "presence", "valueRef", "epoch", "timeUnit"),
    "group": _COMMON + ("id", "blockLength", "dimensionType"),
    "data": _COMMON + ("id", "type", "presence"),
}
# Elements that define wire layout: never ignored, wherever they appear.
_LAYOUT_ELEMENTS = frozenset(_ATTRIBUTES) | {"include"}
# Namespaces of XML itself (xml:lang, xsi:schemaLocation): not extensions, not warned about.
_XML_NAMESPACES = ("http://www.w3.org/XML/1998/namespace",
                   "http://www.w3.org/2001/XMLSchema-instance")
_DIMENSION_MEMBERS = ("blockLength", "numInGroup")

Source = Union[str, "os.PathLike[str]", bytes, bytearray, memoryview]


class SchemaWarning(UserWarning):
    """Something in the schema was ignored (unknown element or attribute); ``str()`` is
    ``<file>:<line>: <message>``.  ``strict=True`` turns these into :class:`SchemaError`."""


class SchemaError(ValueError):
    """The schema is malformed or inconsistent.

    ``problems`` is a list of ``(line, message)`` tuples sorted by line; ``str()``
    is a report with one ``<file>:<line>: <message>`` line per problem.
    """

    def __init__(self, problems: list[tuple[int, str]], source_name: str = ""):
        # Sort by line (stable, so same-line problems keep discovery order); drop
        # exact repeats, which can happen when a broken type is used many times.
        unique = list(dict.fromkeys(problems))
        self.problems: list[tuple[int, str]] = sorted(unique, key=lambda p: p[0])
        self.source_name = source_name
        super().__init__(self.report())

    def report(self) -> str:
        name = self.source_name or "<schema>"
        return "\n".join(f"{name}:{line}: {msg}" for line, msg in self.problems)

    def __str__(self) -> str:
        return self.report()


def parse_schema(source: Source, *, source_name: Optional[str] = None, strict: bool = False,
                 layers: Optional[tuple] = None) -> Schema:
    """Parse an SBE XML schema and apply the extension layers (default: Binance's,
    :mod:`codegen.binance`: ``mbx:exponent`` decimals, ``mantissa128``, ``messageData*``,
    ``optional*``).

    ``source`` is a filesystem path (``str``/``Path``) or the file's bytes.
    ``source_name`` overrides the name used in :attr:`Schema.source_name` and in
    error reports (default: the path's basename; empty for bytes).
    Ignored unknown elements/attributes are issued as :class:`SchemaWarning` (and kept in
    ``Schema.warnings``); with ``strict`` they are errors.
    Raises :class:`SchemaError` listing every problem found.
    """
    if layers is None:
        from . import binance
        layers = (binance,)
    data, name = _read(source, source_name)
    # no layer: every namespaced attribute is kept (for the caller's own layer), unwarned
    known = frozenset().union(*(l.ATTRIBUTES for l in layers)) if layers else None
    parser = _Parser(data, name, strict=strict, extension_attributes=known)
    schema = parser.parse(layers)
    for line, msg in schema.warnings:
        warnings.warn(SchemaWarning(f"{name or '<schema>'}:{line}: {msg}"), stacklevel=2)
    return schema


def parse_sbe(source: Source, *, source_name: Optional[str] = None,
              strict: bool = False) -> Schema:
    """Generic SBE 1.0 only: no extension layer; namespaced attributes are kept in
    ``extensions`` (unused, not warned about) for a layer the caller applies."""
    return parse_schema(source, source_name=source_name, strict=strict, layers=())


def _read(source: Source, source_name: Optional[str]) -> tuple[bytes, str]:
    if isinstance(source, (bytes, bytearray, memoryview)):
        data = bytes(source)
        name = source_name or ""
    else:
        path = Path(source)
        data = path.read_bytes()
        name = source_name or path.name
    return data, os.path.basename(name)


# -- small element helpers ------------------------------------------------------------


def _local(el) -> str:
    return etree.QName(el).localname


def _children(el) -> list:
    """Element children only (skips comments and processing instructions)."""
    return [c for c in el if isinstance(c.tag, str)]


# Schema values are parsed once, by the model (sbe._schema), for every consumer.
_parse_int = parse_int
_parse_scalar = parse_scalar
_constant_value = constant_value_of


def _is_var_composite(t: FieldType) -> bool:
    """A composite that ends in a length-0 member (a var-data encoding)."""
    return isinstance(t, CompositeType) and any(
        isinstance(m.type, EncodedType) and m.type.length == 0 for m in t.members)


def _is_unsigned_scalar(t: FieldType) -> bool:
    return isinstance(t, EncodedType) and t.primitive in _UNSIGNED and t.length == 1


class _Parser:
    def __init__(self, data: bytes, source_name: str, *, strict: bool = False,
                 extension_attributes: Optional[frozenset] = frozenset()):
        self.data = data
        self.source_name = source_name
        self.strict = strict
        # local names of the namespaced attributes some extension layer reads (None: all)
        self.extension_attributes = extension_attributes
        self.problems: list[tuple[int, str]] = []
        self.warnings: list[tuple[int, str]] = []
        self._lines = data.split(b"\n")
        self._tag_patterns: dict[str, "re.Pattern[bytes]"] = {}
        self.version = 0
        # name -> defining element, in document order (pass 1)
        self.raw: dict[str, object] = {}
        # element -> built type (None when it failed); elements as keys also keep the
        # lxml proxies alive, so identity-based lookups stay valid.
        self._built: dict[object, Optional[FieldType]] = {}
        self._building: set = set()
        self.types: dict[str, FieldType] = {}
        self._primitive_types: dict[str, EncodedType] = {}
        # composite name -> already checked as dimension / var data (report once)
        self._checked_dimension: set[str] = set()
        self._checked_var_data: set[str] = set()

    # -- reporting ------------------------------------------------------------------

    def line(self, el) -> int:
        """Line where the element's start tag begins.

        libxml2 reports the line where the start tag *ends*; for multi-line start
        tags we walk back to the line holding ``<qname``.  A start tag contains no
        literal ``<`` (not allowed in attribute values), so the nearest preceding
        ``<qname`` is the tag's own.
        """
        end = el.sourceline or 0
        if end <= 0 or end > len(self._lines):
            return end
        qname = f"{el.prefix}:{_local(el)}" if el.prefix else _local(el)
        pattern = self._tag_patterns.get(qname)
        if pattern is None:
            pattern = re.compile(b"<" + re.escape(qname.encode()) + rb"(?=[\s/>]|$)")
            self._tag_patterns[qname] = pattern
        for ln in range(end, 0, -1):
            if pattern.search(self._lines[ln - 1]):
                return ln
        return end

    def problem(self, where, message: str) -> None:
        line = where if isinstance(where, int) else self.line(where)
        self.problems.append((line, message))

    def ignored(self, where, message: str) -> None:
        """Something unknown that does not change the wire layout: a warning, or an error
        with ``strict``."""
        if self.strict:
            self.problem(where, message + " (strict mode)")
        else:
            line = where if isinstance(where, int) else self.line(where)
            self.warnings.append((line, message + ": ignored"))

    def unexpected(self, child, where: str) -> None:
        """An element with no meaning at this place: an SBE layout element is an error,
        anything else (vendor metadata, documentation) is ignored with a warning."""
        tag = _local(child)
        if tag == "include":
            self.problem(child, f"<{child.prefix + ':' if child.prefix else ''}{tag}> in "
                                f"{where} is not supported (XInclude): inline the included "
                                "types")
        elif tag in _LAYOUT_ELEMENTS:
            self.problem(child, f"unexpected element <{tag}> in {where}")
        else:
            self.ignored(child, f"unknown element <{child.prefix + ':' if child.prefix else ''}"
                                f"{tag}> in {where}")

    def leaf(self, el, where: str) -> None:
        """Elements that have no element children in SBE (validValue, field, ...)."""
        for child in _children(el):
            self.unexpected(child, where)

    def attributes(self, el) -> dict[str, str]:
        """Check ``el``'s attributes against SBE 1.0; returns its extension attributes."""
        known = _ATTRIBUTES.get(_local(el), ())
        ext: dict[str, str] = {}
        for key, value in el.attrib.items():
            if key.startswith("{"):
                uri, local = key[1:].split("}", 1)
                if uri in _XML_NAMESPACES:
                    continue
                if self.extension_attributes is None or local in self.extension_attributes:
                    ext[local] = value
                else:
                    prefix = el.nsmap and next(
                        (p for p, u in el.nsmap.items() if u == uri and p), None)
                    self.ignored(el, f"{self.what(el)}: unknown attribute "
                                     f"{(prefix + ':') if prefix else '{' + uri + '}'}{local}")
            elif key not in known:
                self.ignored(el, f"{self.what(el)}: unknown attribute '{key}'")
        return ext

    @staticmethod
    def what(el) -> str:
        """Human label of an element for messages: ``field 'price'``."""
        name = el.get("name")
        return f"{_local(el)} '{name}'" if name else f"<{_local(el)}>"

    # -- attribute helpers ----------------------------------------------------------

    def req(self, el, attr: str) -> Optional[str]:
        value = el.get(attr)
        if value is None or not value.strip():
            self.problem(el, f"{self.what(el)} is missing required attribute '{attr}'")
            return None
        return value.strip()

    def name_of(self, el) -> Optional[str]:
        name = self.req(el, "name")
        if name is not None and not _SYMBOL.match(name):
            self.problem(el, f"{_local(el)} name '{name}' is not a valid symbolic name")
        return name

    def int_attr(self, el, attr: str, *, default: Optional[int] = None, required: bool = False,
                 minimum: Optional[int] = 0) -> Optional[int]:
        raw = el.get(attr)
        if raw is None or not raw.strip():
            if required:
                self.problem(el, f"{self.what(el)} is missing required attribute '{attr}'")
            return default
        try:
            value = _parse_int(raw)
        except ValueError:
            self.problem(el, f"{self.what(el)}: {attr}=\"{raw}\" is not an integer")
            return default
        if minimum is not None and value < minimum:
            self.problem(el, f"{self.what(el)}: {attr}={value} must be >= {minimum}")
            return default
        return value

    def since(self, el) -> int:
        value = self.int_attr(el, "sinceVersion", default=0)
        if value > self.version:
            self.problem(el, f"{self.what(el)}: sinceVersion {value} is greater than the "
                             f"schema version {self.version}")
        return value

    def presence(self, el) -> Optional[str]:
        value = el.get("presence")
        if value is None:
            return None
        if value not in _PRESENCES:
            self.problem(el, f"{self.what(el)}: presence=\"{value}\" is not one of "
                             f"{', '.join(_PRESENCES)}")
            return None
        return value

    def value_attr(self, el, attr: str, primitive: str) -> Optional[Union[int, float]]:
        raw = el.get(attr)
        if raw is None:
            return None
        try:
            return _parse_scalar(raw, primitive)
        except ValueError as exc:
            detail = str(exc) if "range" in str(exc) else "not a number"
            self.problem(el, f"{self.what(el)}: {attr}=\"{raw}\" is not representable "
                             f"as {primitive} ({detail})")
            return None

    # -- top level ------------------------------------------------------------------

    def parse(self, layers=()) -> Schema:
        try:
            parser = etree.XMLParser(resolve_entities=False, no_network=True)
            root = etree.fromstring(self.data, parser)
        except etree.XMLSyntaxError as exc:
            raise SchemaError([(exc.lineno or 0, f"XML syntax error: {exc.msg}")],
                              self.source_name) from None
        if _local(root) != "messageSchema":
            raise SchemaError([(self.line(root), f"root element is <{_local(root)}>, "
                                                 "expected <messageSchema>")], self.source_name)

        root_ext = self.attributes(root)
        self.version = self.int_attr(root, "version", default=0)
        schema_id = self.int_attr(root, "id", required=True)
        byte_order = root.get("byteOrder", "littleEndian")
        if byte_order not in _BYTE_ORDERS:
            self.problem(root, f"byteOrder=\"{byte_order}\" is not one of "
                               f"{', '.join(_BYTE_ORDERS)}")
        header_type = root.get("headerType", "messageHeader")

        types_blocks = [c for c in _children(root) if _local(c) == "types"]
        message_els = [c for c in _children(root) if _local(c) == "message"]
        for c in _children(root):
            if _local(c) not in ("types", "message"):
                self.unexpected(c, "<messageSchema>")
            elif _local(c) == "types":
                self.attributes(c)

        # Pass 1: every named type, in document order.  Pass 2: build them all.
        for block in types_blocks:
            self._collect_types(block)
        for name, el in self.raw.items():
            t = self._build(el)
            if t is not None:
                self.types[name] = t

        header = self._header(root, header_type)
        messages = self._messages(message_els)

        if self.problems:
            raise SchemaError(self.problems, self.source_name)
        schema = Schema(
            package=root.get("package", ""),
            id=schema_id or 0,
            version=self.version,
            semantic_version=root.get("semanticVersion", ""),
            byte_order=byte_order,
            header=header,  # type: ignore[arg-type]  # not None when there are no problems
            types=self.types,
            messages=messages,
            description=root.get("description", ""),
            source_name=self.source_name,
            sha256=hashlib.sha256(self.data).hexdigest(),
            extensions=root_ext,
        )
        for layer in layers:
            layer.apply(schema, self.problem)
        if self.problems:
            raise SchemaError(self.problems, self.source_name)
        schema.warnings = sorted(dict.fromkeys(self.warnings), key=lambda w: w[0])
        return schema

    def _header(self, root, header_type: str) -> Optional[CompositeType]:
        header = self.types.get(header_type)
        if header is None:
            if header_type not in self.raw:  # else: already reported while building it
                self.problem(root, f"headerType composite '{header_type}' is not defined")
            return None
        if not isinstance(header, CompositeType):
            self.problem(header.line, f"headerType '{header_type}' must be a composite")
            return None
        for member in _HEADER_MEMBERS:
            m = header.member(member)
            if m is None:
                self.problem(header.line, f"header composite '{header_type}' is missing "
                                          f"member '{member}'")
            elif not _is_unsigned_scalar(m.type):
                self.problem(header.line, f"header composite '{header_type}': member "
                                          f"'{member}' must be an unsigned integer")
        return header

    # -- types ----------------------------------------------------------------------

    def _collect_types(self, parent) -> None:
        """Register named types under ``parent`` (a <types> or a <composite>)."""
        in_types = _local(parent) == "types"
        for el in _children(parent):
            tag = _local(el)
            if tag in ("type", "ref") and not in_types:
                continue  # composite members: named, but not schema-level types
            if tag not in ("type", "composite", "enum", "set"):
                if in_types:
                    self.unexpected(el, "<types>")
                continue  # unexpected composite children are reported when building
            name = self.name_of(el)
            if name is not None:
                first = self.raw.get(name)
                if first is not None:
                    self.problem(el, f"duplicate type name '{name}' (first defined at line "
                                     f"{self.line(first)})")
                else:
                    self.raw[name] = el
            if tag == "composite":
                self._collect_types(el)

    def _build(self, el) -> Optional[FieldType]:
        """Build (once) the type defined by a registered/nested element."""
        if el in self._built:
            return self._built[el]
        if el in self._building:
            self.problem(el, f"{self.what(el)}: circular type reference")
            return None
        self._building.add(el)
        try:
            tag = _local(el)
            if tag == "type":
                t: Optional[FieldType] = self._encoded(el, member=False)
            elif tag == "enum":
                t = self._enum(el)
            elif tag == "set":
                t = self._set(el)
            else:
                t = self._composite(el)
        finally:
            self._building.discard(el)
        self._built[el] = t
        return t

    def _named(self, name: str, el, attr: str = "type") -> Optional[FieldType]:
        """A reference to a named type (not a primitive) from ``el``."""
        if name in self.raw:
            return self._build(self.raw[name])  # None if broken: already reported
        self.problem(el, f"{self.what(el)}: unknown type '{name}' in {attr}")
        return None

    def _encoded(self, el, *, member: bool, last_member: bool = False) -> Optional[EncodedType]:
        ext = self.attributes(el)
        self.leaf(el, self.what(el))
        name = self.name_of(el)
        primitive = self.req(el, "primitiveType")
        if primitive is not None and primitive not in PRIMITIVES:
            self.problem(el, f"{self.what(el)}: unknown primitiveType '{primitive}'")
            primitive = None
        length = self.int_attr(el, "length", default=1)
        if length == 0 and not (member and last_member):
            self.problem(el, f"{self.what(el)}: length=\"0\" is only allowed for the last "
                             "(varData) member of a var-data composite")
        presence = self.presence(el) or "required"
        since = self.since(el)
        if name is None or primitive is None:
            return None
        t = EncodedType(
            name=name,
            primitive=primitive,
            length=length,
            presence=presence,
            null_value=self.value_attr(el, "nullValue", primitive),
            min_value=self.value_attr(el, "minValue", primitive),
            max_value=self.value_attr(el, "maxValue", primitive),
            character_encoding=el.get("characterEncoding"),
            since_version=since,
            description=el.get("description", ""),
            line=self.line(el),
            extensions=ext,
        )
        if presence == "constant":
            text = (el.text or "").strip()
            if not text:
                self.problem(el, f"{self.what(el)}: constant type has no value")
            else:
                t.constant = text
                if primitive == "char" and el.get("length") is None and len(text) > 1:
                    # SbeTool reads an unsized char constant as a char array of its text
                    # (the spec's Car example: <type name="fuel" ...>Petrol</type>)
                    t.length = len(text)
                try:
                    _constant_value(t)
                except ValueError as exc:
                    self.problem(el, f"{self.what(el)}: constant value '{text}' is not "
                                     f"representable as {primitive} ({exc})")
        return t

    def _encoding(self, el, allowed: frozenset, what: str
                  ) -> tuple[Optional[str], Optional[Union[int, float]]]:
        """Resolve an enum/set ``encodingType``: a primitive or a named <type>.

        Returns (primitive, the named type's explicit nullValue).
        """
        enc = self.req(el, "encodingType")
        if enc is None:
            return None, None
        if enc in self.raw:
            t = self._build(self.raw[enc])
            if t is None:
                return None, None
            if not (isinstance(t, EncodedType) and t.length == 1 and t.primitive in allowed):
                self.problem(el, f"{self.what(el)}: encodingType '{enc}' must be one of "
                                 f"{what}")
                return None, None
            return t.primitive, t.null_value
        if enc in PRIMITIVES:
            if enc not in allowed:
                self.problem(el, f"{self.what(el)}: encodingType '{enc}' must be one of {what}")
                return None, None
            return enc, None
        self.problem(el, f"{self.what(el)}: unknown type '{enc}' in encodingType")
        return None, None

    def _enum(self, el) -> Optional[EnumType]:
        ext = self.attributes(el)
        name = self.name_of(el)
        encoding, type_null = self._encoding(el, _INT_PRIMITIVES | {"char"},
                                             "char or an integer primitive")
        presence = self.presence(el) or "required"
        since = self.since(el)
        null_value = type_null
        if encoding is not None and el.get("nullValue") is not None:
            null_value = self.value_attr(el, "nullValue", encoding)
        values: list[EnumValue] = []
        seen_names: dict[str, int] = {}
        seen_values: dict[int, str] = {}
        for child in _children(el):
            if _local(child) != "validValue":
                self.unexpected(child, f"enum '{name}'")
                continue
            vext = self.attributes(child)
            self.leaf(child, self.what(child))
            vname = self.name_of(child)
            vsince = self.since(child)
            text = child.text or ""
            if vname is None or encoding is None:
                continue
            if not text.strip():
                self.problem(child, f"enum '{name}': validValue '{vname}' has no value")
                continue
            try:
                # char enums: a single character is its code ("F" -> 70); else a number
                value = int(_parse_scalar(text if encoding != "char" else text.strip(), encoding))
            except ValueError as exc:
                self.problem(child, f"enum '{name}': value '{text.strip()}' of '{vname}' is not "
                                    f"representable in {encoding} ({exc})")
                continue
            if vname in seen_names:
                self.problem(child, f"enum '{name}': duplicate validValue name '{vname}'")
            elif value in seen_values:
                self.problem(child, f"enum '{name}': validValue '{vname}' duplicates the value "
                                    f"{value} of '{seen_values[value]}'")
            seen_names.setdefault(vname, value)
            seen_values.setdefault(value, vname)
            values.append(EnumValue(vname, value, vsince, child.get("description", ""), vext))
        if name is None or encoding is None:
            return None
        return EnumType(name=name, encoding=encoding, values=values, presence=presence,
                        null_value=None if null_value is None else int(null_value),
                        since_version=since, description=el.get("description", ""),
                        line=self.line(el), extensions=ext)

    def _set(self, el) -> Optional[SetType]:
        ext = self.attributes(el)
        name = self.name_of(el)
        encoding, _ = self._encoding(el, _UNSIGNED, "uint8, uint16, uint32, uint64")
        since = self.since(el)
        choices: list[Choice] = []
        seen_names: set[str] = set()
        seen_bits: dict[int, str] = {}
        for child in _children(el):
            if _local(child) != "choice":
                self.unexpected(child, f"set '{name}'")
                continue
            cext = self.attributes(child)
            self.leaf(child, self.what(child))
            cname = self.name_of(child)
            csince = self.since(child)
            if cname is None or encoding is None:
                continue
            text = (child.text or "").strip()
            try:
                bit = _parse_int(text)
            except ValueError:
                self.problem(child, f"set '{name}': choice '{cname}' bit '{text}' is not an "
                                    "integer")
                continue
            width = PRIMITIVES[encoding][0] * 8
            if not 0 <= bit < width:
                self.problem(child, f"set '{name}': choice '{cname}' bit {bit} is outside the "
                                    f"{width}-bit {encoding} encoding (0..{width - 1})")
                continue
            if cname in seen_names:
                self.problem(child, f"set '{name}': duplicate choice name '{cname}'")
            elif bit in seen_bits:
                self.problem(child, f"set '{name}': choice '{cname}' duplicates bit {bit} of "
                                    f"'{seen_bits[bit]}'")
            seen_names.add(cname)
            seen_bits.setdefault(bit, cname)
            choices.append(Choice(cname, bit, csince, child.get("description", ""), cext))
        if name is None or encoding is None:
            return None
        return SetType(name=name, encoding=encoding, choices=choices, since_version=since,
                       description=el.get("description", ""), line=self.line(el),
                       extensions=ext)

    def _composite(self, el) -> Optional[CompositeType]:
        ext = self.attributes(el)
        name = self.name_of(el)
        since = self.since(el)
        members: list[Member] = []
        seen: set[str] = set()
        offset = 0
        children = _children(el)
        for i, child in enumerate(children):
            tag = _local(child)
            last = i == len(children) - 1
            if tag == "type":
                t: Optional[FieldType] = self._encoded(child, member=True, last_member=last)
                mname = t.name if t is not None else None
            elif tag in ("enum", "set", "composite"):
                t = self._build(child)  # registered by name in pass 1: same object
                mname = child.get("name")
            elif tag == "ref":
                self.attributes(child)
                self.leaf(child, self.what(child))
                mname = self.name_of(child)
                tname = self.req(child, "type")
                t = self._named(tname, child) if tname is not None else None
            else:
                self.unexpected(child, f"composite '{name}'")
                continue
            explicit = self.int_attr(child, "offset")
            if t is None or mname is None:
                continue
            if mname in seen:
                self.problem(child, f"composite '{name}': duplicate member name '{mname}'")
            seen.add(mname)
            if explicit is not None:
                if explicit < offset:
                    self.problem(child, f"composite '{name}': offset {explicit} of member "
                                        f"'{mname}' overlaps the previous member (ends at "
                                        f"{offset})")
                else:
                    offset = explicit
            members.append(Member(mname, t, offset, kind_of(t)))
            if getattr(t, "presence", "required") != "constant":
                offset += t.size
        if name is None:
            return None
        return CompositeType(name=name, members=members, size=offset, since_version=since,
                             description=el.get("description", ""), line=self.line(el),
                             extensions=ext)

    def _field_type(self, name: str, el) -> Optional[FieldType]:
        """A field's ``type``: a named type, else a bare primitive."""
        if name in self.raw:
            return self._build(self.raw[name])
        if name in PRIMITIVES:
            t = self._primitive_types.get(name)
            if t is None:
                t = self._primitive_types[name] = EncodedType(name=name, primitive=name)
            return t
        self.problem(el, f"{self.what(el)}: unknown type '{name}'")
        return None

    # -- messages -------------------------------------------------------------------

    def _messages(self, message_els: list) -> list[Message]:
        messages: list[Message] = []
        names: dict[str, int] = {}
        ids: dict[int, int] = {}
        for el in message_els:
            msg = self._block(el, is_group=False)
            if msg is None:
                continue
            assert isinstance(msg, Message)
            line = msg.line
            if msg.name in names:
                self.problem(line, f"duplicate message name '{msg.name}' (also at line "
                                   f"{names[msg.name]})")
            else:
                names[msg.name] = line
            if msg.id in ids:
                self.problem(line, f"duplicate message id {msg.id} in message '{msg.name}' "
                                   f"(also at line {ids[msg.id]})")
            else:
                ids[msg.id] = line
            messages.append(msg)
        return messages

    def _block(self, el, *, is_group: bool) -> Optional[Union[Message, Group]]:
        """A message or group: fixed fields, then groups, then var data."""
        label = "group" if is_group else "message"
        ext = self.attributes(el)
        name = self.name_of(el)
        block_id = self.int_attr(el, "id", required=True)
        since = self.since(el)
        fields: list[Field] = []
        groups: list[Group] = []
        data: list[Data] = []
        seen: dict[str, int] = {}  # fields, groups and data share one namespace
        offset = 0
        stage = 0  # 0: fields, 1: groups, 2: data
        for child in _children(el):
            tag = _local(child)
            what = self.what(child)
            if tag == "field":
                if stage > 0:
                    self.problem(child, f"{label} '{name}': {what} must come before all groups "
                                        "and var data")
                f = self._field(child, offset)
                if f is not None:
                    fields.append(f)
                    if f.presence != "constant":
                        offset = f.offset + f.size
            elif tag == "group":
                if stage > 1:
                    self.problem(child, f"{label} '{name}': {what} must come before all var "
                                        "data")
                stage = max(stage, 1)
                g = self._block(child, is_group=True)
                if g is not None:
                    groups.append(g)  # type: ignore[arg-type]
            elif tag == "data":
                stage = 2
                d = self._data(child)
                if d is not None:
                    data.append(d)
            else:
                self.unexpected(child, f"{label} '{name}'")
                continue
            cname = child.get("name")
            if cname:
                if cname in seen:
                    self.problem(child, f"{label} '{name}': duplicate name '{cname}' (also at "
                                        f"line {seen[cname]})")
                else:
                    seen[cname] = self.line(child)

        block_length = offset
        explicit = self.int_attr(el, "blockLength")
        if explicit is not None:
            if explicit < offset:
                self.problem(el, f"{label} '{name}': blockLength {explicit} is smaller than its "
                                 f"fields ({offset} bytes)")
            else:
                block_length = explicit  # trailing padding

        dimension = None
        if is_group:
            dim_name = el.get("dimensionType", "groupSizeEncoding")
            dimension = self._dimension(dim_name, el)
        if name is None or block_id is None:
            return None
        common = dict(name=name, id=block_id, block_length=block_length, fields=fields,
                      groups=groups, data=data, since_version=since,
                      description=el.get("description", ""), line=self.line(el),
                      extensions=ext)
        if is_group:
            return Group(**common, dimension=dimension)
        return Message(**common, semantic_type=el.get("semanticType", ""))

    def _dimension(self, dim_name: str, el) -> Optional[CompositeType]:
        if dim_name not in self.raw:
            self.problem(el, f"{self.what(el)}: unknown dimensionType '{dim_name}'")
            return None
        dim = self._build(self.raw[dim_name])
        if dim is None:
            return None
        if not isinstance(dim, CompositeType):
            self.problem(el, f"{self.what(el)}: dimensionType '{dim_name}' is not a composite")
            return None
        if dim_name not in self._checked_dimension:  # report a bad composite once
            self._checked_dimension.add(dim_name)
            for member in _DIMENSION_MEMBERS:
                m = dim.member(member)
                if m is None:
                    self.problem(dim.line, f"group dimension composite '{dim_name}' is missing "
                                           f"member '{member}'")
                elif not _is_unsigned_scalar(m.type):
                    self.problem(dim.line, f"group dimension composite '{dim_name}': member "
                                           f"'{member}' must be an unsigned integer")
        return dim

    def _field(self, el, offset: int) -> Optional[Field]:
        ext = self.attributes(el)
        self.leaf(el, self.what(el))
        name = self.name_of(el)
        field_id = self.int_attr(el, "id", required=True)
        type_name = self.req(el, "type")
        since = self.since(el)
        presence_attr = self.presence(el)
        explicit = self.int_attr(el, "offset")
        value_ref = el.get("valueRef")
        what = self.what(el)
        if name is None or field_id is None or type_name is None:
            return None
        ftype = self._field_type(type_name, el)
        if ftype is None:
            return None
        if _is_var_composite(ftype):
            self.problem(el, f"{what}: var-data composite '{ftype.name}' can only be used by a "
                             "<data> element")
            return None
        presence = presence_attr or getattr(ftype, "presence", "required")

        constant_value = None
        if value_ref is not None and presence != "constant":
            self.problem(el, f"{what}: valueRef requires presence=\"constant\"")
        if presence == "constant":
            if value_ref is not None:
                resolved = self._value_ref(value_ref, ftype, el)
                if resolved is not None:
                    ftype, constant_value = resolved
            elif isinstance(ftype, EncodedType) and ftype.constant is not None:
                try:
                    constant_value = _constant_value(ftype)
                except ValueError:
                    pass  # reported on the type
            else:
                self.problem(el, f"{what}: constant field has no value (needs valueRef or a "
                                 "constant type)")

        field_offset = offset
        if presence != "constant" and explicit is not None:
            if explicit < offset:
                self.problem(el, f"{what}: offset {explicit} overlaps the previous field "
                                 f"(which ends at {offset})")
            else:
                field_offset = explicit

        return Field(name=name, id=field_id, type=ftype, offset=field_offset,
                     kind=kind_of(ftype), presence=presence, since_version=since,
                     constant_value=constant_value, description=el.get("description", ""),
                     line=self.line(el), extensions=ext)

    def _value_ref(self, ref: str, ftype: FieldType, el) -> Optional[tuple[EnumType, str]]:
        what = self.what(el)
        enum_name, dot, value_name = ref.strip().partition(".")
        if not dot or not enum_name or not value_name:
            self.problem(el, f"{what}: valueRef '{ref}' is not of the form enumName.valueName")
            return None
        enum = self.types.get(enum_name)
        if not isinstance(enum, EnumType):
            if enum_name in self.raw and enum_name not in self.types:
                return None  # the enum itself is broken: already reported
            self.problem(el, f"{what}: valueRef '{ref}' does not name an enum")
            return None
        if all(v.name != value_name for v in enum.values):
            self.problem(el, f"{what}: valueRef '{ref}': enum '{enum_name}' has no value "
                             f"'{value_name}'")
            return None
        if isinstance(ftype, EnumType) and ftype.name != enum_name:
            self.problem(el, f"{what}: valueRef '{ref}' does not match the field type "
                             f"'{ftype.name}'")
            return None
        return enum, value_name

    def _data(self, el) -> Optional[Data]:
        ext = self.attributes(el)
        self.leaf(el, self.what(el))
        name = self.name_of(el)
        data_id = self.int_attr(el, "id", required=True)
        type_name = self.req(el, "type")
        since = self.since(el)
        if name is None or data_id is None or type_name is None:
            return None
        if type_name in PRIMITIVES and type_name not in self.raw:
            self.problem(el, f"{self.what(el)}: var data type must be a composite, not "
                             f"'{type_name}'")
            return None
        t = self._named(type_name, el)
        if t is None:
            return None
        if not isinstance(t, CompositeType):
            self.problem(el, f"{self.what(el)}: var data type '{type_name}' is not a composite")
            return None
        if not self._check_var_data(t):
            return None
        var = t.member("varData")
        kind = model.DATA_TEXT if var.type.character_encoding else model.DATA_BYTES  # type: ignore[union-attr]
        return Data(name=name, id=data_id, type=t, kind=kind, optional=False,
                    since_version=since, description=el.get("description", ""),
                    line=self.line(el), extensions=ext)

    def _check_var_data(self, t: CompositeType) -> bool:
        """``length`` (unsigned int) followed by ``varData`` (length 0, uint8/char)."""
        ok = True
        length = t.member("length")
        var = t.member("varData")
        problems = []
        if length is None:
            problems.append("is missing member 'length'")
        elif not _is_unsigned_scalar(length.type):
            problems.append("member 'length' must be an unsigned integer")
        if var is None:
            problems.append("is missing member 'varData'")
        elif not (isinstance(var.type, EncodedType) and var.type.length == 0
                  and var.type.primitive in ("uint8", "char")):
            problems.append("member 'varData' must be a uint8 or char <type> with length=\"0\"")
        if problems:
            ok = False
            if t.name not in self._checked_var_data:  # report a bad composite once
                for p in problems:
                    self.problem(t.line, f"var-data composite '{t.name}' {p}")
        self._checked_var_data.add(t.name)
        return ok
