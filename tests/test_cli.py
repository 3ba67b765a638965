"""python -m sbe: decode, get, serve, demo, and the subcommand registry."""

import json
import os
import struct
import subprocess
import sys
import time
from pathlib import Path

import pytest

from sbe import __main__ as cli
from sbe import spot, stream

# where the tested sbe is imported from: the clone (in-place build, editable install) or
# site-packages (non-editable install: the clone's sbe/ has no compiled modules)
REPO = Path(__import__("sbe").__file__).resolve().parent.parent


def _run(*args, env=None, timeout=120):
    e = dict(os.environ)
    e["PYTHONPATH"] = str(REPO) + os.pathsep + e.get("PYTHONPATH", "")
    e.update(env or {})
    return subprocess.run([sys.executable, "-m", "sbe", *args], capture_output=True, text=True,
                          timeout=timeout, cwd=REPO, env=e)


def test_subcommand_table():
    assert list(cli.SUBCOMMANDS)[:5] == ["demo", "serve", "get", "decode", "stream"]
    for name in cli.SUBCOMMANDS:
        p = cli.build_parser(name)
        assert p.prog == f"sbe {name}"
    assert not hasattr(cli, "add_subcommand") and not hasattr(cli, "_load_plugins")


def test_no_import_cycle_between_cli_and_stream_cli():
    code = ("import sys, sbe.stream_cli; assert 'sbe.__main__' not in sys.modules, 1; "
            "import sbe.__main__; assert 'sbe.stream_cli' in sys.modules; "
            "del sys.modules['sbe.stream_cli']; import importlib; "
            "importlib.reload(sbe.__main__); assert 'sbe.stream_cli' not in sys.modules, 2")
    e = dict(os.environ, PYTHONPATH=str(REPO))
    r = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=REPO,
                       env=e, timeout=60)
    assert r.returncode == 0, r.stderr


def test_get_intermixed_args(capsys):
    from sbe.testing import LocalBinance
    with LocalBinance(ed25519=False) as srv:
        rc = cli.main(["get", "/api/v3/depth", "--base-url", srv.url, "symbol=BTCUSDT",
                       "--decimals", "float", "limit=2"])
        out = capsys.readouterr()
        assert rc == 0, out.err
        d = json.loads(out.out)
        assert d["$message"] == "DepthResponse" and len(d["bids"]) == 2
        assert isinstance(d["bids"][0]["price"], float)
        assert cli.main(["--debug", "get", "--base-url", srv.url, "/api/v3/ping"]) == 0
        assert json.loads(capsys.readouterr().out)["$message"] == "PingResponse"


@pytest.mark.parametrize("args,word", [
    (["get", "/api/v3/ping", "--base-url", "nowhere"], "ValueError"),
    (["get", "/api/v3/ping", "--base-url", "http://127.0.0.1:9"], "ConnectError"),
    (["get", "/api/v3/depth", "notkv", "--base-url", "http://127.0.0.1:9"], "not k=v"),
    (["decode", "/nonexistent/file.sbe"], "FileNotFoundError"),
])
def test_errors_print_one_line(args, word, capsys):
    assert cli.main(args) == 1
    err = capsys.readouterr().err
    assert err.startswith("error: ") and word in err
    assert err.count("\n") == 1 and "Traceback" not in err


def test_debug_shows_traceback():
    r = _run("--debug", "get", "/api/v3/ping", "--base-url", "nowhere")
    assert r.returncode == 1 and "Traceback" in r.stderr and "ValueError" in r.stderr
    r = _run("get", "/api/v3/ping", "--base-url", "nowhere")
    assert r.returncode == 1 and "Traceback" not in r.stderr
    assert len(r.stderr.strip().splitlines()) == 1


def test_usage_errors():
    r = _run()
    assert r.returncode == 2 and "COMMAND" in r.stderr
    r = _run("frobnicate")
    assert r.returncode == 2 and "unknown command" in r.stderr
    r = _run("--help")
    assert r.returncode == 0 and "stream" in r.stdout and "decode" in r.stdout


def test_stream_local():
    pytest.importorskip("picows")
    r = _run("stream", "btcusdt@bestBidAsk", "--local", "-n", "2", "--decimals", "float",
             timeout=60)
    assert r.returncode == 0, r.stderr
    lines = r.stdout.strip().splitlines()
    assert len(lines) == 2
    assert all(json.loads(x)["$message"] == "BestBidAskStreamEvent" for x in lines)


def test_decode_single_and_framed(tmp_path, capsys):
    m1 = spot.encode({"$message": "ServerTimeResponse", "serverTime": 123})
    m2 = spot.encode({"$message": "ErrorResponse", "code": -1121, "msg": "Invalid symbol.",
                      "serverTime": None, "retryAfter": None, "data": None})
    f = tmp_path / "one.sbe"
    f.write_bytes(m1)
    assert cli.main(["decode", str(f)]) == 0
    out = capsys.readouterr().out.strip()
    assert json.loads(out) == {"$message": "ServerTimeResponse", "serverTime": 123}
    g = tmp_path / "many.sbe"
    g.write_bytes(b"".join(struct.pack("<I", len(m)) + m for m in (m1, m2)))
    assert cli.main(["decode", "--framed", str(g)]) == 0
    lines = capsys.readouterr().out.strip().splitlines()
    assert [json.loads(x)["$message"] for x in lines] == ["ServerTimeResponse", "ErrorResponse"]


def test_decode_stdin_stream_schema():
    msg = stream.encode({"$message": "BestBidAskStreamEvent", "eventTime": 1, "bookUpdateId": 2,
                         "priceExponent": -2, "qtyExponent": -3, "bidPrice": 100,
                         "bidQty": 5, "askPrice": 101, "askQty": 6, "symbol": "BTCUSDT"})
    e = dict(os.environ, PYTHONPATH=str(REPO))
    r = subprocess.run([sys.executable, "-m", "sbe", "decode", "--schema", "stream", "-"],
                       input=msg, capture_output=True, cwd=REPO, env=e, timeout=60)
    assert r.returncode == 0, r.stderr
    d = json.loads(r.stdout)
    assert d["symbol"] == "BTCUSDT" and d["bidPrice"] == "1.00"


def test_get_against_local_server():
    from sbe.testing import LocalBinance
    with LocalBinance(ed25519=False) as srv:
        r = _run("get", "/api/v3/depth", "symbol=BTCUSDT", "limit=3", "--base-url", srv.url)
        assert r.returncode == 0, r.stderr
        d = json.loads(r.stdout)
        assert d["$message"] == "DepthResponse" and len(d["bids"]) == 3
        env = {"BINANCE_API_KEY": srv.api_key, "BINANCE_API_SECRET": srv.api_secret}
        r = _run("get", "/api/v3/account", "--signed", "--base-url", srv.url, env=env)
        assert r.returncode == 0, r.stderr
        assert json.loads(r.stdout)["$message"] == "AccountResponse"
        assert srv.api_secret not in r.stdout + r.stderr
        r = _run("get", "/api/v3/order", "symbol=BTCUSDT", "orderId=1", "--signed",
                 "--base-url", srv.url, env=env)
        assert r.returncode == 1
        assert json.loads(r.stdout)["error"]["code"] == -2013


def test_get_key_file(tmp_path):
    from sbe.testing import LocalBinance
    with LocalBinance() as srv:
        kf = tmp_path / "keys.json"
        kf.write_text(json.dumps({"api_key": srv.ed25519_api_key,
                                  "private_key": srv.ed25519_private_key.decode()}))
        r = _run("get", "/api/v3/account", "--signed", "--key-file", str(kf),
                 "--base-url", srv.url)
        assert r.returncode == 0, r.stderr
        assert json.loads(r.stdout)["$message"] == "AccountResponse"


def test_serve_subprocess():
    import httpx
    import socket
    s = socket.socket()
    s.bind(("127.0.0.1", 0))
    port = s.getsockname()[1]
    s.close()
    e = dict(os.environ, PYTHONPATH=str(REPO))
    p = subprocess.Popen([sys.executable, "-m", "sbe", "serve", "--port", str(port)],
                         stdout=subprocess.PIPE, stderr=subprocess.PIPE, cwd=REPO, env=e)
    try:
        deadline = time.time() + 30
        while True:
            try:
                r = httpx.get(f"http://127.0.0.1:{port}/api/v3/ping",
                              headers={"Accept": "application/sbe", "X-MBX-SBE": "3:5"})
                break
            except httpx.ConnectError:
                if time.time() > deadline:
                    raise
                time.sleep(0.1)
        assert r.status_code == 200 and spot.decode(r.content)["$message"] == "PingResponse"
    finally:
        p.terminate()
        p.wait(timeout=10)


def test_demo():
    pytest.importorskip("orjson")
    r = _run("demo", "--repeat", "2")
    assert r.returncode == 0, r.stderr
    out = r.stdout
    assert "bids (5000,)" in out and "best bid" in out and "exchangeInfo" in out
    assert "orjson loads" in out and "account" in out
