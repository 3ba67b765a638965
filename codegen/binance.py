"""Binance's extensions of SBE 1.0, applied to a parsed schema (``codegen.parse`` knows
nothing of them).  Other venues publish the same decimal annotation.

* ``mbx:exponent="<field>"`` on an integer field: the field is a decimal mantissa and
  ``value = mantissa × 10^exponent``, the exponent being the (signed integer) value of the
  named field.  The exponent field may sit anywhere in the same block (before or after the
  mantissa: fixed fields are read by offset) or in an enclosing block (a group's mantissas
  may use an exponent of the message root or of an outer group entry).  The attribute is
  matched by its local name in any namespace (Binance has used two URIs for ``mbx``).
* a ``uint8[16]`` type named ``mantissa128`` (or any ``uint8[16]`` field with
  ``mbx:exponent``): a little-endian two's-complement 128-bit mantissa.
* var data whose composite is named ``messageData*``: a complete nested SBE message (header
  included) of the same schema; a composite named ``optional*``: length 0 means null.
* ``mbx:jsonPath``/``jsonValue``/``jsonDefaultValue``/``jsonOmitNull``: how Binance maps the
  message to its JSON; kept on the model (``extensions``), not used for decoding.
"""

from __future__ import annotations

from typing import Callable, Optional, Union

from . import model
from .model import Block, CompositeType, EncodedType, Field, Schema

# extension attributes (local names) this layer reads or knowingly keeps
ATTRIBUTES = frozenset({"exponent", "jsonPath", "jsonValue", "jsonDefaultValue",
                        "jsonOmitNull"})

_INT_PRIMITIVES = frozenset(p for p, info in model.PRIMITIVES.items()
                            if not info[3] and p != "char")

Report = Callable[[Union[int, object], str], None]


def json_value(value: "model.EnumValue") -> Optional[str]:
    """``mbx:jsonValue`` of an enum value: its string in Binance's JSON, or None."""
    return value.extensions.get("jsonValue")


def is_mantissa128(t) -> bool:
    return isinstance(t, EncodedType) and t.name == "mantissa128" and t.length == 16 \
        and t.primitive == "uint8"


def apply(schema: Schema, problem: Report) -> None:
    """Give the Binance extensions their meaning; ``problem(line, message)`` reports errors."""
    for comp in schema.composites:
        for mem in comp.members:
            if is_mantissa128(mem.type):
                mem.kind = model.KIND_MANTISSA128
    for msg in schema.messages:
        _block(msg, [], problem)


def _block(block: Block, ancestors: list, problem: Report) -> None:
    for f in block.fields:
        if is_mantissa128(f.type):
            f.kind = model.KIND_MANTISSA128
    for f in block.fields:
        exponent = f.extensions.get("exponent")
        if exponent is not None:
            _link_exponent(f, exponent.strip(), block, ancestors, problem)
    for d in block.data:
        name = d.type.name
        if "messagedata" in name.lower():
            d.kind = model.DATA_MESSAGE  # a nested SBE message with its header
        d.optional = name.startswith("optional")  # length 0 means null
    for g in block.groups:
        _block(g, ancestors + [block], problem)


def _link_exponent(f: Field, target_name: str, block: Block, ancestors: list,
                   problem: Report) -> None:
    """Resolve ``mbx:exponent``: this block (any position), then enclosing blocks."""
    t = f.type
    if not (isinstance(t, EncodedType) and (
            (t.primitive in _INT_PRIMITIVES and t.length == 1)
            or model.kind_of(t, True) == model.KIND_MANTISSA128)):
        problem(f.line, f"field '{f.name}': mbx:exponent on a field of type '{t.name}', which "
                        "is not an integer mantissa")
        return
    found = None
    for up, outer in enumerate([block] + list(reversed(ancestors))):
        candidate = next((c for c in outer.fields if c.name == target_name), None)
        if candidate is not None:
            found = (up, candidate)
            break
    if found is None:
        problem(f.line, f"field '{f.name}': mbx:exponent '{target_name}' is not a field of its "
                        "block or of an enclosing block")
        return
    up, target = found
    if target is f:
        problem(f.line, f"field '{f.name}': mbx:exponent names the mantissa itself")
        return
    if target.kind != model.KIND_INT or "exponent" in target.extensions \
            or target.presence == "constant":
        what = "a constant" if target.presence == "constant" else "not an integer field"
        problem(f.line, f"field '{f.name}': mbx:exponent '{target_name}' is {what}"
                        + (" (exponents are read from the wire)" if what == "a constant" else ""))
        return
    f.kind = model.kind_of(t, has_exponent=True)
    f.exponent = (up, target_name)
    target.is_exponent = True
