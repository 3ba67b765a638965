"""Every message of spot 3:5 and stream 1:0: random values (drawn from the plain IR) encoded
by the pure-Python codec, decoded by the compiled module and by the oracle, in every
decimals/groups mode; raw/list decoding reproduces what was encoded; older versions and
padded (newer-producer) blocks decode the same way."""

from __future__ import annotations

import random

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from compile_helper import MessageGen, assert_record_form, assert_same, assert_subset
from sbe import spot, stream

MODES = [(d, g) for d in ("raw", "float", "decimal") for g in ("list", "numpy")]
SETTINGS = settings(max_examples=8, deadline=None, derandomize=True, database=None,
                    suppress_health_check=list(HealthCheck))

CASES = [(spot, n) for n in spot.MESSAGES] + [(stream, n) for n in stream.MESSAGES]
IDS = [f"{m.PACKAGE}-{n}" for m, n in CASES]
GENS = {spot: MessageGen(spot.codec()), stream: MessageGen(stream.codec())}


def test_message_counts():
    assert len(spot.MESSAGES) == 92 and (spot.SCHEMA_ID, spot.SCHEMA_VERSION) == (3, 5)
    assert len(stream.MESSAGES) == 4 and (stream.SCHEMA_ID, stream.SCHEMA_VERSION) == (1, 0)


def check_all_modes(mod, buf):
    oracle = mod.codec()
    for decimals, groups in MODES:
        got = mod.decode(buf, decimals=decimals, groups=groups)
        want = oracle.decode(buf, decimals=decimals, groups=groups)
        assert_same(got, want, f"$[{decimals},{groups}]")
        assert_record_form(mod, buf, decimals, groups)


@pytest.mark.parametrize("mod,name", CASES, ids=IDS)
@SETTINGS
@given(data=st.data())
def test_roundtrip(mod, name, data):
    msg = GENS[mod].message(data, name)
    buf = mod.encode(msg)
    assert mod.header(buf)[1] == mod.MESSAGES[name]
    check_all_modes(mod, buf)
    raw = mod.decode(buf)
    assert raw["$message"] == name
    assert_subset(msg, raw)
    assert mod.encode(raw) == buf  # decode . encode is the identity on the wire


def _versions(mod, name):
    since = mod.codec()._by_name[name].since
    return list(range(since, mod.SCHEMA_VERSION))


OLD_CASES = [(m, n) for m, n in CASES if _versions(m, n)]


@pytest.mark.parametrize("mod,name", OLD_CASES, ids=[f"{m.PACKAGE}-{n}" for m, n in OLD_CASES])
@settings(SETTINGS, max_examples=4)
@given(data=st.data())
def test_older_version(mod, name, data):
    ver = data.draw(st.sampled_from(_versions(mod, name)), label="version")
    msg = GENS[mod].message(data, name, ver=ver)
    buf = mod.encode(msg, version=ver)
    assert mod.header(buf)[3] == ver
    check_all_modes(mod, buf)
    raw = mod.decode(buf)
    assert_subset(msg, raw)
    blk = mod.codec()._by_name[name]
    for part in (*blk.fields, *blk.groups, *blk.data):
        if part.since > ver:
            assert raw[part.name] is None, part.name


@pytest.mark.parametrize("mod,name", CASES, ids=IDS)
@settings(SETTINGS, max_examples=3)
@given(data=st.data(), pad=st.integers(1, 9))
def test_padded_blocks(mod, name, data, pad):
    """A newer producer's longer blocks (root and entries): same result, tails skipped."""
    msg = GENS[mod].message(data, name)
    plain, padded = mod.encode(msg), mod.encode(msg, pad=pad)
    if mod.codec()._by_name[name].block_length or pad:
        assert len(padded) > len(plain)
    check_all_modes(mod, padded)
    for decimals in ("raw", "float", "decimal"):
        assert_same(mod.decode(padded, decimals=decimals),
                    mod.decode(plain, decimals=decimals))


def _levels(rng, n):
    return [{"price": rng.randrange(-2**63, 2**63), "qty": rng.randrange(0, 2**63)}
            for _ in range(n)]


@pytest.mark.parametrize("decimals,groups", MODES)
def test_thousand_entries(decimals, groups):
    rng = random.Random(1000)
    depth = {"$message": "DepthResponse", "lastUpdateId": 7, "priceExponent": -8,
             "qtyExponent": -3, "bids": _levels(rng, 1000), "asks": _levels(rng, 1000)}
    buf = spot.encode(depth)
    assert_same(spot.decode(buf, decimals=decimals, groups=groups),
                spot.codec().decode(buf, decimals=decimals, groups=groups))
    info = spot.codec()._by_name["ExchangeInfoResponse"]
    gen_syms = [s for s in info.groups if s.name == "symbols"][0]
    assert gen_syms  # ExchangeInfo: 1000 symbols with nested groups, via hypothesis below
    trades = {"$message": "TradesStreamEvent", "eventTime": 1, "transactTime": 2,
              "priceExponent": -2, "qtyExponent": -8, "symbol": "BTCUSDT",
              "trades": [{"id": i, "price": rng.randrange(2**40), "qty": rng.randrange(2**40),
                          "isBuyerMaker": bool(i & 1)} for i in range(1000)]}
    buf = stream.encode(trades)
    assert_same(stream.decode(buf, decimals=decimals, groups=groups),
                stream.codec().decode(buf, decimals=decimals, groups=groups))
    if (decimals, groups) == ("raw", "list"):
        assert stream.encode(stream.decode(buf)) == buf


@settings(max_examples=2, deadline=None, derandomize=True, database=None,
          suppress_health_check=list(HealthCheck))
@given(data=st.data())
def test_thousand_nested_entries(data):
    """ExchangeInfoResponse with 1000 symbols (each with nested filters/permission sets)."""
    gen = MessageGen(spot.codec(), max_group=1)
    sym = gen.message(data, "ExchangeInfoResponse", null_p=0.3)
    one = (sym["symbols"] or [None])[0]
    if one is None:
        one = {}
        gen._entry(data, [g for g in spot.codec()._by_name["ExchangeInfoResponse"].groups
                          if g.name == "symbols"][0], one, spot.SCHEMA_VERSION, 0.3, 0)
    sym["symbols"] = [one] * 1000
    buf = spot.encode(sym)
    check_all_modes(spot, buf)
    assert len(spot.decode(buf)["symbols"]) == 1000
