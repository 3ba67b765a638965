"""Schema files -> generated files on disk (parse, then emit), deterministically."""

from __future__ import annotations

import re
from pathlib import Path
from typing import Iterable, Optional

from .emit_cython import emit_module
from .model import Schema
from .parse import parse_schema

# Public alias modules: `sbe.spot` follows the newest spot_sbe schema, `sbe.stream` the
# newest spot_stream one.
ALIASES = {"spot_sbe": "spot", "spot_stream": "stream"}


def module_name(schema: Schema) -> str:
    """`spot_sbe_3_5`: package, id and version make the module unique and say what it is."""
    pkg = re.sub(r"\W", "_", schema.package or Path(schema.source_name).stem)
    return f"{pkg}_{schema.id}_{schema.version}"


def write_if_changed(path: Path, text: str) -> bool:
    """Write ``text`` unless the file already holds it (keeps mtimes, so builds stay cached)."""
    if path.exists() and path.read_text(encoding="utf-8") == text:
        return False
    path.write_text(text, encoding="utf-8", newline="\n")
    return True


def render(schema_paths: Iterable[str], *, command: Optional[str] = None,
           package_prefix: str = "sbe._generated.") -> dict[str, str]:
    """All generated files for ``schema_paths``: {file name: text}."""
    files: dict[str, str] = {}
    for path in schema_paths:
        schema = parse_schema(path)
        mod = module_name(schema)
        cmd = command or f"python -m codegen {schema.source_name} --out <dir>"
        files.update(emit_module(schema, mod, cmd, package_prefix=package_prefix))
    return files


def generate(schema_paths: Iterable[str], out_dir: str, *, command: Optional[str] = None,
             package_prefix: str = "sbe._generated.") -> list[Path]:
    """Parse and emit every schema into ``out_dir``; returns the files written or unchanged."""
    out = Path(out_dir)
    out.mkdir(parents=True, exist_ok=True)
    written = []
    for name, text in sorted(render(schema_paths, command=command,
                                    package_prefix=package_prefix).items()):
        write_if_changed(out / name, text)
        written.append(out / name)
    return written
