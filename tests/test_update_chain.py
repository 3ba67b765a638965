"""``python -m codegen update`` on a temp copy of the repository, through the real Binance
versions 3:2 -> 3:3 -> 3:4 -> 3:5 (and stream 1:0): the summaries name the real differences,
replaced modules disappear, the regenerated decoders build and decode, a second run is a
no-op and the result is exactly ``python -m codegen --pinned``'s. Plus a schema-id
transition (old id kept beside the new one, then dropped once retired) and cross-version
decoding 3:4 <-> 3:5 field by field."""

from __future__ import annotations

import enum
import json
import os
import random
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from conftest import schemas_dir
from test_update_support import copy_repo, run_update, snapshot

pytest.importorskip("lxml")


@pytest.fixture(scope="module")
def shared():
    d = schemas_dir()
    need = [f"spot_3_{v}.xml" for v in (2, 3, 4, 5)] + ["stream_1_0.xml",
                                                         "sbe_schema_lifecycle_prod.json"]
    if not all((d / n).is_file() for n in need):
        pytest.skip(f"Binance schemas not in {d}")
    return d


def pins_of(root: Path) -> list[dict]:
    return json.loads((root / "schemas" / "pins.json").read_text())["schemas"]


def modules_of(root: Path) -> list[str]:
    return sorted(p.stem for p in (root / "sbe" / "_generated").glob("*.pyx")
                  if not p.stem.endswith("_batch"))  # a stream schema's batch loops


def test_chain_3_2_to_3_5(shared, tmp_path):
    root = copy_repo(tmp_path / "repo", binaries=True)
    # the build of this copy: -O0 to keep the test fast
    setup = root / "setup.py"
    setup.write_text(setup.read_text().replace('"-O2"', '"-O0"'))
    common = ["--root", str(root), "--from", str(shared)]

    rc, out, err = run_update(common + ["--no-build"])  # bring the copy to the latest
    assert rc == 0, err
    start = snapshot(root)

    rc, out, err = run_update(common + ["--schema", "spot_3_2.xml", "--no-build"])
    assert rc == 0, err
    assert "spot_sbe 3:5 (spot_3_5.xml) -> spot_sbe 3:2 (spot_3_2.xml)" in out
    assert "is deprecated in the PROD lifecycle; latest is 3:5" in out
    assert modules_of(root) == ["spot_sbe_3_2", "spot_stream_1_0"]

    rc, out, err = run_update(common + ["--schema", "3:3", "--no-build"])
    assert rc == 0, err
    assert "spot_sbe 3:2 (spot_3_2.xml) -> spot_sbe 3:3 (spot_3_3.xml)" in out
    assert "TPlusFilterLockEvent: removed (id 608)" in out and "!!! BREAKING" in out
    assert "ExecutionRulesResponse: added (id 104" in out
    assert modules_of(root) == ["spot_sbe_3_3", "spot_stream_1_0"]

    # 3:4 as a subprocess of the copy's own codegen, with the build
    env = dict(os.environ, PYTHONPATH=str(root))
    proc = subprocess.run([sys.executable, "-m", "codegen", "update", "--from", str(shared),
                           "--schema", "spot_3_4.xml"], cwd=root, env=env,
                          capture_output=True, text=True, timeout=900)
    assert proc.returncode == 0, proc.stdout + proc.stderr
    assert "BlockTradesResponse: added (id 219" in proc.stdout and "built." in proc.stdout
    assert "No breaking wire changes within schema id 3" in proc.stdout
    check = subprocess.run([sys.executable, "-c", """
import sbe.spot, sbe._generated as g, sbe.lifecycle as lc
assert sbe.spot.__name__ == 'sbe._generated.spot_sbe_3_4', sbe.spot.__name__
assert (sbe.spot.SCHEMA_ID, sbe.spot.SCHEMA_VERSION) == (3, 4)
assert sbe.spot.LIFECYCLE['status'] == 'deprecated' and sbe.spot.LIFECYCLE['latest'] == '3:5'
assert sbe.spot.LIFECYCLE['deprecatedDate'] == '2026-07-07'
assert sorted(g.MODULES) == ['spot_sbe_3_4', 'spot_stream_1_0']
assert lc.schema_header() == '3:4'
msg = {'$message': 'BlockTradesResponse', 'priceExponent': -2, 'qtyExponent': -3,
       'blockTrades': []}
buf = sbe.spot.encode(msg)
out = sbe.spot.decode(buf)
assert out['$message'] == 'BlockTradesResponse' and out['blockTrades'] == [], out
import sbe.stream
assert sbe.stream.SCHEMA_ID == 1
print('ok')
"""], cwd=root, env=env, capture_output=True, text=True, timeout=120)
    assert check.stdout.strip() == "ok", check.stdout + check.stderr

    rc, out, err = run_update(common + ["--no-build"])  # back to the latest: 3:5
    assert rc == 0, err
    assert "spot_sbe 3:4 (spot_3_4.xml) -> spot_sbe 3:5 (spot_3_5.xml)" in out
    assert "CancelOnly = 4" in out and "No breaking wire changes" in out
    assert modules_of(root) == ["spot_sbe_3_5", "spot_stream_1_0"]
    assert not list((root / "sbe" / "_generated").glob("spot_sbe_3_4*"))  # .so/.c too
    final = snapshot(root)
    assert final == start  # deterministic: the same files as before the round trip

    # a second run is a no-op (and touches nothing)
    mtimes = {p: p.stat().st_mtime_ns for p in (root / "sbe" / "_generated").iterdir()}
    rc, out, err = run_update(common + ["--no-build"])
    assert rc == 0 and "Already up to date: nothing changed." in out
    assert snapshot(root) == final
    assert {p: p.stat().st_mtime_ns for p in (root / "sbe" / "_generated").iterdir()} == mtimes

    # the result is what `python -m codegen --pinned` generates from the pins (freshness)
    from codegen.generate import generate
    from codegen.pins import REGENERATE_COMMAND, lifecycle_map, load_pins
    pins = load_pins(root / "schemas" / "pins.json")
    out_dir = tmp_path / "pinned"
    generate([str(shared / p.file) for p in pins], str(out_dir), command=REGENERATE_COMMAND,
             lifecycle=lifecycle_map(pins))
    for p in out_dir.iterdir():
        assert p.read_bytes() == (root / "sbe" / "_generated" / p.name).read_bytes(), p.name
    spot = next(p for p in pins if p.package == "spot_sbe")
    assert (spot.file, spot.id, spot.version, spot.commit) == (
        "spot_3_5.xml", 3, 5, "83f51f523bb61719baa7545b96f95f553606e596")


def _xml_with_id(src: Path, schema_id: int, version: int) -> bytes:
    text = src.read_text(encoding="utf-8")
    head, rest = text.split("<sbe:messageSchema", 1)
    tag, body = rest.split(">", 1)
    import re
    tag = re.sub(r'\bid="\d+"', f'id="{schema_id}"', tag, count=1)
    tag = re.sub(r'\bversion="\d+"', f'version="{version}"', tag, count=1)
    return (head + "<sbe:messageSchema" + tag + ">" + body).encode("utf-8")


LIFECYCLE = """{"environment": "PROD",
 "latestSchema": {"id": %(lid)d, "version": %(lver)d, "releaseDate": "2027-01-01"},
 "deprecatedSchemas": [%(dep)s],
 "retiredSchemas": [%(ret)s]}"""


def test_new_schema_id_keeps_previous(shared, tmp_path):
    # synthetic id 4 (3:5 relabelled); its version stays >= 5, the largest sinceVersion
    root = copy_repo(tmp_path / "repo")
    folder = tmp_path / "upstream"
    folder.mkdir()
    shutil.copy2(shared / "stream_1_0.xml", folder)
    shutil.copy2(shared / "SOURCES.md", folder) if (shared / "SOURCES.md").is_file() else None
    shutil.copy2(shared / "spot_3_5.xml", folder)
    (folder / "spot_4_5.xml").write_bytes(_xml_with_id(shared / "spot_3_5.xml", 4, 5))
    (folder / "sbe_schema_lifecycle_prod.json").write_text(LIFECYCLE % dict(
        lid=4, lver=5, ret="",
        dep='{"id": 3, "version": 5, "releaseDate": "2026-07-07", '
            '"deprecatedDate": "2027-01-01"}'))
    common = ["--root", str(root), "--from", str(folder), "--no-build"]
    rc, out, err = run_update(common)
    assert rc == 0, err
    assert "NEW SCHEMA ID 3 -> 4" in out and "kept spot_sbe 3:5 beside 4:5" in out
    assert modules_of(root) == ["spot_sbe_3_5", "spot_sbe_4_5", "spot_stream_1_0"]
    index = (root / "sbe" / "_generated" / "__init__.py").read_text()
    assert "'spot_sbe': 'spot_sbe_4_5'" in index and "'spot_sbe_3_5': ('spot_sbe', 3, 5)" in index
    pins = pins_of(root)
    assert [(p["package"], p["id"], p["version"]) for p in pins] == [
        ("spot_sbe", 3, 5), ("spot_sbe", 4, 5), ("spot_stream", 1, 0)]
    old = next(p for p in pins if p["id"] == 3)
    assert old["lifecycle"]["status"] == "deprecated"
    assert old["lifecycle"]["deprecatedDate"] == "2027-01-01"
    assert "LIFECYCLE = {" in (root / "sbe" / "_generated" / "spot_sbe_3_5.pyx").read_text()
    assert "'deprecatedDate': '2027-01-01'" in (
        root / "sbe" / "_generated" / "spot_sbe_3_5.pyx").read_text()
    rc, out, err = run_update(common)
    assert rc == 0 and "Already up to date" in out

    # 4:6 arrives and 3:5 is retired: 4:5 is replaced, 3:5 dropped
    (folder / "spot_4_6.xml").write_bytes(_xml_with_id(shared / "spot_3_5.xml", 4, 6))
    (folder / "sbe_schema_lifecycle_prod.json").write_text(LIFECYCLE % dict(
        lid=4, lver=6,
        dep='{"id": 4, "version": 5, "releaseDate": "2027-01-01", "deprecatedDate": "2027-02-01"}',
        ret='{"id": 3, "version": 5, "releaseDate": "2026-07-07", '
            '"deprecatedDate": "2027-01-01", "retiredDate": "2027-07-01"}'))
    rc, out, err = run_update(common)
    assert rc == 0, err
    assert "dropped spot_sbe 3:5: retired on 2027-07-01" in out
    assert modules_of(root) == ["spot_sbe_4_6", "spot_stream_1_0"]
    # a retired schema is refused unless asked for
    rc, out, err = run_update(common + ["--schema", "spot_3_5.xml"])
    assert rc == 2 and "retired on 2027-07-01" in err and "HTTP 400" in err


def test_invalid_local_schema_leaves_tree_untouched(shared, tmp_path):
    root = copy_repo(tmp_path / "repo")
    before = snapshot(root)
    bad = tmp_path / "spot_3_9.xml"
    bad.write_bytes((shared / "spot_3_5.xml").read_bytes().replace(b'type="int64"',
                                                                   b'type="int65"', 1))
    rc, out, err = run_update(["--root", str(root), "--from", str(bad), "--no-build"])
    assert rc == 2 and "schema validation failed" in err
    assert snapshot(root) == before
    # a corrupt file in a folder with a manifest fails its checksum
    folder = tmp_path / "dir"
    folder.mkdir()
    for n in ("SOURCES.md", "sbe_schema_lifecycle_prod.json", "stream_1_0.xml"):
        shutil.copy2(shared / n, folder)
    (folder / "spot_3_5.xml").write_bytes((shared / "spot_3_5.xml").read_bytes()[:-10])
    rc, out, err = run_update(["--root", str(root), "--from", str(folder), "--no-build"])
    assert rc == 2 and "checksum mismatch" in err
    assert snapshot(root) == before


# --------------------------------------------------------------------------------------------
# cross-version decoding, field by field
# --------------------------------------------------------------------------------------------

def _norm(v):
    if isinstance(v, bool) or v is None:
        return v
    if isinstance(v, enum.Enum):
        return int(v.value)
    if isinstance(v, dict):
        return {k: _norm(x) for k, x in v.items()}
    if isinstance(v, (list, tuple)):
        return [_norm(x) for x in v]
    if isinstance(v, int):
        return int(v)
    return v


def _compare(a, b, path="$"):
    """Field-by-field equality with a path in the failure message."""
    if isinstance(a, dict) and isinstance(b, dict):
        assert a.keys() == b.keys(), f"{path}: fields {sorted(a.keys() ^ b.keys())}"
        for k in a:
            _compare(a[k], b[k], f"{path}.{k}")
    elif isinstance(a, list) and isinstance(b, list):
        assert len(a) == len(b), f"{path}: {len(a)} != {len(b)} entries"
        for i, (x, y) in enumerate(zip(a, b)):
            _compare(x, y, f"{path}[{i}]")
    else:
        assert a == b or (a != a and b != b), f"{path}: {a!r} != {b!r}"


@pytest.fixture(scope="module")
def v34_v35(shared, compile_schemas):
    mods = compile_schemas([shared / "spot_3_4.xml", shared / "spot_3_5.xml"])
    return mods[str(shared / "spot_3_4.xml")], mods[str(shared / "spot_3_5.xml")]


@pytest.mark.parametrize("direction", ["3:5 -> 3:4", "3:4 -> 3:5"])
def test_cross_version_field_by_field(v34_v35, direction):
    from test_pycodec import Gen
    m34, m35 = v34_v35
    producer, consumer = (m35, m34) if direction == "3:5 -> 3:4" else (m34, m35)
    codec = producer.codec()
    common = sorted(set(m34.MESSAGES.items()) & set(m35.MESSAGES.items()))
    assert len(common) == len(m35.MESSAGES)  # 3:5 changed no message
    rng = random.Random(34)
    gen = Gen(codec.plain, rng, codec=codec)
    checked = 0
    for name, _tid in common:
        for _ in range(3):
            msg = gen.message(name)
            buf = producer.encode(msg)
            got = consumer.decode(buf)
            ref = producer.decode(buf)
            _compare(_norm(got), _norm(ref), f"{direction} {name}")
            checked += 1
    assert checked == 3 * len(common)


def test_cancel_only_reaches_a_3_4_decoder(v34_v35):
    m34, m35 = v34_v35
    status = m35.ENUMS["symbolStatus"]
    # ExchangeInfoResponse.symbols[].status carries symbolStatus; use the codec's generator
    from test_pycodec import Gen
    gen = Gen(m35.codec().plain, random.Random(1), codec=m35.codec())
    info = gen.message("ExchangeInfoResponse")
    info["symbols"] = info["symbols"][:1] or []
    if not info["symbols"]:
        pytest.skip("generator produced no symbol")
    info["symbols"][0]["status"] = status.CancelOnly
    buf = m35.encode(info)
    new = m35.decode(buf)["symbols"][0]["status"]
    old = m34.decode(buf)["symbols"][0]["status"]
    assert new is status.CancelOnly
    assert int(old) == 4 and "CancelOnly" not in m34.ENUMS["symbolStatus"].__members__
