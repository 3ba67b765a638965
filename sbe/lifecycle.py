"""Schema lifecycle at run time: deprecation warnings, retirement errors, what each generated
module was built from.

Binance deprecates a schema when the next one goes live (even for non-breaking changes) and
retires it about six months later; requests for a retired version fail with HTTP 400. The
client calls:

* :func:`warn_deprecated` when the server flags the requested version as deprecated
  (``X-MBX-SBE-DEPRECATED: true`` on REST, ``sbeSchemaIdVersionDeprecated`` in a WebSocket
  response). The user gets **one** :class:`~sbe.errors.SchemaDeprecatedWarning` per
  (package, id, version), naming the current schema and ``python -m codegen update``.
* :func:`retired_message` for the text of a :class:`~sbe.errors.SchemaRetiredError` after
  an HTTP 400 for a retired version.
* :func:`schema_header` for the ``id:version`` to request (``X-MBX-SBE`` header, WebSocket
  ``sbeSchemaId``/``sbeSchemaVersion``): the newest generated decoder of a package, or the
  newest of one schema id during a transition between ids.

Every generated module carries ``PACKAGE``, ``SCHEMA_ID``, ``SCHEMA_VERSION``,
``SCHEMA_SHA256`` and ``LIFECYCLE`` (dates from Binance's lifecycle JSON when it was
generated: ``environment``, ``status``, ``releaseDate``, ``deprecatedDate``, ``retiredDate``,
``latest``, ``latestReleaseDate``); :func:`lifecycle_info` gathers them. Messages whose header
version is newer than the decoder's are decoded and counted: :func:`newer_versions_seen`.
"""

from __future__ import annotations

import importlib
import sys
import threading
import warnings
from typing import Optional, Union

from .errors import SchemaDeprecatedWarning, SchemaRetiredError

__all__ = [
    "UPDATE_COMMAND",
    "SchemaDeprecatedWarning",
    "SchemaRetiredError",
    "warn_deprecated",
    "retired_message",
    "schema_header",
    "decoder_module",
    "lifecycle_info",
    "newer_versions_seen",
    "reset_warnings",
]

UPDATE_COMMAND = "python -m codegen update"

Current = Union[None, str, tuple, object]

_warned: set[tuple[str, int, int]] = set()
_lock = threading.Lock()


def _generated_versions(package: str) -> list[tuple[int, int]]:
    """(id, version) of every generated module of ``package``, oldest first (no import of
    the compiled modules)."""
    from . import _generated
    return sorted((i, v) for (p, i, v) in _generated.MODULES.values() if p == package)


def decoder_module(package: str = "spot_sbe", schema_id: Optional[int] = None,
                   version: Optional[int] = None):
    """The generated decoder module to use: the newest of ``package`` (of ``schema_id`` if
    given). Raises LookupError when there is none."""
    from . import _generated
    if schema_id is None:
        if version is not None:
            raise ValueError("version needs schema_id")
        return _generated.latest_module(package)
    return _generated.module(package, schema_id, version)


def schema_header(package: str = "spot_sbe", schema_id: Optional[int] = None) -> str:
    """``"3:5"``: the ``id:version`` to request (newest generated decoder, or the newest of
    ``schema_id``), for ``X-MBX-SBE`` / ``sbeSchemaId`` + ``sbeSchemaVersion``."""
    versions = [iv for iv in _generated_versions(package)
                if schema_id is None or iv[0] == schema_id]
    if not versions:
        raise LookupError(f"no generated decoder for {package}"
                          + (f" schema id {schema_id}" if schema_id is not None else ""))
    i, v = versions[-1]
    return f"{i}:{v}"


def _label(current: Current) -> Optional[str]:
    if current is None:
        return None
    if isinstance(current, str):
        return current
    if isinstance(current, tuple):
        return f"{current[0]}:{current[1]}"
    sid, ver = getattr(current, "SCHEMA_ID", None), getattr(current, "SCHEMA_VERSION", None)
    return f"{sid}:{ver}" if sid is not None else str(current)


def _parse_label(text: Optional[str]) -> Optional[tuple[int, int]]:
    try:
        a, b = str(text).split(":")
        return int(a), int(b)
    except (ValueError, AttributeError):
        return None


def _module_lifecycle(package: str, schema_id: int, version: int) -> dict:
    """LIFECYCLE of the generated module for exactly this version (or {}), without failing."""
    from . import _generated
    name = f"{package}_{schema_id}_{version}"
    if name not in _generated.MODULES:
        return {}
    try:
        mod = importlib.import_module(f"{_generated.__name__}.{name}")
    except ImportError:
        return {}
    return dict(getattr(mod, "LIFECYCLE", {}) or {})


def _current_text(package: str, schema_id: int, version: int, current: Current) -> str:
    """The sentence about the current schema and what to do."""
    cur = _label(current)
    local = _generated_versions(package)
    newest_local = local[-1] if local else None
    if cur is None:
        known = _module_lifecycle(package, schema_id, version).get("latest")
        if known and _parse_label(known) and _parse_label(known) > (schema_id, version):
            cur = known
    parts = []
    if cur is not None:
        parts.append(f"The current schema is {package} {cur}.")
    cur_iv = _parse_label(cur) if cur else None
    if newest_local and newest_local > (schema_id, version) and (
            cur_iv is None or newest_local >= cur_iv):
        parts.append(f"This installation has decoders for {newest_local[0]}:{newest_local[1]}: "
                     f"request that version (sbe.lifecycle.schema_header({package!r})).")
    else:
        parts.append(f"Update the decoders with: {UPDATE_COMMAND} "
                     "(then rebuild, see docs/updating.md).")
    return " ".join(parts)


def warn_deprecated(package: str, schema_id: int, version: int, *,
                    current: Current = None, stacklevel: int = 1) -> bool:
    """Warn once (per process and (package, id, version)) that the server flagged the
    requested schema as deprecated. ``current``: the current schema if known (``"3:5"``,
    ``(3, 5)`` or a generated module); otherwise what the generated modules know.
    ``stacklevel``: 1 attributes the warning to the caller of this function, 2 to its
    caller, and so on. Returns True if a warning was emitted, False if it had been already."""
    key = (package, int(schema_id), int(version))
    with _lock:
        if key in _warned:
            return False
        _warned.add(key)
    info = _module_lifecycle(package, schema_id, version)
    since = f" (deprecated since {info['deprecatedDate']})" if info.get("deprecatedDate") else ""
    text = (f"SBE schema {package} {schema_id}:{version} is deprecated by the server{since}; "
            "the server upgrades responses to a newer compatible version and will retire this "
            "one (HTTP 400) about six months after deprecation. "
            + _current_text(package, schema_id, version, current))
    warnings.warn(SchemaDeprecatedWarning(text), stacklevel=stacklevel + 1)
    return True


def retired_message(package: str, schema_id: int, version: int, *,
                    current: Current = None, detail: Optional[str] = None) -> str:
    """Text of a :class:`SchemaRetiredError`: the server rejects the requested schema
    (HTTP 400), which schema is current and the command to run. ``detail``: the server's own
    message, appended."""
    info = _module_lifecycle(package, schema_id, version)
    when = f" on {info['retiredDate']}" if info.get("retiredDate") else ""
    text = (f"SBE schema {package} {schema_id}:{version} is retired{when}: the server rejects "
            "requests for it (HTTP 400). "
            + _current_text(package, schema_id, version, current))
    if detail:
        text += f" Server said: {detail}"
    return text


def lifecycle_info(package: str = "spot_sbe", schema_id: Optional[int] = None,
                   version: Optional[int] = None) -> dict:
    """What a generated module was built from: package, id, version, file, sha256 and the
    lifecycle dates known at generation time (``LIFECYCLE``)."""
    mod = decoder_module(package, schema_id, version)
    out = {"package": mod.PACKAGE, "id": mod.SCHEMA_ID, "version": mod.SCHEMA_VERSION,
           "file": mod.SCHEMA_FILE, "sha256": mod.SCHEMA_SHA256, "module": mod.__name__}
    out.update(getattr(mod, "LIFECYCLE", {}) or {})
    return out


def newer_versions_seen(package: Optional[str] = None) -> dict[str, tuple[int, Optional[int]]]:
    """{module name: (count, newest header version)} for the generated modules already
    imported that decoded messages with a header version newer than their schema: the
    server has moved on; run ``python -m codegen update``."""
    from . import _generated
    out = {}
    for name, (p, _i, _v) in _generated.MODULES.items():
        if package is not None and p != package:
            continue
        mod = sys.modules.get(f"{_generated.__name__}.{name}")
        fn = getattr(mod, "newer_versions_seen", None)
        if fn is not None:
            count, newest = fn()
            if count:
                out[name] = (count, newest)
    return out


def reset_warnings() -> None:
    """Forget which deprecation warnings were emitted (tests)."""
    with _lock:
        _warned.clear()
