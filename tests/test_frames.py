"""sbe.to_pandas / sbe.to_polars: datetime64[us] time columns, exact float decimals
(mantissa128 combined, nulls -> NaN), enums/booleans, lazy and friendly imports."""

import subprocess
import sys
from decimal import Decimal

import numpy as np
import pytest

import sbe
from sbe import spot
from sbe.testing.data import build, encode
from conftest import SBE_HOME

pd = pytest.importorskip("pandas")

T0 = 1767225540000000
#: mantissas whose naive ``m * 10.0**e`` is off by one ulp (57 * 0.01 = 0.5700000000000001)
PRICES = [57, 1, 3, 7, 29, 123456789, (1 << 53) + 1, (1 << 60) + 1]


def _klines():
    rows = [dict(openTime=T0 + i * 60_000_000, openPrice=p, highPrice=p, lowPrice=1,
                 closePrice=2, volume=(1 << 70) + 3 if i == 1 else 10 * i + 7,
                 closeTime=T0 + i * 60_000_000 + 59_999_999, quoteVolume=5, numTrades=i,
                 takerBuyBaseVolume=-7, takerBuyQuoteVolume=(1 << 64) + 9)
            for i, p in enumerate(PRICES)]
    return encode(build("KlinesResponse", priceExponent=-2, qtyExponent=-8, klines=rows))


@pytest.mark.parametrize("groups", ["numpy", "list"])
@pytest.mark.parametrize("decimals", ["raw", "decimal"])
def test_klines_exact_floats_and_times(groups, decimals):
    body = _klines()
    df = sbe.to_pandas(spot.decode(body, decimals=decimals, groups=groups), "klines")
    exact = spot.decode(body, decimals="decimal")["klines"]
    assert str(df["openTime"].dtype) == "datetime64[us]"
    assert str(df["closeTime"].dtype) == "datetime64[us]"
    assert df["openTime"].astype("int64").tolist() == [k["openTime"] for k in exact]
    for col in ("openPrice", "volume", "takerBuyBaseVolume", "takerBuyQuoteVolume"):
        assert df[col].dtype == np.float64
        # float(Decimal) is the correctly rounded double of the exact decimal
        assert df[col].tolist() == [float(k[col]) for k in exact], col
    assert df["openPrice"][0] == 0.57 and 57 * 10.0 ** -2 != 0.57  # the idiom it replaces
    assert df["volume"][1] == float(Decimal((1 << 70) + 3) / 10 ** 8)
    assert df["takerBuyBaseVolume"][0] == -7e-08
    assert "priceExponent" not in df.columns and df["numTrades"].dtype == np.int64


def test_real_endpoint_results_every_mode():
    pytest.importorskip("httpx")
    from sbe.testing import LocalBinance
    with LocalBinance() as s, s.client() as c:
        frames = [sbe.to_pandas(c.klines("BTCUSDT", "1m", limit=50, decimals=d, groups=g),
                                "klines")
                  for d in ("raw", "float", "decimal") for g in ("numpy", "list")]
        for f in frames[1:]:
            pd.testing.assert_frame_equal(f, frames[0])
        trades = sbe.to_pandas(c.agg_trades("BTCUSDT", limit=5))   # the only group
        assert str(trades["time"].dtype) == "datetime64[us]"
        assert trades["isBuyerMaker"].dtype == bool
        one = sbe.to_pandas(c.ticker_24hr("BTCUSDT"))                # no group: one row
        assert len(one) == 1 and one["lastPrice"][0] == 87000.0
        bids = sbe.to_pandas(c.depth("BTCUSDT", limit=5), "bids")
        assert bids["price"].dtype == np.float64 and len(bids) == 5
        with pytest.raises(ValueError, match="no group 'bogus'.*bids, asks"):
            sbe.to_pandas(c.depth("BTCUSDT", limit=5), "bogus")


@pytest.mark.parametrize("groups", ["numpy", "list"])
def test_nulls_per_row_exponents_enums(groups):
    a = dict(allocationId=1, allocationType=2, orderId=2, orderListId=None, sourceTradeId=None,
             sourceAllocationId=None, price=57, qty=3, quoteQty=171, commission=None,
             time=T0, isBuyer=True, isMaker=False, isAllocator=False, priceExponent=-2,
             qtyExponent=-1, commissionExponent=None)
    body = encode(build("AccountAllocationsResponse",
                        allocations=[a, dict(a, commission=5, commissionExponent=-3,
                                             priceExponent=-3, allocationType=7)]))
    df = sbe.to_pandas(spot.decode(body, groups=groups), "allocations")
    assert np.isnan(df["commission"][0]) and df["commission"][1] == 0.005
    assert df["price"].tolist() == [0.57, 0.057]
    assert df["isBuyer"].tolist() == [True, True] and df["isMaker"].tolist() == [False, False]
    assert df["allocationType"].tolist() == ["Sor", 7]     # not a member: the number
    assert df["time"][0] == pd.Timestamp(T0, unit="us")


def test_polars_same_columns():
    pl = pytest.importorskip("polars")
    m = spot.decode(_klines(), groups="numpy")
    p = sbe.to_polars(m, "klines")
    assert p.schema["openTime"] == pl.Datetime("us")
    assert p["openPrice"].to_list() == sbe.to_pandas(m, "klines")["openPrice"].tolist()


def test_not_a_result():
    with pytest.raises(TypeError, match=r"\$message"):
        sbe.to_pandas([[1, 2]], "klines")


def _run(code: str) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                          timeout=60, cwd=SBE_HOME)


def test_pandas_imported_lazily_and_missing_is_explained():
    r = _run("import sys, sbe, sbe.spot, sbe.frames; sbe.to_pandas; "
             "print('pandas' in sys.modules, 'polars' in sys.modules)")
    assert r.returncode == 0 and r.stdout.split() == ["False", "False"], r.stderr
    r = _run("import sys; sys.modules['pandas'] = None\n"
             "import sbe\nfrom sbe import spot\n"
             "m = {'$message': 'KlinesResponse', 'klines': []}\n"
             "try:\n    sbe.to_pandas(m, 'klines')\n"
             "except ImportError as e:\n    print('ERR', e)")
    assert r.returncode == 0, r.stderr
    assert 'ERR' in r.stdout and 'pip install "sbe-binance[pandas]"' in r.stdout
