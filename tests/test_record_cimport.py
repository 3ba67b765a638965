"""A Cython strategy cimports a record class from the generated module's .pxd and reads its
C fields (mantissa, exponent, integers, objects) with no Python object made: the fields the
runtime's descriptors read (sbe._rt.record_class derives their offsets) are the ones the
.pxd declares."""

from __future__ import annotations

import os
import subprocess
import sys
import textwrap

from conftest import REPO_ROOT, SBE_HOME

STRATEGY = """
# cython: language_level=3
from sbe._generated.spot_stream_1_0 cimport BestBidAskStreamEvent, TradesStreamEvent_trades


def fields(ev):
    cdef BestBidAskStreamEvent e = ev
    return (e.c_bidPrice, e.e_bidPrice, e.c_askQty, e.e_askQty, e.eventTime, e.bookUpdateId,
            e.c_priceExponent, e.symbol)


def trade_ids(ev):
    return [(<TradesStreamEvent_trades>t).id for t in ev.trades]
"""

SETUP = """
from Cython.Build import cythonize
from setuptools import Extension, setup
setup(ext_modules=cythonize(
    [Extension("strategy", ["strategy.pyx"], include_dirs=[{inc!r}], extra_compile_args=["-O0"])],
    include_path=[{home!r}], language_level=3), script_args=["build_ext", "--inplace"])
"""

CHECK = """
import sys
sys.path[:0] = [{tmp!r}, {home!r}]
sys.path.insert(0, {bench!r})
import data
import strategy
from sbe import stream
buf, _ = data.best_bid_ask()
ev = stream.decode(buf, decimals="float", output="record")
assert strategy.fields(ev) == (ev.c_bidPrice, ev.e_bidPrice, ev.c_askQty, ev.e_askQty,
                               ev.eventTime, ev.bookUpdateId, ev.c_priceExponent,
                               ev.symbol), strategy.fields(ev)
assert strategy.fields(ev)[0] == 9712345 and ev.bidPrice == 97123.45
tr = stream.decode(data.trade(3)[0], output="record")
assert strategy.trade_ids(tr) == [t.id for t in tr.trades] and len(tr.trades) == 3
print("ok")
"""


def test_cython_reads_record_c_fields(tmp_path):
    home = str(SBE_HOME)
    (tmp_path / "strategy.pyx").write_text(STRATEGY)
    (tmp_path / "setup.py").write_text(SETUP.format(inc=os.path.join(home, "sbe"), home=home))
    build = subprocess.run([sys.executable, "setup.py"], cwd=tmp_path, capture_output=True,
                           text=True, timeout=600)
    assert build.returncode == 0, build.stdout[-2000:] + build.stderr[-3000:]
    check = textwrap.dedent(CHECK.format(tmp=str(tmp_path), home=home,
                                         bench=str(REPO_ROOT / "bench")))
    run = subprocess.run([sys.executable, "-c", check], cwd=tmp_path, capture_output=True,
                         text=True, timeout=600)
    assert run.returncode == 0 and run.stdout.strip() == "ok", run.stdout + run.stderr[-3000:]
