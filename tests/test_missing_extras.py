"""A missing optional dependency is an ImportError naming the extra to install, not a bare
ModuleNotFoundError; the decoder imports without any of them. Each case runs in a fresh
interpreter with the module blocked (sys.modules[name] = None)."""

import subprocess
import sys

import pytest
from conftest import SBE_HOME

CASE = """
import sys
for name in {blocked!r}:
    sys.modules[name] = None
try:
{body}
except ImportError as e:
    print("ERR", type(e).__name__, e)
else:
    print("OK")
"""


def _run(blocked, body):
    code = CASE.format(blocked=list(blocked),
                       body="\n".join("    " + ln for ln in body.strip().splitlines()))
    r = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                       timeout=60, cwd=SBE_HOME)
    assert r.returncode == 0, r.stderr
    return r.stdout.strip().splitlines()[-1]


@pytest.mark.parametrize("blocked,body,feature,extra", [
    (["httpx"], "import sbe.client", "sbe.client needs httpx", "client"),
    (["picows"], "import sbe.ws", "sbe.ws needs picows", "client"),
    (["picows"], "from sbe.ws.streams import StreamClient", "sbe.ws needs picows", "client"),
    (["websockets"], "from sbe.testing.ws_api import LocalWsApiServer",
     "sbe.testing.ws_api needs websockets", "client"),
    (["websockets"], "from sbe.testing.ws_stream import LocalStreamServer",
     "sbe.testing.ws_stream needs websockets", "client"),
    (["cryptography"],
     "from sbe.client import load_private_key\nload_private_key('-----BEGIN PRIVATE KEY-----')",
     "Ed25519/RSA key support needs", "client"),
    (["pandas"], "import sbe\nsbe.to_pandas({'$message': 'KlinesResponse', 'klines': []})",
     "needs pandas", "pandas"),
])
def test_missing_dependency_names_the_extra(blocked, body, feature, extra):
    out = _run(blocked, body)
    assert out.startswith("ERR MissingExtraError") or out.startswith("ERR ImportError"), out
    assert feature.split(" need")[0] in out and f'pip install "sbe-binance[{extra}]"' in out, out


def test_decoder_orderbook_testing_import_without_extras():
    blocked = ["httpx", "httpcore", "picows", "websockets", "cryptography", "pandas", "polars"]
    out = _run(blocked, """
import sbe, sbe.orderbook, sbe.testing, sbe.frames
from sbe import spot, stream
assert spot.decode(spot.encode({"$message": "PingResponse"}))["$message"] == "PingResponse"
""")
    assert out == "OK", out
