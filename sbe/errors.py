"""Exception hierarchy shared by the compiled decoders, the pure-Python codec and the client.

Every decoding problem is a :class:`DecodeError`, which is a :class:`ValueError`.  Its text
names what went wrong, the offset and the sizes involved, and ends with ``- at $.path``
(msgspec style) giving the location inside the message, for example::

    truncated: field 'price' needs 8 bytes at offset 1034, 3 remain - at $.bids[64].price
"""

from __future__ import annotations

from typing import Optional

__all__ = [
    "SBEError",
    "DecodeError",
    "TruncatedError",
    "MalformedError",
    "UnknownTemplateError",
    "SchemaMismatchError",
    "JsonShapeError",
    "EncodeError",
    "SchemaDeprecatedWarning",
    "SchemaRetiredError",
]


class SBEError(Exception):
    """Base class of every exception raised by this package."""


class DecodeError(SBEError, ValueError):
    """A buffer could not be decoded.

    Attributes: ``path`` (list of path segments from the top-level message inward),
    ``offset`` (byte offset in the buffer given to ``decode``, or None), ``needed`` and
    ``available`` (byte counts, when the error is about sizes).
    """

    def __init__(self, reason: str, *, offset: Optional[int] = None,
                 needed: Optional[int] = None, available: Optional[int] = None,
                 path: Optional[list] = None):
        super().__init__(reason)
        self.reason = reason
        self.offset = offset
        self.needed = needed
        self.available = available
        self.path = list(path) if path else []

    def _prepend(self, segment: str) -> None:
        """Add an enclosing path segment (called while the error unwinds)."""
        self.path.insert(0, segment)

    @property
    def location(self) -> str:
        out = "$"
        for seg in self.path:
            out += seg if seg.startswith("[") else "." + seg
        return out

    def __str__(self) -> str:
        return f"{self.reason} - at {self.location}"


class TruncatedError(DecodeError):
    """The buffer ends before a header, block, count or length says it should."""


class MalformedError(DecodeError):
    """The bytes are there but invalid: a block too short for its fields, a count above the
    schema maximum, invalid UTF-8 text, an impossible length."""


class UnknownTemplateError(DecodeError):
    """The message header names a templateId this schema does not define."""

    def __init__(self, reason: str, *, template_id: int = -1, **kw):
        super().__init__(reason, **kw)
        self.template_id = template_id


class SchemaMismatchError(DecodeError):
    """The message header names another schemaId than the decoder's schema."""

    def __init__(self, reason: str, *, schema_id: int = -1, **kw):
        super().__init__(reason, **kw)
        self.schema_id = schema_id


class JsonShapeError(DecodeError):
    """A JSON answer does not have the shape its SBE message says (a missing required key,
    a value of the wrong type, an unknown enum or filter); ``path``/``location`` name the
    place in the JSON (``$.bids[3][0]``). Raised by :mod:`sbe.binance.json_shape`."""


class EncodeError(SBEError, ValueError):
    """A value cannot be encoded (missing required field, out of range, unknown message)."""


class SchemaDeprecatedWarning(UserWarning):
    """The server says the requested SBE schema version is deprecated
    (``X-MBX-SBE-DEPRECATED`` on REST, ``sbeSchemaIdVersionDeprecated`` on the WebSocket API).
    Emitted once per (package, id, version) by :func:`sbe.lifecycle.warn_deprecated`; the text
    names the current schema and the command that regenerates the decoders."""


class SchemaRetiredError(SBEError):
    """The server rejected the requested SBE schema version as retired (HTTP 400). The text
    comes from :func:`sbe.lifecycle.retired_message`."""
