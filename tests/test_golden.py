"""Golden wire vectors (tests/golden_vectors.py, independent of this repository's code):
the compiled module of each vector's schema and the pure-Python oracle decode the bytes to
the expected dict; vectors marked roundtrip are reproduced exactly by the encoder."""

from __future__ import annotations

import pytest

from compile_helper import assert_record_form, assert_same, newer_group_fields
from golden_vectors import GOLDEN


def _check(expected, got, path="$"):
    """expected (with EnumVal/Flags) equals got, including dict key order and bool-ness."""
    if isinstance(expected, dict):
        assert isinstance(got, dict), (path, got)
        assert list(expected) == list(got), f"{path}: keys {list(expected)} != {list(got)}"
        for k in expected:
            _check(expected[k], got[k], f"{path}.{k}")
    elif isinstance(expected, (list, tuple)):
        assert type(got) is type(expected) and len(got) == len(expected), (path, got)
        for i, (e, g) in enumerate(zip(expected, got)):
            _check(e, g, f"{path}[{i}]")
    else:
        assert expected == got, f"{path}: expected {expected!r}, got {got!r}"
        if isinstance(expected, bool) or isinstance(got, bool):
            assert type(expected) is type(got), f"{path}: {expected!r} vs {got!r}"
        if isinstance(expected, float):
            assert type(got) is float, (path, got)


@pytest.mark.parametrize("vec", GOLDEN, ids=[v["name"] for v in GOLDEN])
def test_golden(test_modules, vec):
    mod = test_modules[vec["schema"]]
    buf = bytes.fromhex(vec["hex"])
    assert mod.header(buf)[1] == mod.MESSAGES[vec["message"]]
    got = mod.decode(buf)
    _check(vec["expected"], got)
    _check(vec["expected"], mod.codec().decode(buf))
    skip = newer_group_fields(mod.codec()._by_name[vec["message"]], mod.header(buf)[3])
    for decimals in ("raw", "float", "decimal"):
        for groups in ("list", "numpy"):
            assert_same(mod.decode(bytearray(buf), decimals=decimals, groups=groups),
                        mod.codec().decode(buf, decimals=decimals, groups=groups), "$", skip)
            assert_record_form(mod, bytearray(buf), decimals, groups, skip_values=skip)
    if vec["roundtrip"]:
        assert mod.encode(got, version=mod.header(buf)[3]) == buf


def test_golden_covers_every_test_schema(test_modules):
    assert {v["schema"] for v in GOLDEN} == set(test_modules)
    assert len({v["name"] for v in GOLDEN}) == len(GOLDEN)
