"""Binance's SBE schema lifecycle JSON (``sbe/schemas/sbe_schema_lifecycle_<env>.json``).

The file says which schema is the latest, which are deprecated (still served, transparently
upgraded) and which are retired (HTTP 400)::

    {"environment": "PROD",
     "latestSchema": {"id": 3, "version": 5, "releaseDate": "2026-07-07"},
     "deprecatedSchemas": [{"id": 3, "version": 4, "releaseDate": ..., "deprecatedDate": ...}],
     "retiredSchemas": [{..., "retiredDate": ...}]}

Binance does not always publish valid JSON: the testnet file has had a missing comma and a
duplicated tail, the FIX files trailing commas. :func:`parse_lifecycle` therefore tries
``json`` first and falls back to a tolerant scan of the flat ``{...}`` schema objects, each
classified by the section it appears in and by the dates it carries; duplicates are merged
(the most advanced status wins).
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, field
from typing import Optional

LATEST, DEPRECATED, RETIRED = "latest", "deprecated", "retired"
_RANK = {LATEST: 0, DEPRECATED: 1, RETIRED: 2}

# where Binance publishes the files (ref = a commit or "master")
LIFECYCLE_FILE = "sbe_schema_lifecycle_{env}.json"


class LifecycleError(ValueError):
    """The lifecycle file cannot be understood (no latest schema found)."""


@dataclass(frozen=True)
class Entry:
    id: int
    version: int
    status: str  # latest | deprecated | retired
    release_date: Optional[str] = None
    deprecated_date: Optional[str] = None
    retired_date: Optional[str] = None

    @property
    def key(self) -> tuple[int, int]:
        return (self.id, self.version)

    @property
    def label(self) -> str:
        return f"{self.id}:{self.version}"


@dataclass
class Lifecycle:
    environment: str
    latest: Entry
    entries: dict[tuple[int, int], Entry] = field(default_factory=dict)
    source: str = ""
    tolerated: list[str] = field(default_factory=list)  # what the tolerant parser had to fix

    @property
    def deprecated(self) -> list[Entry]:
        return sorted((e for e in self.entries.values() if e.status == DEPRECATED),
                      key=lambda e: e.key, reverse=True)

    @property
    def retired(self) -> list[Entry]:
        return sorted((e for e in self.entries.values() if e.status == RETIRED),
                      key=lambda e: e.key, reverse=True)

    def entry(self, schema_id: int, version: int) -> Optional[Entry]:
        return self.entries.get((schema_id, version))

    def status(self, schema_id: int, version: int) -> str:
        """latest | deprecated | retired | unlisted."""
        e = self.entry(schema_id, version)
        return e.status if e else "unlisted"

    def module_info(self, schema_id: int, version: int) -> dict:
        """Flat dict emitted as a generated module's ``LIFECYCLE`` (and stored in the pins)."""
        e = self.entry(schema_id, version)
        return {
            "environment": self.environment.lower(),
            "status": e.status if e else "unlisted",
            "releaseDate": e.release_date if e else None,
            "deprecatedDate": e.deprecated_date if e else None,
            "retiredDate": e.retired_date if e else None,
            "latest": self.latest.label,
            "latestReleaseDate": self.latest.release_date,
        }


def _entry(obj: dict, status: str) -> Entry:
    return Entry(int(obj["id"]), int(obj["version"]), status, obj.get("releaseDate"),
                 obj.get("deprecatedDate"), obj.get("retiredDate"))


def _classify(section: str, obj: dict) -> str:
    """The dates an entry carries decide (a broken file can put an entry in the wrong
    section); the section only decides for an entry with a release date alone."""
    if obj.get("retiredDate"):
        return RETIRED
    if obj.get("deprecatedDate"):
        return DEPRECATED
    if section.startswith("retired"):
        return RETIRED
    if section.startswith("deprecated"):
        return DEPRECATED
    return LATEST


_KEY = re.compile(r'"(\w+)"\s*:\s*(?=[\[{])')
_OBJ = re.compile(r"\{[^{}\[\]]*\}")
_PAIR = re.compile(r'"(\w+)"\s*:\s*("(?:[^"\\]|\\.)*"|-?\d+|null|true|false)')
_ENV = re.compile(r'"environment"\s*:\s*"([^"]*)"')


def _scan(text: str) -> tuple[str, list[tuple[str, dict]]]:
    """(environment, [(section, flat object), ...]) from possibly broken JSON."""
    env = _ENV.search(text)
    keys = [(m.start(), m.group(1)) for m in _KEY.finditer(text)]
    found = []
    for m in _OBJ.finditer(text):
        obj = {k: json.loads(v) for k, v in _PAIR.findall(m.group(0))}
        if "id" not in obj or "version" not in obj:
            continue
        section = ""
        for pos, name in keys:
            if pos < m.start():
                section = name
        found.append((section, obj))
    return (env.group(1) if env else ""), found


def parse_lifecycle(text: str, *, source: str = "") -> Lifecycle:
    """Parse a lifecycle file (str or bytes), tolerating Binance's JSON mistakes."""
    if isinstance(text, (bytes, bytearray)):
        text = bytes(text).decode("utf-8-sig")
    tolerated = []
    items: list[tuple[str, dict]] = []
    env = ""
    try:
        data = json.loads(text)
        env = str(data.get("environment", ""))
        if isinstance(data.get("latestSchema"), dict):
            items.append(("latestSchema", data["latestSchema"]))
        for sec in ("deprecatedSchemas", "retiredSchemas"):
            items += [(sec, o) for o in data.get(sec) or [] if isinstance(o, dict)]
    except (ValueError, AttributeError) as exc:
        tolerated.append(f"not valid JSON ({exc}); read it tolerantly")
        env, items = _scan(text)
    entries: dict[tuple[int, int], Entry] = {}
    latest: Optional[Entry] = None
    for section, obj in items:
        try:
            e = _entry(obj, _classify(section, obj))
        except (KeyError, TypeError, ValueError):
            tolerated.append(f"skipped an unreadable entry {obj!r}")
            continue
        old = entries.get(e.key)
        if old is not None:
            if old == e:
                tolerated.append(f"duplicate entry {e.label} ignored")
                continue
            tolerated.append(f"conflicting entries for {e.label}: kept the most advanced status")
            if _RANK[e.status] < _RANK[old.status]:
                continue
        entries[e.key] = e
    # The latest schema: the one listed as latest (the highest, if the file is confused)
    candidates = [e for e in entries.values() if e.status == LATEST]
    if candidates:
        latest = max(candidates, key=lambda e: e.key)
    if latest is None:
        raise LifecycleError(f"{source or 'lifecycle file'}: no latestSchema with id and version")
    return Lifecycle(environment=env or "", latest=latest, entries=entries, source=source,
                     tolerated=tolerated)


def load_lifecycle(path) -> Lifecycle:
    from pathlib import Path
    p = Path(path)
    return parse_lifecycle(p.read_bytes(), source=p.name)
