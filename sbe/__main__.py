"""Command line: ``python -m sbe`` / ``sbe``.

Subcommands: ``demo`` (local server + client round trip, timings beside orjson), ``serve``
(run the local Binance-like server), ``get PATH [k=v ...]`` (one REST call printed as JSON),
``decode FILE|-`` (raw SBE -> JSON lines).

More subcommands register with :func:`add_subcommand` (e.g. from another module imported
below in ``_load_plugins``)::

    def setup(p: argparse.ArgumentParser): p.add_argument(...)
    def run(args) -> int: ...
    add_subcommand("stream", setup, run, help="...")
"""

from __future__ import annotations

import argparse
import enum
import json
import os
import sys
import time
from decimal import Decimal
from typing import Callable, Dict, List, Optional, Tuple

# run as ``python -m sbe``: let plugins that import ``sbe.__main__`` find this module
if __name__ == "__main__":
    sys.modules.setdefault("sbe.__main__", sys.modules[__name__])

#: name -> (setup(parser), run(args) -> exit code, help)
SUBCOMMANDS: Dict[str, Tuple[Callable, Callable, str]] = {}


def add_subcommand(name: str, setup: Callable[[argparse.ArgumentParser], None],
                   run: Callable[[argparse.Namespace], Optional[int]], help: str = "") -> None:
    """Register ``python -m sbe NAME``: ``setup`` adds arguments, ``run(args)`` does it."""
    SUBCOMMANDS[name] = (setup, run, help)


# ---------------------------------------------------------------------------------------
# JSON output of decoded messages
# ---------------------------------------------------------------------------------------

def to_jsonable(v):
    """Decoded values -> JSON-able (enums by name, Decimal as str, numpy arrays as lists
    of dicts, bytes as hex)."""
    import numpy as np
    if isinstance(v, bool) or v is None or isinstance(v, (str, int)) and not isinstance(v, enum.Enum):
        return v
    if isinstance(v, float):
        return v if v == v else None
    if isinstance(v, enum.Enum):
        return v.name
    if isinstance(v, Decimal):
        return format(v, "f")
    if isinstance(v, dict):
        return {k: to_jsonable(x) for k, x in v.items()}
    if isinstance(v, (list, tuple)):
        return [to_jsonable(x) for x in v]
    if isinstance(v, np.ndarray):
        if v.dtype.names:
            return [{n: to_jsonable(row[n]) for n in v.dtype.names} for row in v]
        return to_jsonable(v.tolist())
    if isinstance(v, np.void):
        return {n: to_jsonable(v[n]) for n in v.dtype.names}
    if isinstance(v, np.generic):
        return to_jsonable(v.item())
    if isinstance(v, (bytes, bytearray)):
        return v.decode("latin-1").rstrip("\x00") if v[:1].isascii() else v.hex()
    return str(v)


def _dump(obj) -> str:
    return json.dumps(to_jsonable(obj), ensure_ascii=False)


# ---------------------------------------------------------------------------------------
# demo
# ---------------------------------------------------------------------------------------

def _setup_demo(p):
    p.add_argument("--symbol", default="BTCUSDT")
    p.add_argument("--repeat", type=int, default=50, help="timing repetitions")


def _time(fn, n):
    best = float("inf")
    for _ in range(n):
        t = time.perf_counter()
        fn()
        best = min(best, time.perf_counter() - t)
    return best


def _run_demo(args) -> int:
    from sbe import spot
    from sbe.testing import LocalBinance
    try:
        import orjson
        jloads, jname = orjson.loads, "orjson"
    except ImportError:  # pragma: no cover
        jloads, jname = json.loads, "json"
    sym = args.symbol
    print("starting the local Binance-like server (loopback, throwaway Ed25519 key)...")
    with LocalBinance() as srv, srv.client("ed25519", decimals="float") as c:
        print(f"server {srv.url}; client asks for SBE {c.sbe_schema[0]}:{c.sbe_schema[1]}\n")
        book = c.depth(sym, limit=5000)
        r = c.last_response
        print(f"GET /api/v3/depth {sym} limit=5000 -> {book['$message']}, lastUpdateId "
              f"{book['lastUpdateId']}, bids {book['bids'].shape} asks {book['asks'].shape} "
              f"dtype {book['bids'].dtype.descr}, weight {r.used_weight}")
        bb, ba = book["bids"][0], book["asks"][0]
        print(f"  best bid {bb['price']:.2f} x {bb['qty']}  best ask {ba['price']:.2f} x "
              f"{ba['qty']}  spread {ba['price'] - bb['price']:.2f}")
        kl = c.klines(sym, "1h", limit=500)
        print(f"GET /api/v3/klines 1h limit=500 -> {kl['klines'].shape[0]} rows; last 2:")
        for row in kl["klines"][-2:]:
            print(f"  open {row['openTime'] // 1000} O {row['openPrice']} H {row['highPrice']} "
                  f"L {row['lowPrice']} C {row['closePrice']} V {row['volume']}")
        xi = c.exchange_info()
        s0 = xi["symbols"][0]
        print(f"GET /api/v3/exchangeInfo -> {len(xi['symbols'])} symbols, "
              f"{len(xi['rateLimits'])} rate limits; {s0['symbol']} has "
              f"{len(s0['filters'])} filters: "
              + ", ".join(f["filter"]["$message"] for f in s0["filters"][:5]) + ", ...")
        acct = c.account()
        print(f"GET /api/v3/account (signed, Ed25519) -> uid {acct['uid']}, balances: "
              + ", ".join(f"{b['asset']} {b['free']:g}" for b in acct["balances"]))

        print(f"\ndecode time, same data as SBE vs JSON ({jname}), best of {args.repeat}:")
        print(f"  {'payload':<14}{'SBE bytes':>11}{'JSON bytes':>12}{'SBE decode':>13}"
              f"{jname + ' loads':>15}{'ratio':>8}")
        cases = [("depth 5000", "/api/v3/depth", {"symbol": sym, "limit": 5000}, "numpy"),
                 ("klines 500", "/api/v3/klines", {"symbol": sym, "interval": "1h",
                                                   "limit": 500}, "numpy"),
                 ("exchangeInfo", "/api/v3/exchangeInfo", None, "list"),
                 ("account", "/api/v3/account", None, "list")]
        import httpx
        for label, path, params, groups in cases:
            signed = path == "/api/v3/account"
            m, url, h, _ = c._prepare("GET", path, params, None, signed, None)
            sbe_body = httpx.get(url, headers=h).content
            m, url, h, _ = c._prepare("GET", path, params, None, signed, None)
            h["Accept"] = "application/json"
            json_body = httpx.get(url, headers=h).content
            dec = spot.Decoder(decimals="float", groups=groups)
            ts = _time(lambda: dec.decode(sbe_body), args.repeat)
            tj = _time(lambda: jloads(json_body), args.repeat)
            print(f"  {label:<14}{len(sbe_body):>11}{len(json_body):>12}{ts * 1e6:>11.1f}us"
                  f"{tj * 1e6:>13.1f}us{tj / ts:>7.1f}x")
        # streams and a live order book against the local stream server (issue 5)
        from sbe.stream_cli import demo_streams
        print()
        demo_streams(srv)
    return 0


# ---------------------------------------------------------------------------------------
# serve
# ---------------------------------------------------------------------------------------

def _setup_serve(p):
    p.add_argument("--host", default="127.0.0.1")
    p.add_argument("--port", type=int, default=8080)
    p.add_argument("--weight-limit", type=int, default=6000)
    p.add_argument("--no-sbe", action="store_true", help="answer as if SBE were disabled")


def _run_serve(args) -> int:
    from sbe.testing import LocalBinance
    srv = LocalBinance(host=args.host, port=args.port, weight_limit=args.weight_limit)
    srv.sbe_enabled = not args.no_sbe
    srv.start()
    print(f"LocalBinance serving on {srv.url} (Ctrl-C to stop)")
    print("throwaway test keys of this local server (not Binance keys):")
    print(f"  HMAC:    BINANCE_API_KEY={srv.api_key} BINANCE_API_SECRET={srv.api_secret}")
    if srv.ed25519_api_key:
        print(f"  Ed25519: BINANCE_API_KEY={srv.ed25519_api_key} (private key PEM below)")
        print(srv.ed25519_private_key.decode().rstrip())
    print(f"try: python -m sbe get /api/v3/depth symbol=BTCUSDT limit=5 --base-url {srv.url}",
          flush=True)
    try:
        srv.serve_forever()
    finally:
        srv.stop()
    return 0


# ---------------------------------------------------------------------------------------
# get
# ---------------------------------------------------------------------------------------

def _setup_get(p):
    p.add_argument("path", help="e.g. /api/v3/depth")
    p.add_argument("params", nargs="*", metavar="k=v", help="request parameters")
    p.add_argument("--base-url", default=os.environ.get("SBE_BASE_URL", "prod"),
                   help="prod, api1..api4, gcp, data, testnet, demo or a URL "
                        "(default $SBE_BASE_URL or prod)")
    p.add_argument("-X", "--method", default="GET")
    p.add_argument("--signed", action="store_true", help="sign (timestamp + signature)")
    p.add_argument("--key-file", help="JSON file with api_key and api_secret or private_key "
                                      "(PEM) [+ private_key_password]; default: environment "
                                      "BINANCE_API_KEY + BINANCE_API_SECRET / "
                                      "BINANCE_PRIVATE_KEY(_FILE)")
    p.add_argument("--decimals", choices=("raw", "float", "decimal"), default="decimal")
    p.add_argument("--sbe", help="X-MBX-SBE id:version to ask for (default: the built schema)")
    p.add_argument("--timeout", type=float, default=10.0)


def _run_get(args) -> int:
    from sbe.client import BinanceAPIError, Client, ClientError, signer_from_env
    from sbe.client.signing import HmacSigner, load_private_key
    params = []
    for kv in args.params:
        if "=" not in kv:
            print(f"error: parameter {kv!r} is not k=v", file=sys.stderr)
            return 2
        k, v = kv.split("=", 1)
        params.append((k, v))
    if args.key_file:
        with open(args.key_file) as fh:
            cfg = json.load(fh)
        api_key = cfg.get("api_key")
        signer = (HmacSigner(cfg["api_secret"]) if cfg.get("api_secret") else
                  load_private_key(cfg["private_key"], cfg.get("private_key_password"))
                  if cfg.get("private_key") else None)
    else:
        api_key, signer = signer_from_env()
    kw = {}
    if args.sbe:
        sid, ver = args.sbe.split(":")
        kw["sbe_schema"] = (int(sid), int(ver))
    try:
        with Client(api_key, signer=signer, base_url=args.base_url, timeout=args.timeout,
                    decimals=args.decimals, **kw) as c:
            r = c.request(args.method, args.path, params, signed=args.signed,
                          send_key=bool(api_key) or None, full=True)
    except BinanceAPIError as e:
        print(json.dumps({"error": {"code": e.code, "msg": e.msg, "status": e.status,
                                    "type": type(e).__name__}}))
        return 1
    except (ClientError, ValueError) as e:
        print(f"error: {type(e).__name__}: {e}", file=sys.stderr)
        return 1
    print(_dump(r.data))
    return 0


# ---------------------------------------------------------------------------------------
# decode
# ---------------------------------------------------------------------------------------

def _setup_decode(p):
    p.add_argument("file", help="file with one raw SBE message, or '-' for stdin")
    p.add_argument("--schema", choices=("spot", "stream"), default="spot")
    p.add_argument("--framed", action="store_true",
                   help="the file holds messages each prefixed by a u32 little-endian length")
    p.add_argument("--decimals", choices=("raw", "float", "decimal"), default="decimal")


def _run_decode(args) -> int:
    import importlib
    import struct
    mod = importlib.import_module(f"sbe.{args.schema}")
    data = sys.stdin.buffer.read() if args.file == "-" else open(args.file, "rb").read()
    dec = mod.Decoder(decimals=args.decimals, groups="list")
    out = sys.stdout
    if not args.framed:
        out.write(_dump(dec.decode(data)) + "\n")
        return 0
    pos = 0
    while pos < len(data):
        if len(data) - pos < 4:
            print(f"error: {len(data) - pos} trailing bytes at offset {pos}", file=sys.stderr)
            return 1
        n = struct.unpack_from("<I", data, pos)[0]
        pos += 4
        if n > len(data) - pos:
            print(f"error: message at offset {pos - 4} says {n} bytes, "
                  f"{len(data) - pos} remain", file=sys.stderr)
            return 1
        out.write(_dump(dec.decode(data[pos:pos + n])) + "\n")
        pos += n
    return 0


add_subcommand("demo", _setup_demo, _run_demo,
               "local server + client: 5000-level book, klines, exchangeInfo, account; "
               "SBE decode time beside orjson")
add_subcommand("serve", _setup_serve, _run_serve, "run the local Binance-like server")
add_subcommand("get", _setup_get, _run_get, "one REST call (SBE), printed as JSON")
add_subcommand("decode", _setup_decode, _run_decode, "decode raw SBE to JSON lines")


def _load_plugins() -> None:
    """Import optional modules that register more subcommands (e.g. ``stream``)."""
    import importlib
    for name in ("sbe.stream_cli",):
        try:
            importlib.import_module(name)
        except ImportError:
            pass


def build_parser() -> argparse.ArgumentParser:
    _load_plugins()
    p = argparse.ArgumentParser(prog="sbe", description="Binance Spot SBE tools")
    sub = p.add_subparsers(dest="command", metavar="COMMAND")
    sub.required = True
    for name, (setup, _run, help_) in SUBCOMMANDS.items():
        sp = sub.add_parser(name, help=help_, description=help_)
        setup(sp)
    return p


def main(argv: Optional[List[str]] = None) -> int:
    args = build_parser().parse_args(argv)
    rc = SUBCOMMANDS[args.command][1](args)
    return int(rc or 0)


if __name__ == "__main__":
    sys.exit(main())
