# GENERATED FROM stream_1_0.xml (package spot_stream, schema 1:0, sha256 6ea328467e144311b1f1efff38e9fe613829997f041dd02a3b7077885d10a1f7) DO NOT EDIT.
# Regenerate with: python -m codegen --pinned
import enum
from typing import Any, Literal, Mapping, Optional, Union

from typing_extensions import Buffer

PACKAGE: str
SCHEMA_ID: int
SCHEMA_VERSION: int
SCHEMA_FILE: str
SCHEMA_SHA256: str
LIFECYCLE: dict[str, Any]
BYTE_ORDER: str
HEADER_SIZE: int
MESSAGES: dict[str, int]
TEMPLATES: dict[int, str]
ENUMS: dict[str, type[enum.IntEnum]]
SETS: dict[str, type[enum.IntFlag]]

class boolEnum(enum.IntEnum):
    # members named with Python keywords: False, True (use boolEnum['Name'])

Message = dict[str, Any]

class Decoder:
    decimals: str
    groups: str
    def __init__(self, *, decimals: Literal['raw', 'float', 'decimal'] = 'raw',
                 groups: Literal['list', 'numpy', 'flat'] = 'list') -> None: ...
    def decode(self, buf: Buffer) -> Message: ...

def decode(buf: Buffer, *, decimals: Literal['raw', 'float', 'decimal'] = 'raw',
           groups: Literal['list', 'numpy', 'flat'] = 'list') -> Message: ...
def header(buf: Buffer) -> tuple[int, int, int, int]: ...
def newer_versions_seen() -> tuple[int, Optional[int]]: ...
def codec() -> Any: ...
def encode(msg: Mapping[str, Any], *, version: Optional[int] = None, pad: int = 0,
           schema_id: Optional[int] = None) -> bytes: ...
