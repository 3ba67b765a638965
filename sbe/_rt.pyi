"""Typed surface of the runtime shared by every generated decoder (sbe/_rt.pyx)."""

import enum
from typing import Any, TypeVar

from typing_extensions import Buffer, Self

_E = TypeVar("_E", bound="SbeEnum")

class DecoderBase:
    decimals: str
    groups: str
    output: str
    strict: bool
    def decode(self, buf: Buffer) -> Any: ...
    def decode_from(self, buf: Buffer, offset: int = 0) -> tuple[Any, int]: ...

class Record:
    def to_dict(self) -> Any: ...
    def __eq__(self, other: object) -> bool: ...

class SbeEnum(enum.IntEnum):
    @property
    def json(self) -> str: ...
    @classmethod
    def from_json(cls, text: str) -> Self: ...

class SbeFlag(enum.IntFlag): ...
