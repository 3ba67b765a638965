"""Generation is deterministic and every generated file carries the provenance banner."""

from __future__ import annotations

import hashlib
from pathlib import Path

import pytest

from codegen.generate import generate

TEST_SCHEMAS = Path(__file__).resolve().parent / "schemas"


def _sources(real_dir):
    out = [TEST_SCHEMAS / "kitchen_sink_le.xml", TEST_SCHEMAS / "kitchen_sink_be.xml"]
    if real_dir is not None:
        out += [real_dir / "spot_3_5.xml", real_dir / "stream_1_0.xml"]
    return out


@pytest.fixture(scope="module")
def real_dir():
    from conftest import schemas_dir
    d = schemas_dir()
    return d if (d / "spot_3_5.xml").is_file() and (d / "stream_1_0.xml").is_file() else None


def test_generate_twice_identical(tmp_path, real_dir):
    srcs = [str(p) for p in _sources(real_dir)]
    a = generate(srcs, tmp_path / "a", package_prefix="")
    b = generate(srcs, tmp_path / "b", package_prefix="")
    assert [p.name for p in a] == [p.name for p in b] and len(a) > 4
    for pa, pb in zip(a, b):
        assert pa.read_bytes() == pb.read_bytes(), pa.name
    if real_dir is None:
        pytest.skip("Binance schemas absent (set SBE_SCHEMAS_DIR): kitchen sink only checked")


def test_banner(tmp_path, real_dir):
    for src in _sources(real_dir):
        files = generate([str(src)], tmp_path / src.stem, package_prefix="", index=False)
        sha = hashlib.sha256(src.read_bytes()).hexdigest()
        for f in files:
            head = "\n".join(f.read_text(encoding="utf-8").splitlines()[:3])
            assert head.startswith("# GENERATED FROM " + src.name), (f.name, head)
            assert sha in head and "Regenerate with" in head, (f.name, head)
            text = f.read_text(encoding="utf-8")
            ident = text.split("schema ", 1)[1].split(",", 1)[0]
            assert ":" in ident, (f.name, head)
