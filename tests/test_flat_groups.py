"""groups="flat": the default dict output with (1) every entry of a single-member group
replaced by its value and (2) nested messageData messages as LazyMessage mappings decoded on
first access; nothing else differs (docs/decoded-format.md)."""

from __future__ import annotations

import pickle
import sys
from collections.abc import Mapping

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from compile_helper import MessageGen, assert_same
from sbe import spot, stream
from sbe.errors import DecodeError

SETTINGS = settings(max_examples=3, deadline=None, derandomize=True, database=None,
                    suppress_health_check=list(HealthCheck))
CASES = [(spot, n) for n in spot.MESSAGES] + [(stream, n) for n in stream.MESSAGES]
GENS = {spot: MessageGen(spot.codec()), stream: MessageGen(stream.codec())}


def flatten(v):
    """The documented transformation, applied to a default (groups="list") result."""
    if isinstance(v, dict):
        return {k: flatten(x) for k, x in v.items()}
    if isinstance(v, list):
        return [flatten(next(iter(e.values()))) if isinstance(e, dict) and len(e) == 1
                else flatten(e) for e in v]
    return v


def materialize(v):
    """LazyMessage -> dict (decoding it), recursively."""
    if isinstance(v, Mapping):
        return {k: materialize(x) for k, x in v.items()}
    if isinstance(v, list):
        return [materialize(e) for e in v]
    return v


@pytest.mark.parametrize("mod,name", CASES, ids=[f"{m.PACKAGE}-{n}" for m, n in CASES])
@SETTINGS
@given(data=st.data())
def test_flat_is_default_modulo_flattening(mod, name, data):
    buf = mod.encode(GENS[mod].message(data, name))
    flat = mod.decode(buf, groups="flat")
    assert_same(materialize(flat), flatten(mod.decode(buf)))


def _exchange_info():
    sys.path.insert(0, str(__import__("pathlib").Path(__file__).parent.parent / "bench"))
    import data
    return data.exchange_info(5)[0]


@pytest.mark.parametrize("decimals", ["raw", "float", "decimal"])
def test_exchange_info_shape(decimals):
    buf = _exchange_info()
    flat = spot.decode(buf, groups="flat", decimals=decimals)
    default = spot.decode(buf, decimals=decimals)
    sym, dsym = flat["symbols"][0], default["symbols"][0]
    assert sym["permissionSets"] == [[p["permission"] for p in dsym["permissionSets"][0][
        "permissions"]]]
    assert all(isinstance(x, str) for x in sym["permissionSets"][0])
    f0 = sym["filters"][0]
    assert type(f0).__name__ == "LazyMessage" and isinstance(f0, Mapping)
    assert f0 == dsym["filters"][0]["filter"] and dsym["filters"][0]["filter"] == dict(f0)
    assert f0["$message"] == "PriceFilter" and len(f0) == len(dict(f0)) and "minPrice" in f0
    assert f0.get("nope", 7) == 7 and list(f0.keys()) == list(dsym["filters"][0]["filter"])
    assert f0.to_dict() is f0.to_dict()  # decoded once
    assert repr(f0).startswith("LazyMessage({'$message': 'PriceFilter'")
    assert pickle.loads(pickle.dumps(f0)) == dict(f0)
    assert_same(materialize(flat), flatten(default))


def test_lazy_message_survives_a_changed_buffer():
    buf = bytearray(_exchange_info())
    flat = spot.decode(buf, groups="flat")
    want = spot.decode(bytes(buf))["symbols"][1]["filters"][0]["filter"]
    buf[:] = b"\0" * len(buf)  # a mutable buffer is copied per nested message
    assert flat["symbols"][1]["filters"][0] == want
    mv = memoryview(_exchange_info())
    assert spot.decode(mv, groups="flat")["symbols"][0]["filters"][2] == (
        spot.decode(mv)["symbols"][0]["filters"][2]["filter"])


def test_lazy_message_errors_on_access():
    buf = bytearray(_exchange_info())
    default = spot.decode(bytes(buf))
    # corrupt the schemaId in the header of the first filter of the first symbol
    needle = spot.encode(default["symbols"][0]["filters"][0]["filter"])
    at = bytes(buf).index(needle)
    buf[at + 4] ^= 0x7F  # schemaId low byte
    flat = spot.decode(bytes(buf), groups="flat")  # nothing is read yet
    with pytest.raises(DecodeError):
        flat["symbols"][0]["filters"][0]["$message"]
    with pytest.raises(DecodeError):
        spot.decode(bytes(buf))


def test_option_is_checked():
    with pytest.raises(ValueError, match="'list', 'numpy' or 'flat'"):
        spot.Decoder(groups="lazy")
    assert spot.Decoder(groups="flat").groups == "flat"


def test_flat_is_a_dict_shape_not_combined_with_records():
    """groups="flat" with output="record" is refused (Decoder, module decode, decode_from);
    flat works through the module-level cache and Decoder alike."""
    buf = spot.encode({"$message": "PingResponse"})
    for mod in (spot, stream):
        with pytest.raises(ValueError, match="flat"):
            mod.Decoder(groups="flat", output="record")
    with pytest.raises(ValueError, match="flat"):
        spot.decode(buf, groups="flat", output="record")
    with pytest.raises(ValueError, match="flat"):
        spot.decode_from(buf, groups="flat", output="record")
    with pytest.raises(ValueError, match="'list', 'numpy' or 'flat'"):
        spot.Decoder(groups="flatt")
    assert spot.decode(buf, groups="flat") == spot.Decoder(groups="flat").decode(buf)
    assert spot.decode_from(buf, groups="flat") == (spot.decode(buf), len(buf))

