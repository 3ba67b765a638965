"""The pinned schemas (schemas/pins.json) and where their XML files are found locally."""

from __future__ import annotations

import hashlib
import json
import os
from dataclasses import dataclass, field
from pathlib import Path
from typing import Optional

REPO_ROOT = Path(__file__).resolve().parent.parent
PINS_FILE = REPO_ROOT / "schemas" / "pins.json"
GENERATED_DIR = REPO_ROOT / "sbe" / "_generated"
REGENERATE_COMMAND = "python -m codegen --pinned"


@dataclass(frozen=True)
class Pin:
    file: str
    package: str
    id: int
    version: int
    commit: str
    url: str
    sha256: str
    # Binance lifecycle dates at generation time (codegen.lifecycle.Lifecycle.module_info);
    # emitted into the generated module as LIFECYCLE. Empty when not published (streams).
    lifecycle: dict = field(default_factory=dict, compare=False, hash=False)


def load_pins(path: Path = PINS_FILE) -> list[Pin]:
    data = json.loads(Path(path).read_text(encoding="utf-8"))
    return [Pin(**entry) for entry in data["schemas"]]


def lifecycle_map(pins: list[Pin]) -> dict[tuple[str, int, int], dict]:
    """(package, id, version) -> lifecycle dict, the ``lifecycle`` argument of generate()."""
    return {(p.package, p.id, p.version): dict(p.lifecycle) for p in pins if p.lifecycle}


def schemas_dir(explicit: Optional[str] = None) -> Optional[Path]:
    """Folder holding the schema XML files: --schemas-dir, $SBE_SCHEMAS_DIR, the workspace's
    ../shared/sbe-schemas, or schemas/ itself (if someone downloaded the files there)."""
    candidates = [explicit, os.environ.get("SBE_SCHEMAS_DIR"),
                  REPO_ROOT.parent / "shared" / "sbe-schemas", REPO_ROOT / "schemas"]
    for c in candidates:
        if c and Path(c).is_dir() and any(Path(c).glob("*.xml")):
            return Path(c)
    return None


def sha256_of(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def pinned_paths(explicit_dir: Optional[str] = None) -> list[Path]:
    """Paths of the pinned schema files, each verified against its sha256.

    Raises FileNotFoundError (saying how to get them) or ValueError (checksum mismatch)."""
    folder = schemas_dir(explicit_dir)
    pins = load_pins()
    if folder is None:
        raise FileNotFoundError(
            "pinned schema files not found: set SBE_SCHEMAS_DIR to a folder holding "
            + ", ".join(p.file for p in pins) + " (download them from the URLs in "
            "schemas/pins.json)")
    out = []
    for pin in pins:
        path = folder / pin.file
        if not path.is_file():
            raise FileNotFoundError(f"{path} is missing (pinned: {pin.url})")
        digest = sha256_of(path)
        if digest != pin.sha256:
            raise ValueError(f"{path}: sha256 {digest} does not match the pin {pin.sha256}")
        out.append(path)
    return out
