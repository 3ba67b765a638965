"""``python -m codegen update`` downloading from a local HTTP server (real sockets on
127.0.0.1) that mimics raw.githubusercontent.com and the GitHub API: a good download is
pinned to its commit and verified; corrupt, truncated, missing or invalid files are refused
with a clear error and leave the committed decoders untouched."""

from __future__ import annotations

import json
import shutil

import pytest

from conftest import schemas_dir
from test_update_support import FakeGitHub, copy_repo, run_update, snapshot

pytest.importorskip("lxml")

C35 = "83f51f523bb61719baa7545b96f95f553606e596"
C10 = "bed5d358dbe98bfa4722b6c00c27be1e8f0ba40b"
SHA35 = "542776a038883dafe962341a041323ff5d8d3e36f1b860ab60156a88a4080bcf"


@pytest.fixture(scope="module")
def shared():
    d = schemas_dir()
    need = ["spot_3_4.xml", "spot_3_5.xml", "stream_1_0.xml", "sbe_schema_lifecycle_prod.json"]
    if not all((d / n).is_file() for n in need):
        pytest.skip(f"Binance schemas not in {d}")
    return d


@pytest.fixture(scope="module")
def base_repo(shared, tmp_path_factory):
    """A copy of the repository updated (offline) to spot 3:4."""
    root = copy_repo(tmp_path_factory.mktemp("base") / "repo")
    rc, out, err = run_update(["--root", str(root), "--from", str(shared), "--schema", "3:4",
                               "--no-build"])
    assert rc == 0, err
    return root


@pytest.fixture
def repo(base_repo, tmp_path):
    root = tmp_path / "repo"
    shutil.copytree(base_repo, root)
    return root


@pytest.fixture
def gh(shared):
    g = FakeGitHub()
    g.add(C35, "spot_3_5.xml", (shared / "spot_3_5.xml").read_bytes())
    g.add(C10, "stream_1_0.xml", (shared / "stream_1_0.xml").read_bytes())
    g.files[("master", "sbe_schema_lifecycle_prod.json")] = \
        (shared / "sbe_schema_lifecycle_prod.json").read_bytes()
    return g


def args(root, url, *extra):
    return ["--root", str(root), "--raw-url", url + "/raw", "--api-url", url + "/api",
            "--no-build", "--timeout", "10", *extra]


def test_download_latest(repo, gh):
    before = snapshot(repo)
    with gh.serve() as url:
        rc, out, err = run_update(args(repo, url))
    assert rc == 0, err
    pins = json.loads((repo / "schemas" / "pins.json").read_text())["schemas"]
    spot = next(p for p in pins if p["package"] == "spot_sbe")
    assert spot["file"] == "spot_3_5.xml" and spot["commit"] == C35 and spot["sha256"] == SHA35
    assert spot["url"] == ("https://raw.githubusercontent.com/binance/binance-spot-api-docs/"
                           f"{C35}/sbe/schemas/spot_3_5.xml")
    assert spot["lifecycle"]["status"] == "latest"
    assert spot["lifecycle"]["releaseDate"] == "2026-07-07"
    assert "git blob" in out and "CancelOnly" in out  # verified; the summary names the change
    assert any(r.startswith(f"/raw/{C35}/sbe/schemas/spot_3_5.xml") for r in gh.requests)
    assert any("/raw/master/sbe/schemas/sbe_schema_lifecycle_prod.json" in r
               for r in gh.requests)
    after = snapshot(repo)
    assert after != before
    gen = repo / "sbe" / "_generated"
    assert (gen / "spot_sbe_3_5.pyx").is_file() and not (gen / "spot_sbe_3_4.pyx").exists()
    # running it again changes nothing
    with gh.serve() as url:
        rc, out, err = run_update(args(repo, url))
    assert rc == 0 and "Already up to date" in out
    assert snapshot(repo) == after


def refused(repo, gh, *extra, expect):
    before = snapshot(repo)
    with gh.serve() as url:
        rc, out, err = run_update(args(repo, url, *extra))
    assert rc == 2, (out, err)
    assert expect in err, err
    assert "error:" in err
    assert snapshot(repo) == before  # the committed decoders are untouched
    return err


def test_corrupt_download(repo, gh):
    data = bytearray(gh.files[(C35, "spot_3_5.xml")])
    data[5000] ^= 0x20
    gh.files[(C35, "spot_3_5.xml")] = bytes(data)
    gh.blobs[(C35, "spot_3_5.xml")] = (__import__("hashlib").sha1(b"x").hexdigest(), len(data))
    err = refused(repo, gh, expect="checksum mismatch")
    assert "corrupt or truncated" in err


def test_truncated_file(repo, gh):
    full = gh.files[(C35, "spot_3_5.xml")]
    from test_update_support import git_blob_sha1
    gh.blobs[(C35, "spot_3_5.xml")] = (git_blob_sha1(full), len(full))
    gh.files[(C35, "spot_3_5.xml")] = full[: len(full) // 2]
    refused(repo, gh, expect="checksum mismatch")


def test_connection_closed_early(repo, gh):
    full = gh.files[(C35, "spot_3_5.xml")]
    gh.short[f"/raw/{C35}/sbe/schemas/spot_3_5.xml"] = len(full) + 1000
    refused(repo, gh, expect="truncated")


def test_truncated_without_api_fails_validation(repo, gh):
    gh.api_down = True  # no commit, no blob hash: only the schema check remains
    full = gh.files[("master", "spot_3_5.xml")]
    gh.files[("master", "spot_3_5.xml")] = full[: len(full) - 3000]
    err = refused(repo, gh, expect="schema validation failed")
    assert "spot_3_5.xml" in err


def test_expected_sha256_mismatch(repo, gh):
    refused(repo, gh, "--sha256", "0" * 64, expect="checksum mismatch")


def test_missing_file(repo, gh):
    del gh.files[(C35, "spot_3_5.xml")]
    refused(repo, gh, expect="HTTP 404")


def test_missing_lifecycle(repo, gh):
    del gh.files[("master", "sbe_schema_lifecycle_prod.json")]
    refused(repo, gh, expect="sbe_schema_lifecycle_prod.json: HTTP 404")


def test_wrong_version_inside(repo, gh, shared):
    # a file named spot_3_5.xml that declares 3:4
    gh.add(C35, "spot_3_5.xml", (shared / "spot_3_4.xml").read_bytes())
    refused(repo, gh, expect="declares schema 3:4")


def test_unreachable_server(repo, gh):
    before = snapshot(repo)
    rc, out, err = run_update(["--root", str(repo), "--raw-url", "http://127.0.0.1:9/raw",
                               "--api-url", "http://127.0.0.1:9/api", "--no-build",
                               "--timeout", "5"])
    assert rc == 2 and "download failed" in err
    assert snapshot(repo) == before


def test_dry_run_writes_nothing(repo, gh):
    before = snapshot(repo)
    with gh.serve() as url:
        rc, out, err = run_update(args(repo, url, "--dry-run"))
    assert rc == 0, err
    assert "would write" in out and "CancelOnly" in out
    assert snapshot(repo) == before
