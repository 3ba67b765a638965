"""Command line: ``python -m sbe`` / ``sbe``.

Subcommands (one plain table, :data:`SUBCOMMANDS`): ``demo`` (local server + client round
trip, timings beside orjson), ``serve`` (run the local Binance-like server), ``get PATH
[k=v ...]`` (one REST call printed as JSON), ``decode FILE|-`` (raw SBE -> JSON lines),
``stream STREAM...`` (decoded market-data events, :mod:`sbe.stream_cli`).

Options and ``k=v`` parameters may be intermixed (``sbe get /api/v3/depth --base-url URL
symbol=BTCUSDT``). An error prints one line on stderr and exits 1 (``--debug``: the
traceback).
"""

from __future__ import annotations

import argparse
import json
import os
import sys
import time
from typing import Callable, Dict, List, Optional, Tuple

from sbe._jsonable import dumps as _dump
from sbe._jsonable import to_jsonable

__all__ = ["SUBCOMMANDS", "main", "to_jsonable"]


def _utc_us(us) -> str:
    """A µs timestamp (what results carry) as UTC text with µs."""
    import datetime
    t = datetime.datetime(1970, 1, 1) + datetime.timedelta(microseconds=int(us))
    return t.isoformat(sep=" ") + "Z"


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
            print(f"  open {_utc_us(row['openTime'])} O {row['openPrice']} H {row['highPrice']} "
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
    p.add_argument("--base-url", default=os.environ.get("SBE_BASE_URL") or "prod",
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
    from sbe.client import BinanceAPIError, Client, signer_from_env
    from sbe.client.signing import HmacSigner, load_private_key
    params = []
    for kv in args.params:
        if "=" not in kv:
            raise ValueError(f"parameter {kv!r} is not k=v")
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


def _setup_stream(p):
    from sbe.stream_cli import setup_stream
    setup_stream(p)


def _run_stream(args) -> int:
    from sbe.stream_cli import run_stream
    return run_stream(args)


#: name -> (setup(parser), run(args) -> exit code, help)
SUBCOMMANDS: Dict[str, Tuple[Callable, Callable, str]] = {
    "demo": (_setup_demo, _run_demo, "local server + client: 5000-level book, klines, "
                                      "exchangeInfo, account; SBE decode time beside orjson"),
    "serve": (_setup_serve, _run_serve, "run the local Binance-like server"),
    "get": (_setup_get, _run_get, "one REST call (SBE), printed as JSON"),
    "decode": (_setup_decode, _run_decode, "decode raw SBE to JSON lines"),
    "stream": (_setup_stream, _run_stream, "print decoded SBE market-data stream events"),
    "record": (lambda p: __import__("sbe.capture.cli").capture.cli.setup_record(p),
               lambda a: __import__("sbe.capture.cli").capture.cli.run_record(a),
               "record market-data streams into capture files (docs/capture.md)"),
    "replay": (lambda p: __import__("sbe.capture.cli").capture.cli.setup_replay(p),
               lambda a: __import__("sbe.capture.cli").capture.cli.run_replay(a),
               "replay capture files as decoded events (JSON lines)"),
    "convert": (lambda p: __import__("sbe.capture.cli").capture.cli.setup_convert(p),
                lambda a: __import__("sbe.capture.cli").capture.cli.run_convert(a),
                "convert capture files to partitioned Parquet (docs/research.md)"),
}


def _top_parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(
        prog="sbe", description="Binance Spot SBE tools",
        usage="sbe [--debug] COMMAND [options and arguments in any order]",
        epilog="commands:\n" + "\n".join(f"  {n:<8} {h}" for n, (_s, _r, h) in
                                          SUBCOMMANDS.items())
        + "\n\n`sbe COMMAND --help` for a command's options",
        formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("--debug", action="store_true", help="print tracebacks of errors")
    return p


def build_parser(command: str) -> argparse.ArgumentParser:
    """The parser of one subcommand."""
    setup, _run, help_ = SUBCOMMANDS[command]
    p = argparse.ArgumentParser(prog=f"sbe {command}", description=help_)
    p.add_argument("--debug", action="store_true", help="print tracebacks of errors")
    setup(p)
    return p


def _one_line(exc: BaseException) -> str:
    text = " ".join(str(exc).split())
    if len(text) > 500:
        text = text[:500] + "..."
    return f"{type(exc).__name__}: {text}" if text else type(exc).__name__


def main(argv: Optional[List[str]] = None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    debug = "--debug" in argv
    top = _top_parser()
    cmd_at = next((i for i, a in enumerate(argv) if not a.startswith("-")), None)
    if cmd_at is None:
        if any(a in ("-h", "--help") for a in argv):
            top.print_help()
            return 0
        top.print_usage(sys.stderr)
        print("sbe: error: a COMMAND is needed: " + ", ".join(SUBCOMMANDS), file=sys.stderr)
        return 2
    cmd = argv[cmd_at]
    if cmd not in SUBCOMMANDS:
        top.print_usage(sys.stderr)
        print(f"sbe: error: unknown command {cmd!r} (choose from "
              f"{', '.join(SUBCOMMANDS)})", file=sys.stderr)
        return 2
    rest = argv[:cmd_at] + argv[cmd_at + 1:]
    try:
        args = build_parser(cmd).parse_intermixed_args(rest)
    except SystemExit as e:  # argparse: usage error (2) or --help (0)
        return int(e.code or 0)
    try:
        return int(SUBCOMMANDS[cmd][1](args) or 0)
    except KeyboardInterrupt:
        return 130
    except Exception as exc:
        if debug:
            raise
        print(f"error: {_one_line(exc)}", file=sys.stderr)
        return 1


if __name__ == "__main__":
    sys.exit(main())
