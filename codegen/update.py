"""Follow Binance's newest SBE schema in one command: ``python -m codegen update``.

    python -m codegen update                          # download (prod lifecycle, latest schema)
    python -m codegen update --from ../shared/sbe-schemas          # offline, from a folder
    python -m codegen update --from path/to/spot_3_6.xml          # offline, one file
    python -m codegen update --schema spot_3_4.xml --from DIR     # force a version
    python -m codegen update --dry-run                # show what would change, write nothing

Steps (docs/updating.md):

1. read Binance's lifecycle JSON (``sbe_schema_lifecycle_<env>.json``; tolerant parser, see
   codegen.lifecycle) to find the latest schema - never the ``*_latest.xml`` links, which
   lagged behind production;
2. get the schema file: from ``--from`` (a folder, whose ``SOURCES.md`` manifest gives commit
   and sha256 when present, or a single file), else download it from
   ``raw.githubusercontent.com/binance/binance-spot-api-docs/<commit>/sbe/schemas/<file>``
   (the commit is resolved through the GitHub API, which also gives the git blob hash the
   download is checked against);
3. verify it: sha256 (``--sha256``, the manifest, or the existing pin of the same commit), a
   complete download, a valid schema (codegen.parse) whose id/version match its name and the
   lifecycle;
4. regenerate the decoders of every pinned schema in memory, then write what changed
   (``sbe/_generated``), drop replaced modules, update ``schemas/pins.json`` (url, commit,
   sha256, id, version, lifecycle dates);
5. rebuild the extensions in place (``setup.py build_ext --inplace``) unless ``--no-build``;
6. print what changed against the previous schema (codegen.diff), breaking changes loudly.

A new schema id keeps the newest decoders of the previous id beside the new ones (until the
lifecycle says that id is retired): ``sbe.spot`` follows the newest, the older stays
importable as ``sbe._generated.spot_sbe_<id>_<version>``. Nothing is written before every
schema has been fetched, verified and generated; errors leave the committed decoders untouched.
Running it twice changes nothing, and its output is exactly ``python -m codegen --pinned``'s.
"""

from __future__ import annotations

import argparse
import ast
import dataclasses
import hashlib
import http.client
import json
import os
import re
import shlex
import subprocess
import sys
import tempfile
import urllib.error
import urllib.parse
import urllib.request
from dataclasses import dataclass, field
from pathlib import Path
from typing import Optional

from . import pins as _pins
from .diff import diff_schemas, label
from .lifecycle import LIFECYCLE_FILE, Lifecycle, LifecycleError, parse_lifecycle
from .model import Schema
from .pins import REGENERATE_COMMAND, Pin

RAW_URL = "https://raw.githubusercontent.com/binance/binance-spot-api-docs"
API_URL = "https://api.github.com/repos/binance/binance-spot-api-docs"
UPSTREAM_DIR = "sbe/schemas"
COMMAND = "python -m codegen update"
LIFECYCLE_PACKAGE = "spot_sbe"  # the package Binance's lifecycle JSON is about
# upstream file name of a schema: spot_3_5.xml, stream_1_0.xml
FILE_PREFIX = {"spot_sbe": "spot", "spot_stream": "stream"}
_FILE_RE = re.compile(r"^([A-Za-z_]+?)_(\d+)_(\d+)\.xml$")
_HEX40 = re.compile(r"^[0-9a-f]{40}$")


def read_ir(path: Path) -> Optional[dict]:
    """Plain view of a committed model (``MODEL = Schema.from_json(...)``, or the older
    ``IR = {...}`` literal), read without importing the generated module."""
    if not path.is_file():
        return None
    try:
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for node in tree.body:
            if not isinstance(node, ast.Assign):
                continue
            names = {t.id for t in node.targets if isinstance(t, ast.Name)}
            if "MODEL" in names and isinstance(node.value, ast.Call) and node.value.args:
                return Schema.from_json(ast.literal_eval(node.value.args[0])).to_plain()
            if "IR" in names and not isinstance(node.value, ast.Call):
                return ast.literal_eval(node.value)
    except (SyntaxError, ValueError, KeyError, TypeError):
        pass
    return None


class UpdateError(Exception):
    """Something the user must fix; nothing has been written."""


@dataclass
class Fetched:
    file: str  # canonical upstream file name
    data: bytes
    commit: str
    url: str  # pinned URL
    origin: str  # where the bytes came from (path or URL)
    checks: list[str] = field(default_factory=list)  # what was verified


@dataclass
class Result:
    changed: bool
    summary: str
    written: list[Path] = field(default_factory=list)
    deleted: list[Path] = field(default_factory=list)
    pins: list[Pin] = field(default_factory=list)


# --------------------------------------------------------------------------------------------
# network
# --------------------------------------------------------------------------------------------

def http_get(url: str, timeout: float = 30.0) -> bytes:
    """GET ``url``; a short body (connection closed before Content-Length) is an error."""
    req = urllib.request.Request(url, headers={"User-Agent": "sbe-codegen-update",
                                               "Accept-Encoding": "identity"})
    try:
        with urllib.request.urlopen(req, timeout=timeout) as resp:
            data = resp.read()
            declared = resp.headers.get("Content-Length")
    except urllib.error.HTTPError as exc:
        raise UpdateError(f"download failed: {url}: HTTP {exc.code} {exc.reason}") from None
    except http.client.IncompleteRead as exc:
        raise UpdateError(f"download failed: {url}: truncated (got {len(exc.partial)} bytes, "
                          f"{exc.expected} more expected)") from None
    except (urllib.error.URLError, OSError, http.client.HTTPException) as exc:
        reason = getattr(exc, "reason", exc)
        raise UpdateError(f"download failed: {url}: {reason}") from None
    if declared is not None and declared.isdigit() and int(declared) != len(data):
        raise UpdateError(f"download failed: {url}: truncated ({len(data)} of {declared} bytes)")
    return data


def git_blob_sha1(data: bytes) -> str:
    """``git hash-object`` of ``data`` (what the GitHub API reports as a file's sha)."""
    return hashlib.sha1(b"blob %d\0" % len(data) + data).hexdigest()


def raw_url(file: str, ref: str, base: str = RAW_URL) -> str:
    return f"{base.rstrip('/')}/{ref}/{UPSTREAM_DIR}/{file}"


# --------------------------------------------------------------------------------------------
# local manifests (shared/sbe-schemas/SOURCES.md)
# --------------------------------------------------------------------------------------------

_ROW = re.compile(r"^\|\s*`([^`/]+\.xml)`\s*\|\s*`[^`]*`\s*\|\s*`([0-9a-f]{40})`\s*\|\s*"
                  r"`([0-9a-f]{64})`", re.M)


def read_manifest(folder: Path) -> dict[str, tuple[str, str]]:
    """{file: (commit, sha256)} from a SOURCES.md table in ``folder`` (empty if none)."""
    out: dict[str, tuple[str, str]] = {}
    src = folder / "SOURCES.md"
    if src.is_file():
        for m in _ROW.finditer(src.read_text(encoding="utf-8", errors="replace")):
            out.setdefault(m.group(1), (m.group(2), m.group(3)))
    return out


# --------------------------------------------------------------------------------------------
# the steps
# --------------------------------------------------------------------------------------------

def canonical_file(package: str, schema_id: int, version: int, fallback: str) -> str:
    prefix = FILE_PREFIX.get(package)
    return f"{prefix}_{schema_id}_{version}.xml" if prefix else fallback


def parse_schema_arg(text: str) -> str:
    """``spot_3_4.xml``, ``spot_3_4`` or ``3:4`` -> ``spot_3_4.xml``."""
    m = re.fullmatch(r"(\d+):(\d+)", text.strip())
    if m:
        return f"spot_{m.group(1)}_{m.group(2)}.xml"
    return text if text.endswith(".xml") else text + ".xml"


class Updater:
    def __init__(self, args: argparse.Namespace, log=None):
        self.a = args
        self.log = log or _progress
        self.root = Path(args.root).resolve() if args.root else _pins.REPO_ROOT
        self.out = Path(args.out).resolve() if args.out else self.root / "sbe" / "_generated"
        self.pins_path = (Path(args.pins).resolve() if args.pins
                          else self.root / "schemas" / "pins.json")
        self.src = Path(args.source).resolve() if args.source else None
        self.notes: list[str] = []
        self.ref = args.commit or "master"

    def get(self, url: str) -> bytes:
        """Every network request of an update goes through here: none with ``--offline``."""
        if self.a.offline:
            raise UpdateError(f"--offline: {url} is not available locally (give --from DIR "
                              "holding the schemas and the lifecycle JSON, --lifecycle FILE, "
                              "or --schema FILE)")
        self.log(f"downloading {url}")
        return http_get(url, self.a.timeout)

    # -- lifecycle ----------------------------------------------------------------------------

    def load_lifecycle(self, required: bool) -> Optional[Lifecycle]:
        name = LIFECYCLE_FILE.format(env=self.a.env)
        where = self.a.lifecycle
        try:
            if where and re.match(r"^https?://", where):
                return parse_lifecycle(self.get(where), source=where)
            if where:
                p = Path(where)
                if not p.is_file():
                    raise UpdateError(f"lifecycle file {p} not found")
                return parse_lifecycle(p.read_bytes(), source=p.name)
            folder = self.src if self.src and self.src.is_dir() else (
                self.src.parent if self.src else None)
            if folder is not None and (folder / name).is_file():
                return parse_lifecycle((folder / name).read_bytes(), source=name)
            if self.src is not None and not required:
                self.notes.append(f"no {name} next to {self.src}: lifecycle dates unknown")
                return None
            url = raw_url(name, self.ref, self.a.raw_url)
            return parse_lifecycle(self.get(url), source=url)
        except LifecycleError as exc:
            raise UpdateError(f"lifecycle: {exc}") from None
        except UpdateError:
            if required:
                raise
            self.notes.append("lifecycle JSON unavailable: lifecycle dates unknown")
            return None

    # -- fetching -------------------------------------------------------------------------------

    def resolve_commit(self, file: str) -> Optional[str]:
        if _HEX40.match(self.ref):
            return self.ref
        url = (f"{self.a.api_url.rstrip('/')}/commits?"
               + urllib.parse.urlencode({"path": f"{UPSTREAM_DIR}/{file}", "sha": self.ref,
                                         "per_page": 1}))
        try:
            data = json.loads(self.get(url))
            sha = data[0]["sha"]
            if _HEX40.match(sha):
                return sha
        except (UpdateError, ValueError, KeyError, IndexError, TypeError):
            pass
        return None

    def download(self, file: str, expected_sha: Optional[str],
                 commit: Optional[str] = None) -> Fetched:
        commit = commit or self.resolve_commit(file)
        checks = []
        if commit is None:
            self.notes.append(f"could not resolve the upstream commit of {file} (GitHub API "
                              f"unreachable): pinned to {self.ref!r}")
            commit = self.ref
        url = raw_url(file, commit, self.a.raw_url)
        data = self.get(url)
        checks.append("complete download")
        if _HEX40.match(commit) and not expected_sha:
            meta_url = (f"{self.a.api_url.rstrip('/')}/contents/{UPSTREAM_DIR}/{file}?"
                        + urllib.parse.urlencode({"ref": commit}))
            try:
                meta = json.loads(self.get(meta_url))
                blob, size = meta["sha"], meta.get("size")
            except (UpdateError, ValueError, KeyError, TypeError):
                blob = size = None
            if blob:
                got = git_blob_sha1(data)
                if got != blob or (size is not None and size != len(data)):
                    raise UpdateError(
                        f"checksum mismatch for {url}: git blob {got} ({len(data)} bytes), "
                        f"GitHub says {blob} ({size} bytes). The download is corrupt or "
                        "truncated; nothing was changed.")
                checks.append(f"git blob {blob[:12]} (GitHub API)")
        return Fetched(file, data, commit, raw_url(file, commit, RAW_URL), url, checks)

    def fetch(self, file: str, expected_sha: Optional[str] = None,
              pin: Optional[Pin] = None) -> Fetched:
        """The bytes of upstream ``file`` (local folder first), with their commit and checks."""
        manifest = read_manifest(self.src) if self.src and self.src.is_dir() else {}
        commit = None
        if file in manifest:
            commit, msha = manifest[file]
            if expected_sha and expected_sha != msha:
                raise UpdateError(f"{file}: the expected sha256 {expected_sha} differs from "
                                  f"the one in {self.src / 'SOURCES.md'} ({msha})")
            expected_sha = expected_sha or msha
        if pin is not None and commit in (None, pin.commit):
            commit = commit or pin.commit
            expected_sha = expected_sha or pin.sha256
        local = None
        if self.src is not None:
            if self.src.is_file() and pin is None:
                local = self.src
            elif self.src.is_dir() and (self.src / file).is_file():
                local = self.src / file
        if local is None and pin is not None:  # the workspace's schema folder, if any
            folder = _pins.schemas_dir(None)
            if folder is not None and (folder / file).is_file():
                local = folder / file
        if local is not None:
            data = local.read_bytes()
            ref = commit or self.ref
            fetched = Fetched(file, data, ref, raw_url(file, ref, RAW_URL), str(local))
            if commit is None:
                self.notes.append(f"{file}: upstream commit unknown (no manifest entry, no "
                                  f"--commit): pinned to {ref!r}")
        elif self.a.offline:
            raise UpdateError(f"{file} not found locally and --offline given")
        else:
            fetched = self.download(file, expected_sha, commit)
        digest = hashlib.sha256(fetched.data).hexdigest()
        if expected_sha:
            if digest != expected_sha:
                raise UpdateError(
                    f"checksum mismatch for {fetched.origin}: sha256 {digest}, expected "
                    f"{expected_sha}. The file is corrupt, truncated or was edited upstream "
                    "without a version bump; nothing was changed.")
            fetched.checks.append(f"sha256 {digest[:12]}")
        return fetched

    # -- pins ---------------------------------------------------------------------------------

    def plan_pins(self, old: list[Pin], target: Pin,
                  lc: Optional[Lifecycle]) -> tuple[list[Pin], list[Pin]]:
        """(new pins, dropped pins): ``target`` replaces its package's pins of the same id;
        the newest pin of the previous id is kept for the transition unless it is retired."""
        same = [p for p in old if p.package == target.package]
        keep = [p for p in old if p.package != target.package] + [target]
        lower = [p for p in same if p.id < target.id]
        if lower:
            prev_id = max(p.id for p in lower)
            prev = max((p for p in lower if p.id == prev_id), key=lambda p: p.version)
            status = (lc.status(prev.id, prev.version)
                      if lc is not None and prev.package == LIFECYCLE_PACKAGE else None)
            if status == "retired":
                e = lc.entry(prev.id, prev.version)
                self.notes.append(f"dropped {prev.package} {prev.id}:{prev.version}: retired "
                                  f"on {e.retired_date}")
            else:
                keep.append(prev)
                self.notes.append(f"kept {prev.package} {prev.id}:{prev.version} beside "
                                  f"{target.id}:{target.version} for the transition (import "
                                  f"sbe._generated.{_module(prev)})")
        dropped = [p for p in same if p.file not in {k.file for k in keep}]
        if lc is not None:  # refresh the lifecycle dates of every spot_sbe pin
            keep = [dataclasses.replace(p, lifecycle=lc.module_info(p.id, p.version))
                    if p.package == LIFECYCLE_PACKAGE else p for p in keep]
        keep.sort(key=lambda p: (p.package, p.id, p.version))
        return keep, dropped

    def pins_text(self, new: list[Pin]) -> str:
        try:
            data = json.loads(self.pins_path.read_text(encoding="utf-8"))
        except (OSError, ValueError):
            data = {}
        data.setdefault("comment", "Schemas the committed decoders are generated from.")
        data.setdefault("upstream", "https://github.com/binance/binance-spot-api-docs")
        entries = []
        for p in new:
            e = dataclasses.asdict(p)
            if not e["lifecycle"]:
                del e["lifecycle"]
            entries.append(e)
        data["schemas"] = entries
        return json.dumps(data, indent=2, ensure_ascii=False) + "\n"

    # -- previous schema (for the summary) ------------------------------------------------------

    def previous_ir(self, pin: Pin) -> Optional[dict]:
        return read_ir(self.out / f"{_module(pin)}_ir.py")

    # -- the whole run ----------------------------------------------------------------------------

    def run(self) -> Result:
        from .generate import index_text, render
        from .parse import SchemaError, parse_schema

        a = self.a
        try:
            old_pins = _pins.load_pins(self.pins_path)
        except FileNotFoundError:
            old_pins = []
        except (ValueError, TypeError) as exc:
            raise UpdateError(f"{self.pins_path}: unreadable pins ({exc})") from None

        # 1. which schema
        self.log(f"updating {self.out} (pins {self.pins_path})")
        forced = parse_schema_arg(a.schema) if a.schema else None
        if self.src is not None and not self.src.exists():
            raise UpdateError(f"--from {self.src}: no such file or folder")
        single_file = self.src is not None and self.src.is_file()
        lc = self.load_lifecycle(required=not (forced or single_file))
        if lc is not None:
            for t in lc.tolerated:
                self.notes.append(f"lifecycle ({lc.source}): {t}")
        if forced:
            want = forced
        elif single_file:
            want = None  # named after what the file declares
        else:
            want = f"spot_{lc.latest.id}_{lc.latest.version}.xml"

        # 2. fetch and 3. verify the target
        if single_file:
            data = self.src.read_bytes()
            fetched = Fetched(self.src.name, data, a.commit or self.ref, "", str(self.src))
            if a.sha256:
                digest = hashlib.sha256(data).hexdigest()
                if digest != a.sha256:
                    raise UpdateError(f"checksum mismatch for {self.src}: sha256 {digest}, "
                                      f"expected {a.sha256}; nothing was changed.")
                fetched.checks.append(f"sha256 {digest[:12]}")
        else:
            same_file_pin = next((p for p in old_pins if p.file == want), None)
            fetched = self.fetch(want, a.sha256, same_file_pin if not a.commit or (
                same_file_pin and same_file_pin.commit == a.commit) else None)
        try:
            schema = parse_schema(fetched.data, source_name=fetched.file)
        except SchemaError as exc:
            raise UpdateError(f"schema validation failed for {fetched.origin}; nothing was "
                              f"changed:\n{exc}") from None
        file = canonical_file(schema.package, schema.id, schema.version, fetched.file)
        m = _FILE_RE.match(want or file)
        if m and (int(m.group(2)), int(m.group(3))) != (schema.id, schema.version):
            raise UpdateError(f"{fetched.origin} declares schema {schema.id}:{schema.version}, "
                              f"not what its name {want or fetched.file} says; nothing was "
                              "changed.")
        fetched.checks.append(f"valid schema {schema.package} {schema.id}:{schema.version}")
        if file != fetched.file:
            schema = parse_schema(fetched.data, source_name=file)
            fetched.file = file
        if single_file:
            fetched.url = raw_url(file, fetched.commit, RAW_URL)
            prior = next((p for p in old_pins if p.file == file and p.sha256 == schema.sha256),
                         None)
            if prior is not None and not a.commit:
                fetched.commit, fetched.url = prior.commit, prior.url
            elif not a.commit:
                self.notes.append(f"{file}: upstream commit unknown (single file, no --commit): "
                                  f"pinned to {fetched.commit!r}")
        if lc is not None and schema.package == LIFECYCLE_PACKAGE:
            status = lc.status(schema.id, schema.version)
            if status == "retired" and not a.allow_retired:
                e = lc.entry(schema.id, schema.version)
                raise UpdateError(f"{label(schema.to_plain())} was retired on {e.retired_date} "
                                  f"({lc.environment}): the server rejects it with HTTP 400. "
                                  "Use --allow-retired to generate it anyway.")
            if status != "latest":
                self.notes.append(f"{schema.package} {schema.id}:{schema.version} is {status} "
                                  f"in the {lc.environment} lifecycle; latest is "
                                  f"{lc.latest.label}")
        same_file_pin = next((p for p in old_pins if p.file == file), None)
        if same_file_pin is not None and same_file_pin.sha256 != schema.sha256:
            self.notes.append(f"!!! {file} CHANGED IN PLACE upstream (sha256 "
                              f"{same_file_pin.sha256[:12]} -> {schema.sha256[:12]}, commit "
                              f"{same_file_pin.commit[:12]} -> {fetched.commit[:12]}) without "
                              "a version bump: check the summary for wire changes")
        target = Pin(file=file, package=schema.package, id=schema.id, version=schema.version,
                     commit=fetched.commit, url=fetched.url, sha256=schema.sha256,
                     lifecycle=(lc.module_info(schema.id, schema.version)
                                if lc is not None and schema.package == LIFECYCLE_PACKAGE
                                else {}))
        if lc is None and same_file_pin is not None and same_file_pin.sha256 == schema.sha256:
            target = dataclasses.replace(target, lifecycle=dict(same_file_pin.lifecycle))

        # 4. every schema of the new pin set, generated in memory
        self.log(f"verified {fetched.file}: " + (", ".join(fetched.checks) or "no checks"))
        new_pins, dropped = self.plan_pins(old_pins, target, lc)
        xml = {target.file: fetched.data}
        skipped: list[Pin] = []
        for p in new_pins:
            if p.file in xml:
                continue
            try:
                xml[p.file] = self.fetch(p.file, p.sha256, p).data
            except UpdateError as exc:
                if "checksum" in str(exc):
                    raise
                skipped.append(p)
                self.notes.append(f"{p.file} unavailable ({exc}); its generated files are left "
                                  "as they are")
        with tempfile.TemporaryDirectory(prefix="sbe-update-") as tmp:
            paths = []
            for name, data in sorted(xml.items()):
                (Path(tmp) / name).write_bytes(data)
                paths.append(str(Path(tmp) / name))
            try:
                files = render(paths, command=REGENERATE_COMMAND,
                               lifecycle=_pins.lifecycle_map(new_pins))
            except SchemaError as exc:
                raise UpdateError(f"schema validation failed; nothing was changed:\n{exc}") \
                    from None
        modules = sorted({_module(p) for p in new_pins})
        files["__init__.py"] = index_text(
            sorted(set(modules) | {p.stem for p in self.out.glob("*.pyx")
                                   if p.stem not in {_module(d) for d in dropped}}))
        pins_text = self.pins_text(new_pins)

        # what would change
        to_write = [(self.out / n, t) for n, t in sorted(files.items())
                    if not (self.out / n).is_file()
                    or (self.out / n).read_text(encoding="utf-8") != t]
        pins_changed = (not self.pins_path.is_file()
                        or self.pins_path.read_text(encoding="utf-8") != pins_text)
        to_delete = []
        for p in dropped:
            mod = _module(p)
            if mod in modules:
                continue
            for f in sorted(self.out.glob(mod + ".*")) + sorted(self.out.glob(mod + "_ir.py")) \
                    + sorted(self.out.glob(mod + "_batch.*")):
                to_delete.append(f)

        # 6. the summary
        prev_pins = [p for p in old_pins if p.package == target.package]
        prev = max(prev_pins, key=lambda p: (p.id, p.version)) if prev_pins else None
        lines = []
        if prev is None:
            lines.append(f"new package {schema.package}: {schema.id}:{schema.version}")
        elif prev.sha256 == target.sha256:
            lines.append(f"{schema.package} {schema.id}:{schema.version} ({file}) is already "
                         f"the pinned schema (sha256 {target.sha256[:12]}); no schema change")
        else:
            old_ir = self.previous_ir(prev)
            if old_ir is None:
                try:
                    old_ir = parse_schema(self.fetch(prev.file, prev.sha256, prev).data,
                                          source_name=prev.file).to_plain()
                except (UpdateError, SchemaError) as exc:
                    self.notes.append(f"previous schema {prev.file} unavailable ({exc}): no diff")
            if old_ir is not None:
                lines.append(diff_schemas(old_ir, schema.to_plain()).summary().rstrip())
        lines.append("")
        lines.append(f"source: {fetched.origin} (commit {fetched.commit}); verified: "
                     + (", ".join(fetched.checks) or "nothing"))
        if lc is not None:
            info = target.lifecycle or {}
            lines.append(f"lifecycle ({lc.environment or a.env}): latest {lc.latest.label} since "
                         f"{lc.latest.release_date}; {schema.id}:{schema.version} is "
                         f"{info.get('status', 'unlisted')}")
        for n in self.notes:
            lines.append(f"note: {n}")
        changed = bool(to_write or to_delete or pins_changed)
        if not changed:
            lines.append("Already up to date: nothing changed.")
        else:
            verb = "would " if a.dry_run else ""
            for path, _ in to_write:
                lines.append(f"{verb}write  {_rel(path, self.root)}")
            for path in to_delete:
                lines.append(f"{verb}delete {_rel(path, self.root)}")
            if pins_changed:
                lines.append(f"{verb}update {_rel(self.pins_path, self.root)}")
        result = Result(changed, "\n".join(lines) + "\n", pins=new_pins)
        if a.dry_run or not changed:
            return result

        # apply (every check has passed)
        self.out.mkdir(parents=True, exist_ok=True)
        for path, text in to_write:
            path.write_text(text, encoding="utf-8", newline="\n")
            result.written.append(path)
        for path in to_delete:
            path.unlink()
            result.deleted.append(path)
        if pins_changed:
            self.pins_path.parent.mkdir(parents=True, exist_ok=True)
            self.pins_path.write_text(pins_text, encoding="utf-8", newline="\n")
        return result

    def unbuilt(self) -> list[str]:
        """Generated modules with no compiled extension beside them."""
        return [p.stem for p in sorted(self.out.glob("*.pyx"))
                if not any(self.out.glob(p.stem + ".*.so"))
                and not any(self.out.glob(p.stem + ".*.pyd"))]

    def build(self) -> None:
        cmd = [sys.executable, "setup.py", "-q", "build_ext", "--inplace"]
        proc = subprocess.run(cmd, cwd=self.root, capture_output=True, text=True)
        if proc.returncode != 0:
            raise UpdateError(f"the decoders were regenerated but the build failed "
                              f"({' '.join(cmd)} in {self.root}):\n"
                              f"{proc.stdout[-3000:]}\n{proc.stderr[-6000:]}")


def _installed_elsewhere(root: Path) -> bool:
    """True when ``import sbe`` (in a fresh interpreter) would not load ``root``'s copy."""
    proc = subprocess.run([sys.executable, "-c", "import sbe; print(sbe.__file__)"],
                          cwd=tempfile.gettempdir(), capture_output=True, text=True)
    where = proc.stdout.strip()
    if proc.returncode != 0 or not where:
        return False
    return Path(where).resolve().parent != (root / "sbe").resolve()


def _progress(message: str) -> None:
    """One step of a long run, shown at once (``update`` takes a while: downloads, a build)."""
    print(f"... {message}", flush=True)


def _module(p: Pin) -> str:
    return f"{re.sub(r'[^0-9A-Za-z_]', '_', p.package)}_{p.id}_{p.version}"


def _rel(path: Path, root: Path) -> str:
    try:
        return str(path.relative_to(root))
    except ValueError:
        return str(path)


def parser() -> argparse.ArgumentParser:
    ap = argparse.ArgumentParser(
        prog=COMMAND,
        description="Regenerate the decoders from Binance's newest SBE schema: read the "
                    "lifecycle JSON, fetch and verify the schema, regenerate, update "
                    "schemas/pins.json, rebuild, and summarise what changed.")
    ap.add_argument("--from", dest="source", metavar="DIR|FILE",
                    help="take schemas (and the lifecycle JSON, SOURCES.md manifest) from a "
                         "local folder, or the schema from one file, instead of downloading")
    ap.add_argument("--lifecycle", metavar="FILE|URL",
                    help="lifecycle JSON (default: from --from DIR, else downloaded)")
    ap.add_argument("--env", choices=("prod", "testnet"), default="prod",
                    help="which lifecycle to follow (default prod)")
    ap.add_argument("--schema", metavar="FILE",
                    help="force a schema instead of the latest, e.g. spot_3_4.xml, 3:4 or "
                         "stream_1_0.xml")
    ap.add_argument("--commit", metavar="SHA",
                    help="upstream commit to download from and pin (default: resolve master)")
    ap.add_argument("--sha256", metavar="HEX", help="expected sha256 of the schema file")
    ap.add_argument("--root", metavar="DIR",
                    help="repository to update (default: the one holding this codegen)")
    ap.add_argument("--out", metavar="DIR", help="generated package (default ROOT/sbe/_generated)")
    ap.add_argument("--pins", metavar="FILE", help="pins file (default ROOT/schemas/pins.json)")
    ap.add_argument("--raw-url", default=os.environ.get("SBE_SCHEMAS_RAW_URL", RAW_URL),
                    help="base of raw file downloads (<base>/<ref>/sbe/schemas/<file>)")
    ap.add_argument("--api-url", default=os.environ.get("SBE_SCHEMAS_API_URL", API_URL),
                    help="GitHub API base of the repository (commit and blob hash lookup)")
    ap.add_argument("--timeout", type=float, default=30.0, help="network timeout in seconds")
    ap.add_argument("--offline", action="store_true", help="never download")
    ap.add_argument("--allow-retired", action="store_true",
                    help="generate a schema the lifecycle says is retired")
    ap.add_argument("--no-build", action="store_true",
                    help="do not run setup.py build_ext --inplace afterwards")
    ap.add_argument("--dry-run", action="store_true",
                    help="fetch, verify and summarise, but write nothing")
    return ap


def source_tree_problem(root: Path) -> Optional[str]:
    """Why ``root`` cannot be updated in place (None when it is a source tree: setup.py, the
    codegen/ folder and sbe/_generated/ side by side)."""
    if (root / "setup.py").is_file() and (root / "codegen").is_dir() and (
            root / "sbe" / "_generated").is_dir():
        return None
    return (f"{root} is not a source tree of sbe (no setup.py + codegen/ + sbe/_generated/): "
            "this looks like an installed copy, whose decoders are rebuilt by reinstalling, "
            "not in place")


def refusal(problem: str, argv: list[str]) -> str:
    """The message of a refused update: what is wrong, that nothing changed, what works."""
    rest = " ".join(shlex.quote(a) for a in argv)
    command = f"python -m codegen update{' ' + rest if rest else ''}"
    return (f"{problem}. Nothing was changed; the installed decoders keep working.\n"
            "Update in a clone of the repository, then install from it:\n"
            f"    cd PATH/TO/CLONE && {command} && python -m pip install .")


def main(argv=None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    args = parser().parse_args(argv)
    up = Updater(args)
    # An installed copy (site-packages/sbe) has no setup.py to rebuild with and its
    # generated package belongs to pip: refuse before reading or writing anything.
    if not (args.out and args.pins and args.no_build):
        problem = source_tree_problem(up.root)
        if problem is not None:
            print("error: " + refusal(problem, argv), file=sys.stderr)
            return 2
    try:
        result = up.run()
    except UpdateError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2
    print(result.summary, end="")
    # a module left unbuilt by an earlier failed build is built now, even with nothing new
    unbuilt = up.unbuilt()
    if (result.changed or unbuilt) and not args.dry_run and not args.no_build:
        if unbuilt and not result.changed:
            print("not built yet: " + ", ".join(unbuilt))
        print("building: python setup.py build_ext --inplace ...", flush=True)
        try:
            up.build()
        except UpdateError as exc:
            print(f"error: {exc}\nThe previously built decoders stay in use (sbe._generated "
                  "falls back to the newest module that imports).", file=sys.stderr)
            return 3
        print("built.")
        if _installed_elsewhere(up.root):
            print("note: the sbe you import is installed elsewhere; install this tree to "
                  "use the new decoders: python -m pip install .")
    elif result.changed and args.no_build and not args.dry_run:
        print("not built (--no-build): run python setup.py build_ext --inplace")
    return 0


if __name__ == "__main__":
    sys.exit(main())
