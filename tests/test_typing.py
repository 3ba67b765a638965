"""The public API is typed: mypy (and pyright, when installed) accept a user script made of
the README examples plus records, enums, decode_from and peek, and reject a script that
misuses a record's typed attribute (so the stubs are really read, not skipped)."""

from __future__ import annotations

import importlib.util
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from sbe._generated import LATEST

REPO = Path(__file__).resolve().parent.parent

USER_SCRIPT = '''
from decimal import Decimal
from typing import Any

import numpy as np

from sbe import spot, stream
from sbe.errors import DecodeError


def readme(body: bytes, frame: bytes) -> None:
    msg = spot.decode(body, groups="numpy")
    name: str = msg["$message"]
    bids = msg["bids"]
    best_bid = bids["price"][0] * 10.0 ** msg["priceExponent"]
    msg = spot.decode(body, groups="numpy", decimals="float")
    print(name, best_bid, msg["bids"]["price"])

    dec = stream.Decoder(decimals="float")
    ev = dec.decode(frame)
    print(ev["symbol"], dec.decimals, spot.encode(ev))


def records(frame: bytes) -> float:
    dec = stream.Decoder(decimals="float", output="record")
    rec = dec.decode(frame)
    if isinstance(rec, stream.BestBidAskStreamEvent):
        t: int = rec.eventTime
        sym: str = rec.symbol
        c: int = rec.c_bidPrice + rec.e_bidPrice
        d = rec.to_dict()
        same: str = d["symbol"]
        print(t, sym, c, same, d["$message"])
        return float(rec.bidPrice)
    if isinstance(rec, stream.TradesStreamEvent):
        for trade in rec.trades:
            tid: int = trade.id
            print(tid, trade.price)
    one = stream.decode(frame, output="record")
    print(one.to_dict())
    return 0.0


def typed_dicts(frame: bytes) -> None:
    ev: stream.BestBidAskStreamEventDict = stream.decode(frame)  # type: ignore[assignment]
    when: int = ev["eventTime"]
    print(when, ev["$message"])


def the_rest(buf: bytes) -> int:
    msg, end = stream.decode_from(buf, 0)
    rec, end2 = stream.decode_from(buf, end, output="record")
    strict = stream.Decoder(strict=True)
    try:
        strict.decode(buf)
    except DecodeError as exc:
        print(exc.offset)
    tid: int = stream.peek_template_id(buf)
    kind, symbol, first, last = stream.peek(buf)
    header: tuple[int, int, int, int] = spot.peek_header(buf)
    status = spot.orderStatus.New
    text: str = status.json
    print(msg, rec, end2, kind, symbol, first, last, header, f"{status}", text,
          spot.orderStatus.from_json("NEW"))
    return tid + stream.TEMPLATE_BestBidAskStreamEvent
'''

BAD_SCRIPT = '''
from sbe import stream

def wrong(frame: bytes) -> None:
    rec = stream.decode(frame, output="record")
    if isinstance(rec, stream.BestBidAskStreamEvent):
        s: str = rec.eventTime
        print(s)
    stream.Decoder(output="json")
'''


def _run(tool: list[str], script: str, tmp_path: Path) -> subprocess.CompletedProcess:
    path = tmp_path / "user_script.py"
    path.write_text(script)
    env = dict(os.environ, MYPYPATH=str(REPO), PYTHONPATH=str(REPO))
    return subprocess.run(tool + [str(path)], cwd=tmp_path, env=env, capture_output=True,
                          text=True, timeout=600)


MYPY = [sys.executable, "-m", "mypy", "--no-incremental", "--python-version", "3.11",
        "--follow-imports=silent", "--ignore-missing-imports"]


def test_alias_stubs_name_the_newest_modules():
    for alias, package in (("spot", "spot_sbe"), ("stream", "spot_stream")):
        text = (REPO / "sbe" / f"{alias}.pyi").read_text()
        assert f"from sbe._generated.{LATEST[package]} import *" in text


@pytest.mark.skipif(importlib.util.find_spec("mypy") is None, reason="mypy not installed")
def test_mypy_accepts_the_user_script(tmp_path):
    res = _run(MYPY, USER_SCRIPT, tmp_path)
    assert res.returncode == 0, res.stdout + res.stderr


@pytest.mark.skipif(importlib.util.find_spec("mypy") is None, reason="mypy not installed")
def test_mypy_rejects_misuse(tmp_path):
    res = _run(MYPY, BAD_SCRIPT, tmp_path)
    assert res.returncode == 1, res.stdout + res.stderr
    assert 'Incompatible types in assignment (expression has type "int", variable has type ' \
        '"str")' in res.stdout, res.stdout
    assert "output" in res.stdout and "No overload variant" in res.stdout, res.stdout


@pytest.mark.skipif(shutil.which("pyright") is None,
                    reason="pyright not installed (optional: it needs node from npm; mypy "
                           "runs in CI through the test extra)")
def test_pyright_accepts_the_user_script(tmp_path):
    (tmp_path / "pyrightconfig.json").write_text(
        '{"extraPaths": ["%s"], "pythonVersion": "3.11", "reportMissingModuleSource": false}'
        % str(REPO).replace("\\\\", "/"))
    res = _run(["pyright"], USER_SCRIPT, tmp_path)
    if "npm" in res.stderr and res.returncode != 0 and "error" not in res.stdout:
        pytest.skip("pyright could not install its node runtime: " + res.stderr[-300:])
    assert res.returncode == 0, res.stdout + res.stderr
