"""Decode benchmarks: each SBE case sits beside orjson on the equivalent Binance JSON.

Run: python -m pytest bench/ --benchmark-only --benchmark-group-by=group
(bench/ is outside the test suite: timings are measured here, never asserted in tests).

Targets (issue 2):
- BestBidAskStreamEvent -> dict with floats: >= 4x faster than orjson.loads + float() of
  the four price/qty strings, and faster than bare orjson.loads.
- DepthResponse 5000x5000 -> numpy raw view: cost independent of the number of levels;
  with float64 columns >= 100x faster than orjson.loads + conversion to float arrays.
- ExchangeInfoResponse, 2000 symbols -> dict: compared with orjson.loads.
"""

import numpy as np
import orjson
import pytest

from sbe import spot, stream

import data

BBA_SBE, BBA_JSON = data.best_bid_ask()
DEPTH = {n: data.depth(n) for n in (5, 5000)}
EXINFO_SBE, EXINFO_JSON = data.exchange_info(2000)


# -- bestBidAsk stream event ------------------------------------------------------------

@pytest.mark.benchmark(group="bestBidAsk event")
def test_bba_sbe_float(benchmark):
    dec = stream.Decoder(decimals="float")
    msg = benchmark(dec.decode, BBA_SBE)
    assert msg["bidPrice"] == 97123.45


@pytest.mark.benchmark(group="bestBidAsk event")
def test_bba_sbe_raw(benchmark):
    dec = stream.Decoder()
    benchmark(dec.decode, BBA_SBE)


@pytest.mark.benchmark(group="bestBidAsk event")
def test_bba_orjson_plus_float(benchmark):
    def parse(buf):
        d = orjson.loads(buf)
        return d, float(d["b"]), float(d["B"]), float(d["a"]), float(d["A"])
    benchmark(parse, BBA_JSON)


@pytest.mark.benchmark(group="bestBidAsk event")
def test_bba_orjson_only(benchmark):
    benchmark(orjson.loads, BBA_JSON)


# -- depth ------------------------------------------------------------------------------

@pytest.mark.parametrize("levels", [5, 5000])
@pytest.mark.benchmark(group="depth raw numpy view")
def test_depth_sbe_numpy_view(benchmark, levels):
    dec = spot.Decoder(groups="numpy")
    msg = benchmark(dec.decode, DEPTH[levels][0])
    assert len(msg["bids"]) == levels


@pytest.mark.parametrize("levels", [5, 5000])
@pytest.mark.benchmark(group="depth float64 arrays")
def test_depth_sbe_numpy_float(benchmark, levels):
    dec = spot.Decoder(groups="numpy", decimals="float")
    msg = benchmark(dec.decode, DEPTH[levels][0])
    assert msg["bids"]["price"].dtype == np.float64


@pytest.mark.parametrize("levels", [5, 5000])
@pytest.mark.benchmark(group="depth float64 arrays")
def test_depth_orjson_float_arrays(benchmark, levels):
    def parse(buf):
        d = orjson.loads(buf)
        return np.array(d["bids"], dtype=np.float64), np.array(d["asks"], dtype=np.float64)
    benchmark(parse, DEPTH[levels][1])


@pytest.mark.parametrize("levels", [5, 5000])
@pytest.mark.benchmark(group="depth list of dicts")
def test_depth_sbe_list_float(benchmark, levels):
    dec = spot.Decoder(decimals="float")
    benchmark(dec.decode, DEPTH[levels][0])


# -- exchangeInfo -----------------------------------------------------------------------

@pytest.mark.benchmark(group="exchangeInfo 2000 symbols")
def test_exchange_info_sbe_dict(benchmark):
    dec = spot.Decoder()
    msg = benchmark(dec.decode, EXINFO_SBE)
    assert len(msg["symbols"]) == 2000


@pytest.mark.benchmark(group="exchangeInfo 2000 symbols")
def test_exchange_info_orjson(benchmark):
    benchmark(orjson.loads, EXINFO_JSON)
