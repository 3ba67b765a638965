"""Binance's JSON answers in the decoded shape of SBE answers, and back.

When Binance answers JSON (SBE disabled, ``accept_json=True``), :func:`from_json` turns the
parsed JSON into exactly what :func:`sbe.spot.decode` returns for the same data: ``$message``,
the schema's field names, ints/floats/``Decimal`` per ``decimals``, numpy/list/flat groups
per ``groups``. :func:`to_json` is the inverse (the local server's JSON answers).

Nothing here is written per endpoint: both directions walk the schema model
(:mod:`sbe._schema`, the generated ``*_ir`` module) and read Binance's own annotations:

* ``mbx:jsonPath`` — where a field, group or var data lives in the JSON object of its
  block: absent = the schema name; ``"limit"`` = another key; ``"a.b"`` = nested objects;
  ``".."`` = the value is the block's JSON value itself (a group whose JSON *is* the list:
  ``trades``; a var data that *is* the element: ``permissions`` strings, exchangeInfo
  filters); ``"[]"`` = the next position of a JSON array (depth levels ``[price, qty]``,
  klines rows).
* ``mbx:jsonValue`` — the JSON string of an enum value or set choice (``"PARTIALLY_FILLED"``).
  A string the schema does not know reads as ``NonRepresentable`` (what SBE sends for a value
  newer than the schema); a ``boolEnum`` is a JSON bool.
* ``mbx:jsonDefaultValue`` — the JSON value Binance shows for an SBE null (``"0"`` prices,
  ``-1`` times and ids): that value reads as null (``None``) for optional fields, and a
  missing key of a required field reads as that value.
* ``mbx:jsonOmitNull`` — the key is left out when empty (``sors``).
* nested ``messageData*``: a JSON object whose constant enum key matches (``"filterType":
  "PRICE_FILTER"`` -> ``PriceFilter``; an unknown filter type -> ``NonRepresentableMessage``,
  template 999, as SBE sends it), otherwise the response message whose keys fit best.
* a set choice string the schema does not know is left out (SBE cannot carry it either).

Exponents: JSON has none; decimals are strings. A message's exponent field takes the scale
of the strings that use it (``"87000.01"`` -> -2; ``"87000.01000000"`` -> -8; the finest
scale wins when they differ, the others are scaled exactly). Values (``decimals="float"`` or
``"decimal"``) are therefore always those of the SBE answer; raw mantissas and exponents are
equal to SBE's when the JSON prints decimals at the SBE exponent's scale (the local server
does; Binance pads most strings to 8 places, giving exponent -8 and mantissas scaled to it).
An exponent no string uses (empty group, only nulls) is 0.

Times: ``utcTimestampUs`` fields are µs (Binance's JSON with ``X-MBX-TIME-UNIT:
MICROSECOND``, which the REST client sends); ``time_unit="ms"`` reads/writes ms JSON.

Missing keys: optional fields read as ``None``; required ones fall back to their
``jsonDefaultValue``; Binance leaves some fields out of its JSON when they do not apply
(``usedSor``, ``workingFloor``, ``preventedQuantity``, ``matchType``, empty
``preventedMatches``), so a missing required boolean reads as ``False``, enum as
``NonRepresentable`` (when the enum has it), decimal as 0 and group as ``[]``. Any other
missing key (ids, times, counts, text, nested messages) or a value of the wrong type raises
:class:`sbe.errors.JsonShapeError` (a ``ValueError``) naming the JSON path (``$.bids[3][0]``).

The result goes through the same runtime path as SBE answers: the converted message is
encoded (:func:`sbe.spot.encode`) and decoded with the caller's options, so both shapes are
equal by construction. Groups of fixed entries (depth levels, klines, trades) take a fast
path that writes their wire bytes with numpy instead of walking each value (see "the fast
path" below); it declines anything the walk would read differently. Importing this module
needs neither the client extras nor numpy.
"""

from __future__ import annotations

import importlib
import math
from decimal import Decimal, InvalidOperation
from typing import Any, Dict, List, Optional, Sequence, Tuple, Union

from sbe._schema import (DATA_BYTES, DATA_MESSAGE, KIND_CHAR, KIND_ENUM, KIND_FLOAT,
                         KIND_INT, KIND_MANTISSA, KIND_MANTISSA128, KIND_SET, KIND_STRING,
                         Block, EnumType, Field, Message, SetType, primitive_range)
from sbe.errors import EncodeError, JsonShapeError

__all__ = ["from_json", "to_json", "to_message", "pick_message", "JsonShapeError",
           "TIME_UNITS"]

TIME_UNITS = ("us", "ms")
_TIME_TYPES = frozenset({"utcTimestampUs"})
_NONREP = "NonRepresentable"
_NONREP_MESSAGE = "NonRepresentableMessage"  # template 999
#: nested messageData without a discriminating key: candidates are the REST/WS API
#: response messages (templateId 100-599; 50-54 are WebSocket envelopes, 600+ events)
_RESPONSE_IDS = range(100, 600)
_EXP_RANGE = (-127, 127)  # exponent8: -128 is its null
_MAX_NESTING = 32  # nested messageData, as the SBE decoders allow


# -- the model ------------------------------------------------------------------------------

class _Model:
    """The schema model of one generated module plus the lookups both directions use."""

    def __init__(self, module):
        self.module = module
        ir = importlib.import_module(
            f"sbe._generated.{module.__name__.rsplit('.', 1)[-1]}_ir")
        self.schema = ir.MODEL
        self.messages: Dict[str, Message] = {m.name: m for m in self.schema.messages}
        self._enum_in: Dict[str, Dict[str, str]] = {}
        self._enum_out: Dict[str, Dict[str, str]] = {}
        # (json key, json value) of a constant enum field -> message (filters, rules)
        self.by_constant: Dict[Tuple[str, str], Message] = {}
        self.constant_keys = set()
        for m in self.schema.messages:
            for f in m.fields:
                if f.presence == "constant" and isinstance(f.type, EnumType):
                    key = _key_of(f)
                    jv = self.enum_out(f.type).get(str(f.constant_value))
                    if jv is not None:
                        self.by_constant[(key, jv)] = m
                        self.constant_keys.add(key)
        self._keys: Dict[int, Tuple[frozenset, frozenset]] = {}

    def enum_out(self, t: Union[EnumType, SetType]) -> Dict[str, str]:
        """value/choice name -> JSON string."""
        d = self._enum_out.get(t.name)
        if d is None:
            vals = t.values if isinstance(t, EnumType) else t.choices
            d = {v.name: v.extensions.get("jsonValue", v.name) for v in vals}
            self._enum_out[t.name] = d
            self._enum_in[t.name] = {j: n for n, j in d.items()}
        return d

    def enum_in(self, t: Union[EnumType, SetType]) -> Dict[str, str]:
        """JSON string -> value/choice name."""
        self.enum_out(t)
        return self._enum_in[t.name]

    def keys(self, blk: Block) -> Tuple[frozenset, frozenset]:
        """(every top-level JSON key of an entry of ``blk``, the keys it cannot do without)."""
        k = self._keys.get(id(blk))
        if k is None:
            every, needed = set(), set()
            for f in blk.fields:
                if f.is_exponent or f.presence == "constant":
                    continue
                jp = f.extensions.get("jsonPath")
                if jp in ("..", "[]"):
                    continue
                key = (jp or f.name).split(".")[0]
                every.add(key)
                if (f.presence == "required" and "jsonDefaultValue" not in f.extensions
                        and not _has_stand_in(f)):
                    needed.add(key)
            for g in blk.groups:
                if g.extensions.get("jsonPath") != "..":
                    every.add(g.extensions.get("jsonPath") or g.name)
            for d in blk.data:
                jp = d.extensions.get("jsonPath")
                if jp == "..":
                    continue
                every.add(jp or d.name)
                if not d.optional and "jsonDefaultValue" not in d.extensions:
                    needed.add(jp or d.name)
            k = self._keys[id(blk)] = (frozenset(every), frozenset(needed))
        return k


_MODELS: Dict[str, _Model] = {}


def _model(module=None) -> _Model:
    if module is None:
        from sbe import spot as module
    m = _MODELS.get(module.__name__)
    if m is None:
        m = _MODELS[module.__name__] = _Model(module)
    return m


def _key_of(f) -> str:
    return f.extensions.get("jsonPath") or f.name


def _has_stand_in(f: Field) -> bool:
    """A required field Binance may leave out of its JSON (see the module doc)."""
    if f.kind in (KIND_MANTISSA, KIND_MANTISSA128):
        return True
    if f.kind == KIND_ENUM and isinstance(f.type, EnumType):
        return f.type.is_bool or any(v.name == _NONREP for v in f.type.values)
    return False


_SHAPES: Dict[int, tuple] = {}


def _shape(blk: Block) -> tuple:
    """(the group whose JSON is the block's own JSON value (``mbx:jsonPath=".."``) or None,
    whether the block's JSON is an array of its ``"[]"`` fields)."""
    sh = _SHAPES.get(id(blk))
    if sh is None:
        root = next((g for g in blk.groups if g.extensions.get("jsonPath") == ".."), None)
        pos = any(f.extensions.get("jsonPath") == "[]" for f in blk.fields)
        sh = _SHAPES[id(blk)] = (root, pos, blk)  # blk kept: ids stay unique
    return sh


def _root_list_group(blk: Block):
    return _shape(blk)[0]


def _is_positional(blk: Block) -> bool:
    return _shape(blk)[1]


# -- JSON -> message dict -------------------------------------------------------------------

def _err(reason: str, path: List[str]) -> JsonShapeError:
    return JsonShapeError(reason, path=path)


class _Reader:
    """One message: the walk, then the exponents of the strings it saw."""

    def __init__(self, model: _Model, time_unit: str, depth: int = 0, fast=None):
        self.model = model
        self.depth = depth
        self.scale = 1000 if time_unit == "ms" else 1
        #: {group name: _GroupPlan} of the message read column-wise (see _FastGroups), or None
        self.fast = fast
        self.columns: list = []  # parsed decimals of the fast groups, scaled in resolve()
        # (id of the block dict holding the exponent, its name) -> [finest scale seen, path
        # of that string, [(dict, key, Decimal, path, lo, hi) of each mantissa using it]]
        self.exps: Dict[Tuple[int, str], list] = {}
        self.owners: Dict[int, dict] = {}

    # message level
    def message(self, msg: Message, obj, path: List[str]) -> dict:
        out: dict = {"$message": msg.name}
        self.block(msg, obj, out, [out], path)
        self.resolve()
        return out

    def resolve(self) -> None:
        for (oid, name), (exp, first, items) in self.exps.items():
            owner = self.owners[oid]
            if exp is None:
                continue  # no string used it: the placeholder (0, or None when optional)
            if not _EXP_RANGE[0] <= exp <= _EXP_RANGE[1]:
                raise _err(f"decimal with {-exp} places: no exponent8 holds it", first)
            owner[name] = exp
            for d, key, value, p, lo, hi in items:
                m = int(value.scaleb(-exp))
                if not lo <= m <= hi:
                    raise _err(f"decimal {value} does not fit the mantissa's range with "
                               f"exponent {exp}", p)
                d[key] = m
        for parsed in self.columns:
            _scale_columns(self, *parsed)

    def block(self, blk: Block, obj, out: dict, stack: List[dict], path: List[str]) -> None:
        root, positional, _ = _shape(blk)
        if root is None and not positional:
            single = [x for x in list(blk.fields) + list(blk.data)
                      if x.extensions.get("jsonPath") == ".."]
            if not single and not isinstance(obj, dict):
                raise _err(f"expected a JSON object for {blk.name}, got "
                           f"{type(obj).__name__}", path)
        if positional and not isinstance(obj, list):
            raise _err(f"expected a JSON array for {blk.name}, got {type(obj).__name__}", path)
        pos = 0
        for f in blk.fields:
            if f.presence == "constant":
                continue
            if f.is_exponent:
                out[f.name] = 0 if f.presence == "required" else None
                continue
            jp = f.extensions.get("jsonPath")
            if jp == "[]":
                p = path + [f"[{pos}]"]
                v = obj[pos] if pos < len(obj) else _MISSING
                pos += 1
            else:
                v, p = _lookup(obj, jp, f.name, path)
            out[f.name] = self.field(f, v, p, stack, out)
        for g in blk.groups:
            jp = g.extensions.get("jsonPath")
            if jp == "..":
                rows, p = obj, path
            else:
                rows, p = _lookup(obj, jp, g.name, path)
            if rows is _MISSING or rows is None:
                rows = []
            if not isinstance(rows, list):
                raise _err(f"expected a JSON array for group {g.name!r}, got "
                           f"{type(rows).__name__}", p)
            if self.fast is not None and stack[-1] is stack[0]:
                out[g.name] = self.fast[g.name].read(self, rows, stack, p)
                continue
            entries = []
            for i, row in enumerate(rows):
                e: dict = {}
                self.block(g, row, e, stack + [e], p + [f"[{i}]"])
                entries.append(e)
            out[g.name] = entries
        for d in blk.data:
            jp = d.extensions.get("jsonPath")
            v, p = _lookup(obj, jp, d.name, path)
            if v is _MISSING and jp is None and d.kind == DATA_MESSAGE and isinstance(obj, dict) \
                    and not blk.fields and len(blk.data) == 1 and not blk.groups:
                v, p = obj, path  # a group entry that is only a nested message: the element
            out[d.name] = self.data(d, v, p)

    def data(self, d, v, path):
        default = d.extensions.get("jsonDefaultValue")
        if v is _MISSING or v is None:
            if d.optional:
                return None
            if default is not None and d.kind != DATA_MESSAGE:
                return default
            raise _err(f"missing required {d.name!r}", path)
        if d.kind == DATA_MESSAGE:
            if not isinstance(v, dict):
                raise _err(f"expected a JSON object (nested message), got "
                           f"{type(v).__name__}", path)
            if self.depth >= _MAX_NESTING:
                raise _err(f"nested messages deeper than {_MAX_NESTING}", path)
            nested = pick_nested(self.model, v, path)
            return _Reader(self.model, "ms" if self.scale == 1000 else "us",
                           self.depth + 1).message(nested, v, path)
        if d.kind == DATA_BYTES:
            if not isinstance(v, str):
                raise _err(f"expected a hex string, got {type(v).__name__}", path)
            try:
                return bytes.fromhex(v)
            except ValueError:
                raise _err("not a hex string", path) from None
        if not isinstance(v, str):
            raise _err(f"expected a string, got {type(v).__name__}", path)
        if d.optional and default is not None and v == default:
            return None
        try:
            n = len(v.encode(d.character_encoding or "utf-8"))
        except (UnicodeEncodeError, LookupError):
            raise _err(f"text not encodable as {d.character_encoding or 'UTF-8'}", path) from None
        if n > d.max_length:
            raise _err(f"string of {n} bytes, more than {d.name!r} holds ({d.max_length})", path)
        return v

    def field(self, f: Field, v, path: List[str], stack: List[dict], out: dict):
        ext = f.extensions
        default = ext.get("jsonDefaultValue")
        optional = f.presence == "optional"
        k = f.kind
        if v is _MISSING or v is None:
            if optional:
                return None
            if default is not None:
                v = int(default) if k == KIND_INT else default
            elif v is None or f.extensions.get("jsonPath") == "[]":
                raise _err(f"missing required {f.name!r} (null)", path)
            elif k in (KIND_MANTISSA, KIND_MANTISSA128):
                return Decimal(0)  # Binance omits e.g. preventedQuantity when it is 0
            elif k == KIND_ENUM and isinstance(f.type, EnumType) and f.type.is_bool:
                return False
            elif k == KIND_ENUM and _has_stand_in(f):
                return _NONREP
            else:
                raise _err(f"missing required {f.name!r}", path)
        if k in (KIND_MANTISSA, KIND_MANTISSA128):
            d = _decimal(v, path)
            if optional and default is not None and _same_decimal(d, default):
                self.note_scale(f, d, None, None, path, stack)
                return None
            self.note_scale(f, d, out, f.name, path, stack)
            return d  # replaced by the mantissa in resolve()
        if k == KIND_INT:
            if isinstance(v, bool) or not isinstance(v, int):
                if isinstance(v, str) and default is not None and v == default:
                    v = int(default)
                else:
                    raise _err(f"expected an integer, got {type(v).__name__} {_short(v)}", path)
            if optional and default is not None and v == int(default):
                return None
            if getattr(f.type, "name", "") in _TIME_TYPES:
                v = v * self.scale
            lo, hi = primitive_range(f.type.primitive)
            if not lo <= v <= hi:
                raise _err(f"{v} is out of range for {f.type.primitive}", path)
            return v
        if k == KIND_FLOAT:
            if isinstance(v, bool) or not isinstance(v, (int, float, str)):
                raise _err(f"expected a number, got {type(v).__name__}", path)
            try:
                x = float(v)
            except ValueError:
                raise _err(f"not a number: {_short(v)}", path) from None
            if optional and default is not None and x == float(default):
                return None
            return x
        if k == KIND_ENUM:
            t = f.type
            if t.is_bool:
                if not isinstance(v, bool):
                    raise _err(f"expected true/false, got {type(v).__name__} {_short(v)}", path)
                return v
            if not isinstance(v, str):
                raise _err(f"expected a string ({t.name}), got {type(v).__name__}", path)
            if optional and default is not None and v == default:
                return None
            name = self.model.enum_in(t).get(v)
            if name is None:
                if any(x.name == _NONREP for x in t.values):
                    return _NONREP  # a value newer than the schema, as SBE sends it
                raise _err(f"unknown {t.name} value {_short(v)}", path)
            return name
        if k == KIND_SET:
            if not isinstance(v, list):
                raise _err(f"expected a JSON array ({f.type.name}), got "
                           f"{type(v).__name__}", path)
            names = []
            table = self.model.enum_in(f.type)
            for i, s in enumerate(v):
                if not isinstance(s, str):
                    raise _err(f"expected a {f.type.name} choice string, got "
                               f"{type(s).__name__}", path + [f"[{i}]"])
                n = table.get(s)
                if n is not None:  # a choice newer than the schema: SBE cannot carry it
                    names.append(n)
            return names
        if k in (KIND_CHAR, KIND_STRING):
            if not isinstance(v, str):
                raise _err(f"expected a string, got {type(v).__name__}", path)
            return v
        raise _err(f"cannot read a {k} field from JSON", path)  # composites: none in spot

    def note_scale(self, f: Field, d: Decimal, out, key, path, stack) -> None:
        up, name = f.exponent
        owner = stack[-1 - up] if up < len(stack) else stack[0]
        self.owners[id(owner)] = owner
        ent = self.exps.setdefault((id(owner), name), [None, path, []])
        sc = d.as_tuple().exponent
        if isinstance(sc, int) and (ent[0] is None or sc < ent[0]):
            ent[0], ent[1] = sc, path
        if out is not None:
            lo, hi = _mantissa_range(f)
            ent[2].append((out, key, d, path, lo, hi))


_RANGES: Dict[int, tuple] = {}


def _mantissa_range(f: Field) -> tuple:
    r = _RANGES.get(id(f))
    if r is None:
        if f.kind == KIND_MANTISSA128:
            lo, hi = -(1 << 127) + 1, (1 << 127) - 1
        else:
            lo, hi = primitive_range(f.type.primitive)
            if f.presence == "optional":
                lo += 1  # the null
        r = _RANGES[id(f)] = (lo, hi, f)
    return r[0], r[1]


_MISSING = object()


def _lookup(obj, jp: Optional[str], name: str, path: List[str]):
    if jp == "..":
        return obj, path
    key = jp or name
    cur = obj
    p = list(path)
    for part in key.split("."):
        if not isinstance(cur, dict):
            raise _err(f"expected a JSON object holding {part!r}, got {type(cur).__name__}", p)
        p = p + [part]
        if part not in cur:
            return _MISSING, p
        cur = cur[part]
    return cur, p


def _short(v) -> str:
    r = repr(v)
    return r if len(r) <= 40 else r[:37] + "..."


def _decimal(v, path) -> Decimal:
    if isinstance(v, bool) or not isinstance(v, (str, int, float)):
        raise _err(f"expected a decimal string, got {type(v).__name__}", path)
    if isinstance(v, float):
        if not math.isfinite(v):
            raise _err(f"not a finite decimal: {v!r}", path)
        v = repr(v)
    try:
        d = Decimal(v.strip() if isinstance(v, str) else v)
    except InvalidOperation:
        raise _err(f"not a decimal number: {_short(v)}", path) from None
    if not d.is_finite() or len(str(v)) > 80:
        raise _err(f"not a finite decimal: {_short(v)}", path)
    return d


def _same_decimal(d: Decimal, default: str) -> bool:
    try:
        return d == Decimal(default)
    except InvalidOperation:
        return False


# -- the fast path: fixed-entry groups column-wise -------------------------------------------
#
# Depth levels, klines, trades, aggTrades, ticker lists: thousands of entries of a few ints,
# booleans, floats and decimal strings (tickers: an exponent per entry and a symbol). Read
# per value, they cost ~30 µs each (the walk, Decimal, the pure-Python encoder). The fast path
# reads such a group column by column (C-level transposes and type checks, the decimal
# strings parsed by numpy), writes the columns straight into the group's wire layout (the
# codec's ``view_dtype``: one home) and splices them into the encoded message, which the
# caller's decoder then decodes as always: the result stays the SBE decoder's own, by
# construction. It only takes what it reads exactly like the walk (plain ``-?digits[.digits]``
# strings of at most 18 digits, ints, bools, ASCII texts, all keys present, no nulls);
# anything else (and every error) reads the whole message again the general way, so errors
# and their JSON paths are the walk's. Messages with a group it cannot read, nested groups or
# nested messages (exchangeInfo, orders) are walked.

class _Fallback(Exception):
    """The fast path declines this JSON: read it again with the general walk."""


_POW10 = None  # int64 powers of ten 10**0 .. 10**18 (numpy, made on first use)
_MAX_DIGITS = 18  # every mantissa of at most 18 digits (and its scaled value) fits int64


class _Column:
    """How one field of a fast group is read: (kind, name, key, ...) resolved once."""

    __slots__ = ("f", "name", "key", "kind", "lo", "hi", "null", "default", "time", "owner_up",
                 "exp_name", "true", "false", "dtype", "row_exp")


class _GroupPlan:
    """A group read column-wise into its wire layout (see above)."""

    def __init__(self, g: Block, cg, positional: bool, cols: List[_Column], ver: int,
                 text=None):
        self.g, self.cg, self.positional = g, cg, positional
        self.ecols = [c for c in cols if c.kind == "e"]  # exponents per entry: not in JSON
        cols = [c for c in cols if c.kind != "e"]
        self.cols = cols
        self.width = len(cols)
        self.dtype = cg.view_dtype(ver, cg.block_length)
        self.text = text  # (key, max length, codec var data) of the entries' one text
        self.mcols = [c for c in cols if c.kind == "m"]
        self.m_index = [i for i, c in enumerate(cols) if c.kind == "m"]
        # plain int64 columns (no null stand-in) go through numpy together
        self.i_index = [i for i, c in enumerate(cols) if c.kind == "i" and c.default is None
                        and c.dtype == "<i8"]
        self.icols = [cols[i] for i in self.i_index]

    def read(self, reader: "_Reader", rows: list, stack: List[dict], path: List[str]):
        import numpy as np
        n = len(rows)
        arr = np.zeros(n, dtype=self.dtype)
        if n == 0:
            for c in self.mcols:
                if not c.row_exp:
                    _note_column(reader, c, stack, path, None)
            return arr if self.text is None else _Rows(arr, b"", np.zeros(0, dtype=np.intp))
        w = self.width
        if self.positional:
            if set(map(type, rows)) != {list}:
                raise _Fallback
            lens = set(map(len, rows))
            if min(lens) < w:
                raise _Fallback
            # entries past the schema's (Binance's klines "ignore") are not read, as in the walk
            columns = None if len(self.mcols) == w and lens == {w} else list(zip(*rows))[:w]
        else:
            if set(map(type, rows)) != {dict}:
                raise _Fallback
            try:
                columns = [list(map(_getter(c.key), rows)) for c in self.cols]
                texts = list(map(_getter(self.text[0]), rows)) if self.text else None
            except KeyError:
                raise _Fallback from None
        if columns is not None:
            if self.icols:  # the int64 columns at once
                ints = [columns[i] for i in self.i_index]
                if set(map(type, _chain(ints))) != {int}:
                    raise _Fallback
                try:
                    v = np.array(ints, dtype=np.int64)
                except OverflowError:
                    raise _Fallback from None
                for j, (c, lo, hi) in enumerate(zip(self.icols, v.min(axis=1).tolist(),
                                                    v.max(axis=1).tolist())):
                    scale = reader.scale if c.time else 1
                    if not (c.lo <= lo * scale and hi * scale <= c.hi):
                        raise _Fallback
                    if scale != 1:
                        v[j] *= scale
                    arr[c.name] = v[j]
            for c, col in zip(self.cols, columns):
                if c.kind == "i" and c not in self.icols:
                    arr[c.name] = _int_column(c, col, reader.scale)
                elif c.kind == "b":
                    if set(map(type, col)) != {bool}:
                        raise _Fallback
                    arr[c.name] = np.where(np.array(col, dtype=bool), c.true, c.false)
                elif c.kind == "f":  # float(), as the walk
                    if not set(map(type, col)) <= {str, int, float}:
                        raise _Fallback
                    v = np.array(list(map(float, col)), dtype=np.float64)
                    if c.default is not None:
                        v[v == c.default] = c.null
                    if c.dtype == "<f4":  # the encoder refuses what rounds to inf
                        with np.errstate(over="ignore"):
                            v32 = v.astype(np.float32)
                        if (np.isinf(v32) & np.isfinite(v)).any():
                            raise _Fallback
                    arr[c.name] = v
        out = arr if self.text is None else _Rows(arr, *_texts(texts, self.text))
        if not self.mcols:
            return out
        # every decimal string of the group parsed at once: one row per column
        k = len(self.mcols)
        if columns is None:  # rows of decimals only (depth levels): interleaved
            m, places, digits = _parse_decimals([_chain(rows)], n * w)
            m, places, digits = m.reshape(n, w).T, places.reshape(n, w).T, digits.reshape(n, w).T
        else:
            m, places, digits = _parse_decimals([columns[i] for i in self.m_index], n * k)
            m, places, digits = m.reshape(k, n), places.reshape(k, n), digits.reshape(k, n)
        finest = (-places.max(axis=1)).tolist()
        keys = []
        for c, sc in zip(self.mcols, finest):
            keys.append(None if c.row_exp else _note_column(reader, c, stack, path, sc))
        rows_exp = {}
        for e in self.ecols:  # each entry's exponent: the finest scale of its own strings
            rows_exp[e.name] = places[[j for j, c in enumerate(self.mcols)
                                       if c.exp_name == e.name]].max(axis=0)
            arr[e.name] = -rows_exp[e.name]
        reader.columns.append((self, arr, m, places, digits, keys, rows_exp))
        return out


class _Rows:
    """A fast group whose entries end with one text: the blocks and the texts."""

    __slots__ = ("arr", "blob", "lens")

    def __init__(self, arr, blob: bytes, lens):
        self.arr, self.blob, self.lens = arr, blob, lens

    def __len__(self):
        return len(self.arr)


def _texts(col, text):
    """(the texts' bytes joined, their lengths): ASCII strings within the maximum length."""
    import numpy as np
    _key, max_length, _cd = text
    try:
        joined = "".join(col)
    except TypeError:
        raise _Fallback from None
    if not joined.isascii():
        raise _Fallback  # the walk checks the encoding
    lens = np.fromiter(map(len, col), dtype=np.intp, count=len(col))
    if len(lens) and int(lens.max()) > max_length:
        raise _Fallback
    return joined.encode("ascii"), lens


def _int_column(c: "_Column", col, scale: int):
    import numpy as np
    if set(map(type, col)) != {int}:
        raise _Fallback
    if not c.time:
        scale = 1
    if not (c.lo <= min(col) * scale and max(col) * scale <= c.hi):
        raise _Fallback
    v = np.array(col, dtype=c.dtype)
    if scale != 1:
        v *= scale
    if c.default is not None:  # the JSON stand-in of the null (-1 ids)
        nulls = np.array(col, dtype=object) == c.default
        if nulls.any():
            v[nulls] = c.null
    return v


def _chain(iterables):
    import itertools
    return itertools.chain.from_iterable(iterables)


def _getter(key):
    import operator
    return operator.itemgetter(key)


def _parse_decimals(parts, n: int):
    """(int64 mantissas, places after the point, digits) of ``n`` plain decimal strings
    (``-?digits[.digits]``, at most 18 digits) in ``parts`` (iterables of strings), else
    _Fallback (exponents, spaces, '+', '.5', '1.', non-strings). The strings are joined
    (``join`` checks they are all str), checked byte-wise by numpy and read as integers with
    their points taken out."""
    import numpy as np
    global _POW10
    if _POW10 is None:
        _POW10 = np.array([10 ** i for i in range(_MAX_DIGITS + 1)], dtype=np.int64)
    try:
        raw = ",".join([",".join(p) for p in parts]).encode("ascii")
        b = np.frombuffer(raw + b",", dtype=np.uint8)
    except (TypeError, UnicodeEncodeError):
        raise _Fallback from None
    sep = b == 44
    ends = np.flatnonzero(sep)
    if len(ends) != n:
        raise _Fallback  # a comma inside a string
    starts = np.empty(n, dtype=np.intp)
    starts[0] = 0
    starts[1:] = ends[:-1] + 1
    isdig = (b >= 48) & (b <= 57)
    isdot = b == 46
    negs = b[starts] == 45
    nneg = int(np.count_nonzero(negs))
    if int(np.count_nonzero(isdig | isdot | sep)) + nneg != len(b) \
            or int(np.count_nonzero(b == 45)) != nneg:
        raise _Fallback  # other characters, or a '-' not in front
    if not isdig[starts + negs].all():
        raise _Fallback  # empty, '-', '.5', '-.5'
    dots = np.flatnonzero(isdot)
    places = np.zeros(n, dtype=np.int64)
    digits = ends - starts - negs
    if len(dots) == n and (dots < ends).all() and (dots[1:] > ends[:-1]).all():
        if not isdig[dots + 1].all():  # one point in every string (prices, quantities)
            raise _Fallback  # '1.'
        places = ends - dots - 1
        digits -= 1
    elif len(dots):
        owner = np.searchsorted(ends, dots)  # the string of each point
        if (len(dots) > 1 and not np.diff(owner).all()) or not isdig[dots + 1].all():
            raise _Fallback  # '1.2.3', '1.'
        places[owner] = ends[owner] - dots - 1
        digits[owner] -= 1
    if int(digits.max()) > _MAX_DIGITS:
        raise _Fallback
    m = np.fromstring(raw.translate(None, b"."), dtype=np.int64, sep=",")
    if len(m) != n:  # pragma: no cover - the checks above admit only what it reads
        raise _Fallback
    return m, places, digits


def _note_column(reader, c: _Column, stack, path, sc: Optional[int]):
    """Count a column's strings (``sc``: their finest scale, None when the group is empty)
    towards its exponent, as note_scale does per string; the key of that exponent."""
    full = stack + [None]
    up = c.owner_up
    owner = full[-1 - up] if up < len(full) else full[0]
    reader.owners[id(owner)] = owner
    key = (id(owner), c.exp_name)
    ent = reader.exps.setdefault(key, [None, path, []])
    if sc is not None and (ent[0] is None or sc < ent[0]):
        ent[0], ent[1] = sc, path
    return key


def _scale_columns(reader, plan: _GroupPlan, arr, m, places, digits, keys, rows_exp) -> None:
    """The mantissas of one fast group at their exponents, into its wire array: the walk's
    ``int(value.scaleb(-exp))`` exactly (shifts by whole digits, no overflow: at most 18)."""
    import numpy as np
    target = np.empty(m.shape, dtype=np.int64)
    for j, (c, key) in enumerate(zip(plan.mcols, keys)):
        target[j] = rows_exp[c.exp_name] if key is None else -reader.exps[key][0]
    shift = target - places
    if int((digits + shift).max()) > _MAX_DIGITS:
        raise _Fallback  # may not fit int64: the walk checks the range exactly
    v = m * _POW10[shift]
    lo, hi = v.min(axis=1).tolist(), v.max(axis=1).tolist()
    for j, c in enumerate(plan.mcols):
        col = v[j]
        nulls = None
        if c.null is not None:  # the walk reads a zero as the null (jsonDefaultValue "0")
            nulls = col == 0
            live = col[~nulls]
            if live.size and (int(live.min()) < c.lo or int(live.max()) > c.hi):
                raise _Fallback
        elif lo[j] < c.lo or hi[j] > c.hi:
            raise _Fallback
        if arr.dtype[c.name].names:  # mantissa128: lo, hi words
            w = arr[c.name]
            w["lo"] = col.view(np.uint64) if col.flags.c_contiguous else col.astype(np.uint64)
            w["hi"] = col >> 63  # the sign: -1 or 0
            if nulls is not None and nulls.any():
                w["lo"][nulls] = c.null & ((1 << 64) - 1)
                w["hi"][nulls] = c.null >> 64
        else:
            if nulls is not None and nulls.any():
                col = col.copy()
                col[nulls] = c.null
            arr[c.name] = col


_FAST_PLANS: Dict[Tuple[str, str], Any] = {}


def _fast_plans(model: _Model, msg: Message):
    """{group name: _GroupPlan} when every group of ``msg`` can be read column-wise, else
    None (cached per message)."""
    key = (model.module.__name__, msg.name)
    if key not in _FAST_PLANS:
        try:
            _FAST_PLANS[key] = _make_plans(model, msg)
        except ImportError:  # no numpy: the walk
            _FAST_PLANS[key] = None
    return _FAST_PLANS[key]


def _make_plans(model: _Model, msg: Message):
    import numpy  # noqa: F401  (the codec needs it too)
    codec_of = getattr(model.module, "codec", None)
    if codec_of is None or not msg.groups:
        return None
    codec = codec_of()
    cmsg = codec._by_name.get(msg.name)
    if cmsg is None:
        return None
    plans = {}
    for g in msg.groups:
        cg = next((x for x in cmsg.groups if x.name == g.name), None)
        if cg is None or g.groups or len(g.data) > 1 or cg.since > codec.version:
            return None
        positional = _is_positional(g)
        text = None
        if g.data:  # one text per entry (ticker symbols)
            d, cd = g.data[0], (cg.data[0] if len(cg.data) == 1 else None)
            jp = d.extensions.get("jsonPath")
            if positional or cd is None or d.kind in (DATA_MESSAGE, DATA_BYTES) or d.optional \
                    or "jsonDefaultValue" in d.extensions or (jp and ("." in jp)) \
                    or cd.since > codec.version \
                    or (d.character_encoding or "UTF-8").upper().replace("-", "") \
                    not in ("UTF8", "ASCII"):
                return None
            text = (jp or d.name, min(d.max_length, cd.max_length,
                                      (1 << (8 * cd.length_size)) - 1), cd)
        cfields = {f.name: f for f in cg.fields}
        cols = []
        for f in g.fields:
            if f.presence == "constant":
                continue
            jp = f.extensions.get("jsonPath")
            cf = cfields.get(f.name)
            if cf is None or cf.since > codec.version:
                return None
            c = _Column()
            c.row_exp = False
            if f.is_exponent:
                if positional or f.presence != "required":
                    return None
                c.kind, c.f, c.name, c.key = "e", f, f.name, None
                cols.append(c)
                continue
            if jp == ".." or (positional != (jp == "[]")) or (jp and "." in jp and jp != "[]"):
                return None
            c.f, c.name, c.key = f, f.name, (jp or f.name)
            c.dtype = cf.np_dtype
            default = f.extensions.get("jsonDefaultValue")
            nul: list = []
            cf.enc(None, nul, "", []) if f.presence == "optional" else None
            null = None
            if nul:
                null = nul[0]
                if isinstance(null, (bytes, bytearray)):
                    null = int.from_bytes(null, "little", signed=True)
            if f.kind in (KIND_MANTISSA, KIND_MANTISSA128):
                if f.exponent is None or (f.exponent[0] < 1 and positional):
                    return None
                c.row_exp = f.exponent[0] == 0
                c.kind = "m"
                c.owner_up, c.exp_name = f.exponent
                lo, hi = _mantissa_range(f)
                c.lo, c.hi = max(lo, cf.lo), min(hi, cf.hi)
                c.null = None
                if f.presence == "optional" and default is not None:
                    if not _same_decimal(Decimal(0), default):
                        return None
                    c.null = null  # the walk reads the default (a zero) as null
                c.default = None
            elif f.kind == KIND_INT:
                c.kind = "i"
                c.time = getattr(f.type, "name", "") in _TIME_TYPES
                lo, hi = primitive_range(f.type.primitive)
                c.lo, c.hi = max(lo, cf.lo), min(hi, cf.hi)
                c.default, c.null = None, None
                if f.presence == "optional" and default is not None:
                    c.default, c.null = int(default), null
                if c.time and c.default is not None:
                    return None  # the walk compares before scaling: keep it there
            elif f.kind == KIND_FLOAT and cf.np_dtype in ("<f8", "<f4"):
                c.kind = "f"
                c.default, c.null = None, null
                if f.presence == "optional" and default is not None:
                    c.default = float(default)
            elif f.kind == KIND_ENUM and isinstance(f.type, EnumType) and f.type.is_bool \
                    and f.presence == "required":
                c.kind = "b"
                t, fl = [], []
                cf.enc(True, t, "", [])
                cf.enc(False, fl, "", [])
                c.true, c.false = t[0], fl[0]
            else:
                return None
            cols.append(c)
        names = {c.name for c in cols if c.kind == "e"}
        used = {c.exp_name for c in cols if c.kind == "m" and c.row_exp}
        if not cols or names != used:
            return None  # an exponent without strings (or one elsewhere): the walk
        plans[g.name] = _GroupPlan(g, cg, positional, cols, codec.version, text)
    return plans


def _with_texts(rows: "_Rows", g) -> bytes:
    """The entries' wire bytes: each block, then its text's length and bytes."""
    import numpy as np
    arr, lens = rows.arr, rows.lens
    n, bl = len(arr), arr.dtype.itemsize
    cd = g.data[0]
    ls = cd.length_size
    if cd.len_struct.format[0] not in "<=" and ls > 1:
        raise _Fallback  # little-endian lengths only
    sizes = bl + ls + lens
    starts = np.zeros(n, dtype=np.intp)
    np.cumsum(sizes[:-1], out=starts[1:])
    out = np.empty(int(sizes.sum()), dtype=np.uint8)
    out[(starts[:, None] + np.arange(bl)).ravel()] = np.frombuffer(arr.tobytes(), np.uint8)
    for k in range(ls):
        out[starts + bl + k] = (lens >> (8 * k)) & 0xFF
    first = np.zeros(n, dtype=np.intp)
    np.cumsum(lens[:-1], out=first[1:])
    out[np.repeat(starts + bl + ls - first, lens) + np.arange(len(rows.blob))] = \
        np.frombuffer(rows.blob, np.uint8)
    return out.tobytes()


def _encode_fast(model: _Model, msg: dict) -> bytes:
    """The encoded message: the codec encodes it with empty groups, the wire arrays of the
    fast groups go in place of the empty ones."""
    codec = model.module.codec()
    blk = codec._by_name[msg["$message"]]
    shell = dict(msg)
    for g in blk.groups:
        shell[g.name] = []
    try:
        b0 = codec.encode(shell)
    except EncodeError:
        raise _Fallback from None
    pos = codec.header_size + blk.written_block_length(codec.version)
    parts = [b0[:pos]]
    for g in blk.groups:
        arr = msg[g.name]
        n = len(arr)
        if isinstance(arr, _Rows):
            arr, body = arr.arr, _with_texts(arr, g)
        else:
            body = arr.tobytes()
        if n > g.max_count or n > g.n_range[1] or arr.dtype.itemsize != g.block_length:
            raise _Fallback
        dim = bytearray(g.dim_size)
        g.bl_struct.pack_into(dim, g.bl_off, g.block_length)
        empty = bytes(dim)
        if b0[pos:pos + g.dim_size] != empty:
            raise _Fallback  # not the layout assumed here
        g.n_struct.pack_into(dim, g.n_off, n)
        parts.append(bytes(dim))
        parts.append(body)
        pos += g.dim_size
    parts.append(b0[pos:])
    return b"".join(parts)


# -- choosing the message -------------------------------------------------------------------

def _fit(model: _Model, msg: Message, obj) -> Optional[Tuple[int, int, int]]:
    """How well ``obj`` fits ``msg``: (its keys msg knows minus those it does not, -keys msg
    needs that it lacks, -keys msg knows that it lacks), or None when the JSON kind
    (array/object) cannot be this message."""
    root = _root_list_group(msg)
    blk: Block = msg
    if root is not None:
        if not isinstance(obj, list):
            return None
        if not obj:
            return (0, 0, 0)
        obj, blk = obj[0], root
        if _is_positional(blk):
            return (1, 0, 0) if isinstance(obj, list) else None
    return _fit_block(model, blk, obj)


def _fit_block(model: _Model, blk: Block, obj, depth: int = 0):
    if not isinstance(obj, dict):
        return None
    every, needed = model.keys(blk)
    have = set(obj)
    score = [len(have & every) - len(have - every), -len(needed - have), -len(every - have)]
    for g in blk.groups:  # entries tell Ack/Result/Full order lists apart
        rows = obj.get(g.extensions.get("jsonPath") or g.name)
        if depth < 4 and isinstance(rows, list) and rows and isinstance(rows[0], dict) \
                and not _is_positional(g) and _root_list_group(g) is None:
            sub = _fit_block(model, g, rows[0], depth + 1)
            if sub is not None:
                score = [a + b for a, b in zip(score, sub)]
    return tuple(score)


def pick_message(obj, names: Sequence[str], module=None) -> str:
    """The message among ``names`` (an endpoint's answers, e.g. ``NewOrderAckResponse``,
    ``...ResultResponse``, ``...FullResponse``) that the JSON value ``obj`` is: the right
    JSON kind (array for messages that are one group), then the most keys in common and the
    fewest required keys missing. Raises JsonShapeError when none fits."""
    model = _model(module)
    best, best_score = None, None
    for n in names:
        s = _fit(model, model.messages[n], obj)
        if s is not None and (best_score is None or s > best_score):
            best, best_score = n, s
    if best is None:
        raise _err(f"a JSON {type(obj).__name__} is none of {', '.join(names)}", [])
    return best


def pick_nested(model: _Model, obj: dict, path: List[str]) -> Message:
    for key in model.constant_keys:
        if key in obj:
            m = model.by_constant.get((key, obj[key]))
            if m is None:
                if isinstance(obj[key], str) and _NONREP_MESSAGE in model.messages:
                    # a filter newer than the schema: what Binance sends over SBE for it
                    return model.messages[_NONREP_MESSAGE]
                raise _err(f"unknown {key} {_short(obj[key])}", path + [key])
            return m
    names = [m.name for m in model.schema.messages if m.id in _RESPONSE_IDS]
    return model.messages[pick_message(obj, names, model.module)]


# -- public: JSON -> decoded ----------------------------------------------------------------

def to_message(obj, message: Union[str, Sequence[str]], *, time_unit: str = "us",
               module=None) -> dict:
    """The message dict (raw mantissas, exponents derived, enum names) that ``obj`` (parsed
    JSON) stands for; ``message`` is a message name or the candidates of an endpoint. The
    result is what :func:`sbe.spot.encode` takes."""
    if time_unit not in TIME_UNITS:
        raise ValueError(f"time_unit must be one of {TIME_UNITS}")
    model = _model(module)
    names = [message] if isinstance(message, str) else list(message)
    for n in names:
        if n not in model.messages:
            raise ValueError(f"no message {n!r} in schema {model.schema.package} "
                             f"{model.schema.id}:{model.schema.version}")
    name = names[0] if len(names) == 1 else pick_message(obj, names, module)
    return _Reader(model, time_unit).message(model.messages[name], obj, [])


def from_json(obj, message: Union[str, Sequence[str]], *, decimals: str = "raw",
              groups: str = "list", time_unit: str = "us", module=None) -> dict:
    """Parsed JSON of a Binance answer -> the dict ``spot.decode(sbe_answer, decimals=...,
    groups=...)`` returns for the same data (see the module doc). ``message``: the message
    name, or the endpoint's candidates (``sbe.binance.endpoints.ENDPOINTS[name].messages``).
    Hostile JSON raises :class:`~sbe.errors.JsonShapeError` naming the JSON path."""
    if module is None:
        from sbe import spot as module
    buf = _from_json_fast(obj, message, time_unit, module)
    if buf is not None:
        return module.decode(buf, decimals=decimals, groups=groups)
    msg = to_message(obj, message, time_unit=time_unit, module=module)
    try:
        buf = module.encode(msg)
    except EncodeError as exc:  # a value our checks let through (should not happen)
        raise JsonShapeError(f"cannot represent the JSON as {msg['$message']}: {exc}",
                             path=[]) from None
    return module.decode(buf, decimals=decimals, groups=groups)


def _from_json_fast(obj, message, time_unit: str, module) -> Optional[bytes]:
    """The encoded message by the fast path, or None when it does not apply or declines (the
    caller then takes the general walk, which also raises any error)."""
    if time_unit not in TIME_UNITS:
        return None
    model = _model(module)
    names = [message] if isinstance(message, str) else list(message)
    if any(n not in model.messages for n in names):
        return None
    try:
        name = names[0] if len(names) == 1 else pick_message(obj, names, module)
    except JsonShapeError:
        return None
    msg = model.messages[name]
    plans = _fast_plans(model, msg)
    if plans is None:
        return None
    try:
        out = _Reader(model, time_unit, fast=plans).message(msg, obj, [])
        return _encode_fast(model, out)
    except (_Fallback, ValueError, TypeError, OverflowError):  # incl. JsonShapeError
        return None  # the walk reads it again, and raises its own error if any


# -- public: decoded -> JSON ----------------------------------------------------------------

def to_json(msg, *, time_unit: str = "us", module=None) -> Any:
    """The Binance JSON form of a message: ``msg`` is SBE bytes or a dict decoded with
    ``decimals="raw"``, ``groups="list"``. Decimals are strings at the exponent's scale,
    enums their ``jsonValue``, nulls the ``jsonDefaultValue`` (or left out), times µs (ms
    with ``time_unit="ms"``). The inverse of :func:`from_json`."""
    if time_unit not in TIME_UNITS:
        raise ValueError(f"time_unit must be one of {TIME_UNITS}")
    model = _model(module)
    if isinstance(msg, (bytes, bytearray, memoryview)):
        msg = model.module.decode(msg, decimals="raw", groups="list")
    return _Writer(model, 1000 if time_unit == "ms" else 1).message(msg)


class _Writer:
    def __init__(self, model: _Model, scale: int):
        self.model = model
        self.scale = scale

    def message(self, d: dict) -> Any:
        return self.block(self.model.messages[d["$message"]], d, [d])

    def block(self, blk: Block, d: dict, stack: List[dict]) -> Any:
        root = _root_list_group(blk)
        if root is not None:
            return [self.block(root, e, stack + [e]) for e in d[root.name]]
        if _is_positional(blk):
            return [self.value(f, d.get(f.name), stack) for f in blk.fields
                    if f.extensions.get("jsonPath") == "[]"]
        out: dict = {}
        for f in blk.fields:
            if f.is_exponent:
                continue
            if f.presence == "constant":
                if isinstance(f.type, EnumType):
                    out[_key_of(f)] = self.model.enum_out(f.type).get(
                        str(f.constant_value), f.constant_value)
                continue
            v = self.value(f, d.get(f.name), stack)
            if v is _MISSING:
                continue
            if f.extensions.get("jsonPath") == "..":
                return v
            _put(out, _key_of(f), v)
        for g in blk.groups:
            rows = [self.block(g, e, stack + [e]) for e in (d.get(g.name) or [])]
            if not rows and g.extensions.get("jsonOmitNull") == "true":
                continue
            out[g.extensions.get("jsonPath") or g.name] = rows
        for dd in blk.data:
            v = d.get(dd.name)
            if v is None:
                default = dd.extensions.get("jsonDefaultValue")
                if default is None:
                    continue
                v = default
            elif dd.kind == DATA_MESSAGE:
                v = self.message(v)
            elif isinstance(v, (bytes, bytearray)):
                v = bytes(v).hex()
            if dd.extensions.get("jsonPath") == "..":
                return v
            _put(out, dd.extensions.get("jsonPath") or dd.name, v)
        return out

    def value(self, f: Field, v, stack: List[dict]):
        k = f.kind
        default = f.extensions.get("jsonDefaultValue")
        if k in (KIND_MANTISSA, KIND_MANTISSA128):
            up, name = f.exponent
            e = stack[-1 - up].get(name) if up < len(stack) else None
            if v is None:
                if default is None:
                    return _MISSING
                v, e = Decimal(default), (e if isinstance(e, int) else 0)
                return format(v.quantize(Decimal(1).scaleb(min(e, 0))), "f")
            return format(Decimal(int(v)).scaleb(e or 0), "f")
        if v is None:
            if default is None:
                return _MISSING
            if k in (KIND_INT,):
                return int(default)
            return default
        if k == KIND_INT:
            v = int(v)
            if getattr(f.type, "name", "") in _TIME_TYPES and self.scale != 1:
                v //= self.scale
            return v
        if k == KIND_FLOAT:
            return repr(float(v))
        if k == KIND_ENUM:
            if isinstance(v, bool):
                return v
            name = getattr(v, "name", None)
            if name is None:
                return int(v)
            return self.model.enum_out(f.type).get(name, name)
        if k == KIND_SET:
            table = self.model.enum_out(f.type)
            bits = int(v)
            return [table[c.name] for c in f.type.choices if bits >> c.bit & 1]
        return v


def _put(out: dict, key: str, v) -> None:
    parts = key.split(".")
    for p in parts[:-1]:
        out = out.setdefault(p, {})
    out[parts[-1]] = v
