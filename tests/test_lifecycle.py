"""Schema lifecycle: the tolerant lifecycle-JSON parser (codegen.lifecycle) and the runtime
side (sbe.lifecycle: one deprecation warning, retirement text, module metadata, newer
versions counted)."""

from __future__ import annotations

import warnings

import pytest

from codegen.lifecycle import LifecycleError, parse_lifecycle
from conftest import schemas_dir

PROD = """{"environment": "PROD",
  "latestSchema": {"id": 3, "version": 5, "releaseDate": "2026-07-07"},
  "deprecatedSchemas": [
    {"id": 3, "version": 4, "releaseDate": "2026-05-08", "deprecatedDate": "2026-07-07"}],
  "retiredSchemas": [
    {"id": 3, "version": 1, "releaseDate": "2025-08-19", "deprecatedDate": "2025-12-18",
     "retiredDate": "2026-06-29"}]}"""


def test_valid_json():
    lc = parse_lifecycle(PROD, source="x.json")
    assert lc.environment == "PROD" and lc.latest.label == "3:5" and not lc.tolerated
    assert lc.status(3, 4) == "deprecated" and lc.status(3, 1) == "retired"
    assert lc.status(2, 0) == "unlisted"
    assert lc.entry(3, 1).retired_date == "2026-06-29"
    assert lc.module_info(3, 4) == {
        "environment": "prod", "status": "deprecated", "releaseDate": "2026-05-08",
        "deprecatedDate": "2026-07-07", "retiredDate": None, "latest": "3:5",
        "latestReleaseDate": "2026-07-07"}
    assert lc.module_info(9, 9)["status"] == "unlisted"


def test_trailing_commas_and_missing_comma():
    text = PROD.replace('"2026-07-07"}', '"2026-07-07"},', 1).replace("}]}", "},]}")
    lc = parse_lifecycle(text)
    assert lc.tolerated and lc.latest.label == "3:5" and lc.status(3, 1) == "retired"
    # a missing comma between two entries
    broken = PROD.replace('"deprecatedSchemas": [', '"deprecatedSchemas": [ {"id": 3, '
                          '"version": 3, "releaseDate": "a", "deprecatedDate": "b"}')
    lc = parse_lifecycle(broken.encode())
    assert lc.status(3, 3) == "deprecated" and lc.status(3, 4) == "deprecated"


def test_duplicated_tail_wrong_section():
    # an entry repeated after the retired list (as in Binance's testnet file): its dates decide
    text = PROD[:-1] + (' {"id": 3, "version": 4, "releaseDate": "2026-05-08", '
                        '"deprecatedDate": "2026-07-07"} ], "retiredSchemas": [] }')
    lc = parse_lifecycle(text)
    assert lc.status(3, 4) == "deprecated" and lc.status(3, 1) == "retired"
    assert any("duplicate" in t for t in lc.tolerated)


def test_no_latest_is_an_error():
    with pytest.raises(LifecycleError):
        parse_lifecycle('{"environment": "PROD", "deprecatedSchemas": []}')
    with pytest.raises(LifecycleError):
        parse_lifecycle("<html>rate limited</html>")


def test_real_files():
    d = schemas_dir()
    prod, testnet = d / "sbe_schema_lifecycle_prod.json", d / "sbe_schema_lifecycle_testnet.json"
    if not prod.is_file() or not testnet.is_file():
        pytest.skip(f"lifecycle JSONs not in {d}")
    p = parse_lifecycle(prod.read_bytes())
    t = parse_lifecycle(testnet.read_bytes())  # malformed upstream
    assert p.latest.label == t.latest.label == "3:5"
    assert p.latest.release_date == "2026-07-07" and t.latest.release_date == "2026-06-30"
    assert t.tolerated  # it really is broken
    for lc in (p, t):
        assert [e.label for e in lc.deprecated] == ["3:4", "3:3", "3:2"]
        assert [e.label for e in lc.retired] == ["3:1", "3:0", "2:1", "2:0", "1:0"]
    assert t.entry(3, 2).deprecated_date == "2026-03-12"
    assert p.entry(1, 0).retired_date == "2024-10-25"


# --------------------------------------------------------------------------------------------
# runtime
# --------------------------------------------------------------------------------------------

@pytest.fixture
def rt():
    lifecycle = pytest.importorskip("sbe.lifecycle")
    try:
        import sbe.spot  # noqa: F401  (the compiled module)
    except ImportError as exc:
        pytest.skip(f"compiled decoders not built: {exc}")
    lifecycle.reset_warnings()
    yield lifecycle
    lifecycle.reset_warnings()


def test_warning_class_lives_in_errors():
    from sbe.errors import SBEError, SchemaDeprecatedWarning, SchemaRetiredError
    assert issubclass(SchemaDeprecatedWarning, UserWarning)
    assert issubclass(SchemaRetiredError, SBEError)


def test_warn_deprecated_once(rt):
    from sbe.errors import SchemaDeprecatedWarning
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        assert rt.warn_deprecated("spot_sbe", 3, 4, current="3:5") is True
        assert rt.warn_deprecated("spot_sbe", 3, 4, current="3:5") is False
        assert rt.warn_deprecated("spot_sbe", 3, 4) is False
        assert rt.warn_deprecated("spot_sbe", 3, 3, current=(3, 5)) is True
    assert [w.category for w in caught] == [SchemaDeprecatedWarning] * 2
    text = str(caught[0].message)
    assert "spot_sbe 3:4 is deprecated" in text and "current schema is spot_sbe 3:5" in text
    assert caught[0].filename == __file__  # points at the caller


def test_warn_deprecated_newer_than_local(rt):
    import sbe.spot
    newer = f"{sbe.spot.SCHEMA_ID}:{sbe.spot.SCHEMA_VERSION + 1}"
    with pytest.warns(Warning) as caught:
        rt.warn_deprecated("spot_sbe", sbe.spot.SCHEMA_ID, sbe.spot.SCHEMA_VERSION,
                           current=newer)
    text = str(caught[0].message)
    assert f"current schema is spot_sbe {newer}" in text
    assert "python -m codegen update" in text


def test_warn_deprecated_when_local_decoders_are_newer(rt):
    import sbe.spot
    with pytest.warns(Warning) as caught:
        rt.warn_deprecated("spot_sbe", sbe.spot.SCHEMA_ID, sbe.spot.SCHEMA_VERSION - 1)
    text = str(caught[0].message)
    assert f"{sbe.spot.SCHEMA_ID}:{sbe.spot.SCHEMA_VERSION}" in text
    assert "request that version" in text


def test_retired_message(rt):
    import sbe.spot
    from sbe.errors import SchemaRetiredError
    newer = f"{sbe.spot.SCHEMA_ID}:{sbe.spot.SCHEMA_VERSION + 1}"
    msg = rt.retired_message("spot_sbe", sbe.spot.SCHEMA_ID, sbe.spot.SCHEMA_VERSION,
                             current=newer, detail="Invalid sbeSchemaId")
    assert "is retired" in msg and "HTTP 400" in msg and newer in msg
    assert "python -m codegen update" in msg and msg.endswith("Invalid sbeSchemaId")
    assert "HTTP 400" in str(SchemaRetiredError(msg))


def test_generated_module_metadata(rt):
    import sbe.spot
    info = rt.lifecycle_info("spot_sbe")
    assert info["id"] == sbe.spot.SCHEMA_ID and info["version"] == sbe.spot.SCHEMA_VERSION
    assert info["sha256"] == sbe.spot.SCHEMA_SHA256 and len(info["sha256"]) == 64
    assert info["package"] == "spot_sbe"
    assert isinstance(sbe.spot.LIFECYCLE, dict)
    if sbe.spot.LIFECYCLE:  # generated with a lifecycle file
        assert {"status", "releaseDate", "deprecatedDate", "retiredDate",
                "latest"} <= set(sbe.spot.LIFECYCLE)
        assert info["releaseDate"] == sbe.spot.LIFECYCLE["releaseDate"]
    assert rt.schema_header("spot_sbe") == f"{sbe.spot.SCHEMA_ID}:{sbe.spot.SCHEMA_VERSION}"
    assert rt.schema_header("spot_sbe", sbe.spot.SCHEMA_ID) == rt.schema_header()
    with pytest.raises(LookupError):
        rt.schema_header("spot_sbe", 99)
    assert rt.decoder_module("spot_sbe") is sbe.spot


def test_newer_header_version_is_decoded_and_counted(rt):
    import sbe.spot
    before = sbe.spot.newer_versions_seen()[0]
    msg = {"$message": "ServerTimeResponse", "serverTime": 1_700_000_000_000}
    buf = bytearray(sbe.spot.encode(msg, pad=4))
    newer = sbe.spot.SCHEMA_VERSION + 2
    buf[6:8] = newer.to_bytes(2, "little")  # header version
    out = sbe.spot.decode(bytes(buf))
    assert out["serverTime"] == 1_700_000_000_000
    count, newest = sbe.spot.newer_versions_seen()
    assert count == before + 1 and newest >= newer
    seen = rt.newer_versions_seen("spot_sbe")
    assert seen[sbe.spot.__name__.rsplit(".", 1)[-1]][0] == count
