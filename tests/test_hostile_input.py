"""Hostile input: truncations, mutated counts/lengths/blockLengths, wrong schema/template,
invalid UTF-8 and random bytes. Every failure is a DecodeError subclass (a ValueError) with
offset, sizes and a "- at $.path" location; never another exception, never a crash, never a
big allocation."""

from __future__ import annotations

import struct
import time

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from sbe import spot, stream
from sbe.errors import (DecodeError, MalformedError, SchemaMismatchError, TruncatedError,
                        UnknownTemplateError)

MODES = [(d, g) for d in ("raw", "float", "decimal") for g in ("list", "numpy")]


def _levels(n):
    return [{"price": 100 + i, "qty": 2 * i + 1} for i in range(n)]


DEPTH = {"$message": "DepthResponse", "lastUpdateId": 1, "priceExponent": -2,
         "qtyExponent": -8, "bids": _levels(5), "asks": _levels(3)}
PRICE_FILTER = {"$message": "PriceFilter", "priceExponent": -2, "minPrice": 1,
                "maxPrice": 10**6, "tickSize": 1}


def _symbol(name):
    return {"status": 0, "baseAssetPrecision": 8, "quoteAssetPrecision": 8,
            "baseCommissionPrecision": 8, "quoteCommissionPrecision": 8, "orderTypes": 3,
            "icebergAllowed": True, "ocoAllowed": False, "otoAllowed": True,
            "quoteOrderQtyMarketAllowed": True, "allowTrailingStop": False,
            "cancelReplaceAllowed": True, "amendAllowed": False, "isSpotTradingAllowed": True,
            "isMarginTradingAllowed": False, "defaultSelfTradePreventionMode": 1,
            "allowedSelfTradePreventionModes": 6, "pegInstructionsAllowed": None,
            "filters": [{"filter": PRICE_FILTER}, {"filter": dict(PRICE_FILTER, minPrice=2)}],
            "permissionSets": [{"permissions": [{"permission": "SPOT"}]}],
            "symbol": name, "baseAsset": name[:3], "quoteAsset": "USDT"}


EXCHANGE_INFO = {"$message": "ExchangeInfoResponse", "rateLimits": [],
                 "exchangeFilters": [{"filter": PRICE_FILTER}],
                 "symbols": [_symbol("BTCUSDT"), _symbol("ETHUSDT")], "sors": []}
ERROR = {"$message": "ErrorResponse", "code": -1121, "serverTime": None, "retryAfter": 5,
         "msg": "Invalid symbol.", "data": None}
WS = {"$message": "WebSocketResponse", "sbeSchemaIdVersionDeprecated": False, "status": 400,
      "rateLimits": [{"rateLimitType": 1, "interval": 1, "intervalNum": 1, "rateLimit": 6000,
                      "current": 3}], "id": "req-1", "result": ERROR}
KLINES = {"$message": "KlinesResponse", "priceExponent": -2, "qtyExponent": -5,
          "klines": [{"openTime": i, "openPrice": 1, "highPrice": 2, "lowPrice": 0,
                      "closePrice": 1, "volume": 2**70 + i, "closeTime": i + 1,
                      "quoteVolume": 5, "numTrades": 3, "takerBuyBaseVolume": 1,
                      "takerBuyQuoteVolume": 2} for i in range(3)]}
ROOT = spot.codec()._by_name["DepthResponse"].block_length  # 10: lastUpdateId, 2 exponents
SAMPLES = {"depth": (spot, DEPTH), "exchangeinfo": (spot, EXCHANGE_INFO), "ws-error": (spot, WS),
           "klines": (spot, KLINES),
           "stream-depth": (stream, {"$message": "DepthSnapshotStreamEvent", "eventTime": 1,
                                     "bookUpdateId": 2, "priceExponent": -2, "qtyExponent": -3,
                                     "bids": _levels(4), "asks": _levels(2), "symbol": "BNBBTC"})}


def decode_all(mod, buf):
    """Decode in every mode; returns the list of errors (all must be DecodeErrors)."""
    errors = []
    for decimals, groups in MODES:
        try:
            mod.decode(buf, decimals=decimals, groups=groups)
        except DecodeError as exc:
            assert isinstance(exc, ValueError)
            assert " - at $" in str(exc), str(exc)
            errors.append(exc)
            # the record form fails the same way, at the same place
            with pytest.raises(type(exc)) as rec_exc:
                mod.decode(buf, decimals=decimals, groups=groups, output="record")
            assert str(rec_exc.value) == str(exc)
        else:
            mod.decode(buf, decimals=decimals, groups=groups, output="record")
    return errors


@pytest.mark.parametrize("key", list(SAMPLES))
def test_every_strict_prefix_raises(key):
    mod, msg = SAMPLES[key]
    buf = mod.encode(msg)
    mod.decode(buf)
    for n in range(len(buf)):
        errs = decode_all(mod, buf[:n])
        assert len(errs) == len(MODES), f"prefix {n}/{len(buf)} decoded"
        for exc in errs:
            assert isinstance(exc, (TruncatedError, MalformedError)), (n, exc)
        # the oracle agrees on the error class and the location
        with pytest.raises(type(errs[0])) as ei:
            mod.codec().decode(buf[:n])
        if "dimension of group" not in str(errs[0]):  # see test_dimension_truncation_path
            assert errs[0].location == ei.value.location, (n, str(errs[0]), str(ei.value))


def _find_dim(buf, pos_hint, count, fmt="<I"):
    off = buf.find(struct.pack(fmt, count), pos_hint)
    assert off >= 0
    return off


@pytest.mark.parametrize("count", [2**31 - 1, 65535, 6, 2**32 - 1])
def test_mutated_group_count(count):
    buf = bytearray(spot.encode(DEPTH))
    # DepthResponse: header 8, root block, then bids dimension (u16 blockLength, u32 count 5)
    bids_dim = 8 + ROOT
    assert struct.unpack_from("<HI", buf, bids_dim) == (16, 5)
    struct.pack_into("<I", buf, bids_dim + 2, count)
    t0 = time.perf_counter()
    errs = decode_all(spot, bytes(buf))
    assert time.perf_counter() - t0 < 0.5
    assert len(errs) == len(MODES)
    for e in errs:
        assert isinstance(e, (TruncatedError, MalformedError))
        assert e.offset is not None
        if count != 6:  # rejected at the count, before any entry is read
            assert e.path == ["bids"] and str(e).endswith("- at $.bids"), str(e)


def test_mutated_var_length_and_nested_count():
    buf = bytearray(spot.encode(WS))
    ident = buf.find(b"req-1")
    buf[ident - 1] = 255  # id length (u8)
    errs = decode_all(spot, bytes(buf))
    assert len(errs) == len(MODES) and all(isinstance(e, TruncatedError) for e in errs)
    assert errs[0].needed == 255 and errs[0].available < 255
    assert str(errs[0]).endswith("- at $.id")
    # nested: result length (u32 messageData) too big
    buf = bytearray(spot.encode(WS))
    inner = spot.encode(ERROR)
    at = buf.find(inner)
    struct.pack_into("<I", buf, at - 4, 2**31 - 1)
    t0 = time.perf_counter()
    errs = decode_all(spot, bytes(buf))
    assert time.perf_counter() - t0 < 0.5
    assert len(errs) == len(MODES) and all(isinstance(e, TruncatedError) for e in errs)
    assert str(errs[0]).endswith("- at $.result")


def test_group_entry_error_paths():
    buf = spot.encode(DEPTH)
    # cut the message right after the asks dimension: bids complete, asks[0] missing
    cut = 8 + ROOT + 6 + 5 * 16 + 6 + 16 * 2 + 5
    with pytest.raises(TruncatedError) as ei:
        spot.decode(buf[:cut])
    assert "$.asks" in str(ei.value), str(ei.value)
    # ExchangeInfo: corrupt the second filter of the first symbol -> $.symbols[0].filters[1].filter
    buf = bytearray(spot.encode(EXCHANGE_INFO))
    pf = spot.encode(dict(PRICE_FILTER, minPrice=2))
    at = buf.find(pf)
    struct.pack_into("<H", buf, at + 4, 99)  # schemaId of the nested header
    with pytest.raises(SchemaMismatchError) as ei:
        spot.decode(bytes(buf))
    assert str(ei.value).endswith("- at $.symbols[0].filters[1].filter"), str(ei.value)
    assert ei.value.path == ["symbols", "[0]", "filters", "[1]", "filter"]
    struct.pack_into("<HH", buf, at + 2, 60000, spot.SCHEMA_ID)  # unknown nested template
    with pytest.raises(UnknownTemplateError) as ei:
        spot.decode(bytes(buf))
    assert str(ei.value).endswith("- at $.symbols[0].filters[1].filter")


def test_short_block_length_names_the_field():
    buf = bytearray(spot.encode(DEPTH))
    struct.pack_into("<H", buf, 0, ROOT - 1)  # qtyExponent (the last byte) does not fit
    errs = decode_all(spot, bytes(buf))
    assert len(errs) == len(MODES) and all(isinstance(e, MalformedError) for e in errs)
    assert "qtyExponent" in str(errs[0]) and errs[0].available == ROOT - 1
    assert errs[0].needed == ROOT
    buf = bytearray(spot.encode(DEPTH))
    struct.pack_into("<H", buf, 8 + ROOT, 12)  # bids entry needs 16
    errs = decode_all(spot, bytes(buf))
    assert len(errs) == len(MODES) and all(isinstance(e, MalformedError) for e in errs)
    assert "qty" in str(errs[0]) and "bids" in str(errs[0])


def test_wrong_schema_and_unknown_template():
    buf = bytearray(spot.encode(DEPTH))
    with pytest.raises(SchemaMismatchError):
        stream.decode(bytes(buf))
    with pytest.raises(SchemaMismatchError) as ei:
        spot.decode(spot.encode(DEPTH, schema_id=99))
    assert ei.value.schema_id == 99 and ei.value.offset == 0
    struct.pack_into("<H", buf, 2, 65000)
    with pytest.raises(UnknownTemplateError) as ei:
        spot.decode(bytes(buf))
    assert ei.value.template_id == 65000 and isinstance(ei.value, ValueError)
    # unknown template inside messageData
    buf = bytearray(spot.encode(WS))
    inner = spot.encode(ERROR)
    at = buf.find(inner)
    struct.pack_into("<H", buf, at + 2, 65001)
    with pytest.raises(UnknownTemplateError) as ei:
        spot.decode(bytes(buf))
    assert str(ei.value).endswith("- at $.result")


def test_invalid_utf8_symbol():
    buf = bytearray(spot.encode(EXCHANGE_INFO))
    at = buf.find(b"ETHUSDT")
    buf[at + 1] = 0xFF
    errs = decode_all(spot, bytes(buf))
    assert len(errs) == len(MODES) and all(isinstance(e, MalformedError) for e in errs)
    assert str(errs[0]).endswith("- at $.symbols[1].symbol"), str(errs[0])
    assert str(at) in str(errs[0]) or errs[0].offset == at


def test_error_text_has_offset_and_sizes():
    buf = spot.encode(DEPTH)
    with pytest.raises(TruncatedError) as ei:
        spot.decode(buf[:-3])
    e = ei.value
    assert e.offset is not None and e.needed is not None and e.available is not None
    s = str(e)
    assert str(e.offset) in s and str(e.needed) in s and str(e.available) in s
    assert s.endswith("- at $.asks") or "$.asks[" in s


@pytest.mark.parametrize("key", list(SAMPLES))
@settings(max_examples=150, deadline=None, derandomize=True, database=None,
          suppress_health_check=list(HealthCheck))
@given(data=st.data())
def test_fuzz_mutations(key, data):
    mod, msg = SAMPLES[key]
    buf = bytearray(mod.encode(msg))
    for _ in range(data.draw(st.integers(1, 4))):
        i = data.draw(st.integers(0, len(buf) - 1))
        buf[i] = data.draw(st.integers(0, 255))
    decode_all(mod, bytes(buf))


@pytest.mark.parametrize("mod", [spot, stream], ids=["spot", "stream"])
@settings(max_examples=300, deadline=None, derandomize=True, database=None,
          suppress_health_check=list(HealthCheck))
@given(blob=st.binary(max_size=200), tid=st.sampled_from([0, 1, 50, 100, 103, 200, 203,
                                                          10000, 10002]))
def test_fuzz_random_bytes(mod, blob, tid):
    decode_all(mod, blob)
    hdr = struct.pack("<HHHH", len(blob) % 64, tid, mod.SCHEMA_ID, mod.SCHEMA_VERSION)
    decode_all(mod, hdr + blob)


def test_dimension_truncation_path():
    buf = spot.encode(DEPTH)
    with pytest.raises(TruncatedError) as ei:
        spot.decode(buf[:8 + ROOT + 3])
    assert str(ei.value).endswith("- at $.bids"), str(ei.value)


def test_messagedata_nesting_is_bounded():
    """WebSocketResponse inside WebSocketResponse ... 40 deep: a typed MalformedError, not a
    C stack overflow (the compiled decoder bounds messageData recursion at 32)."""
    from sbe import spot
    from sbe.errors import MalformedError
    inner = spot.encode({"$message": "PingResponse"})
    for _ in range(40):
        inner = spot.encode({"$message": "WebSocketResponse", "sbeSchemaIdVersionDeprecated": False,
                             "status": 200, "rateLimits": [], "id": "1", "result": inner})
    with pytest.raises(MalformedError, match="nested deeper"):
        spot.decode(inner)
    shallow = spot.encode({"$message": "WebSocketResponse", "sbeSchemaIdVersionDeprecated": False,
                           "status": 200, "rateLimits": [], "id": "1",
                           "result": spot.encode({"$message": "PingResponse"})})
    assert spot.decode(shallow)["result"]["$message"] == "PingResponse"
