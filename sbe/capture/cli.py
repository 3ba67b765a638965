"""``python -m sbe record``, ``replay`` and ``convert`` (imported only when they run).

    python -m sbe record btcusdt@bestBidAsk btcusdt@depth --out DIR [--base-url URL]
        [--rotate-size 256M] [--rotate-time 1h] [--zstd] [--fsync block|file|never]
        [--snapshots [--rest-url URL]] [--seconds N] [--count N]
    python -m sbe replay DIR_OR_FILES... [--speed X] [--decimals float] [-n N]
    python -m sbe convert DIR_OR_FILES... --to parquet OUT [--decimals float|raw]
        [--templates NAME,...] [--dask SCHEDULER_ADDRESS | --workers N] [--quiet]
"""

from __future__ import annotations

import asyncio
import os
import re
import signal
import sys

__all__ = ["setup_record", "run_record", "setup_replay", "run_replay", "setup_convert",
           "run_convert"]

_UNITS = {"": 1, "k": 1 << 10, "m": 1 << 20, "g": 1 << 30}
_TIME = {"": 1, "s": 1, "m": 60, "h": 3600, "d": 86400}


def _size(text: str) -> int:
    m = re.fullmatch(r"(\d+)\s*([kmgKMG]?)i?[bB]?", text.strip())
    if not m:
        raise ValueError(f"not a size: {text!r} (e.g. 256M, 1G, 1048576)")
    return int(m.group(1)) * _UNITS[m.group(2).lower()]


def _seconds(text: str) -> float:
    m = re.fullmatch(r"(\d+(?:\.\d*)?)\s*([smhd]?)", text.strip())
    if not m:
        raise ValueError(f"not a duration: {text!r} (e.g. 30s, 15m, 1h, 1d)")
    return float(m.group(1)) * _TIME[m.group(2)]


def setup_record(p) -> None:
    p.add_argument("streams", nargs="+", metavar="STREAM",
                   help="stream names: <symbol>@trade, @bestBidAsk, @depth, @depth20")
    p.add_argument("--out", required=True, help="output directory (created if needed)")
    p.add_argument("--base-url", default=os.environ.get("SBE_STREAM_URL") or "prod",
                   help="prod, testnet, demo or a ws(s):// URL (default $SBE_STREAM_URL or prod)")
    p.add_argument("--key-file", help="JSON file with api_key (an Ed25519 key); default: "
                                      "environment BINANCE_API_KEY")
    p.add_argument("--rotate-size", type=_size, help="start a new file past this size (256M)")
    p.add_argument("--rotate-time", type=_seconds, help="start a new file after (1h)")
    p.add_argument("--zstd", action="store_true", help="zstd-compress each block "
                                                       "(pip install 'sbe-binance[research]')")
    p.add_argument("--fsync", choices=("block", "file", "never"), default="block",
                   help="fsync after each block (default), at rotation/close only, or never")
    p.add_argument("--block-size", type=_size, default=1 << 20,
                   help="block size before compression (default 1M)")
    p.add_argument("--flush-interval", type=float, default=1.0,
                   help="seconds after which an open block is written (default 1)")
    p.add_argument("--snapshots", action="store_true",
                   help="record REST depth snapshots of @depth symbols (start, reconnects)")
    p.add_argument("--rest-url", help="REST URL for --snapshots (default: the --base-url "
                                      "shortcut)")
    p.add_argument("--snapshot-limit", type=int, default=1000)
    p.add_argument("--seconds", type=float, default=0, help="stop after N seconds (0: never)")
    p.add_argument("-n", "--count", type=int, default=0, help="stop after N frames (0: never)")


def run_record(args) -> int:
    from sbe.capture.recorder import Recorder
    from sbe.stream_cli import _key
    rec = Recorder(args.streams, args.out, api_key=_key(args), base_url=args.base_url,
                   snapshots=args.snapshots, rest_url=args.rest_url,
                   snapshot_limit=args.snapshot_limit, zstd=args.zstd,
                   rotate_size=args.rotate_size, rotate_time=args.rotate_time,
                   fsync=args.fsync, block_size=args.block_size,
                   flush_interval=args.flush_interval)

    async def main():
        loop = asyncio.get_running_loop()
        for sig in (signal.SIGINT, signal.SIGTERM):
            try:
                loop.add_signal_handler(sig, rec.stop)
            except (NotImplementedError, RuntimeError):     # not the main thread / Windows
                pass
        return await rec.run(seconds=args.seconds or None, frames=args.count or None)

    stats = asyncio.run(main())
    print(f"recorded {stats['frames']} frames, {stats['events']} events, "
          f"{stats['snapshots']} snapshots in {stats['blocks']} blocks, "
          f"{stats['bytes_written']} bytes: " + " ".join(stats["files"]), file=sys.stderr)
    return 0


def setup_replay(p) -> None:
    p.add_argument("paths", nargs="+", metavar="PATH", help="capture files or directories")
    p.add_argument("--speed", type=float, default=None,
                   help="1.0: recorded pace, 2.0: twice as fast (default: as fast as possible)")
    p.add_argument("--decimals", choices=("raw", "float", "decimal"), default="decimal")
    p.add_argument("-n", "--count", type=int, default=0, help="stop after N events (0: all)")


def run_replay(args) -> int:
    from sbe._jsonable import dumps
    from sbe.capture.replayer import Replay
    out = sys.stdout
    seen = [0]

    class _Enough(Exception):
        pass

    def on_event(ev):
        out.write(dumps(ev, compact=True) + "\n")
        seen[0] += 1
        if args.count and seen[0] >= args.count:
            raise _Enough

    rp = Replay(args.paths, speed=args.speed, decimals=args.decimals, groups="list")
    try:
        asyncio.run(rp.run(on_event))
    except _Enough:
        pass
    for path, stop in rp.stops:
        print(f"{path}: stopped at offset {stop.offset}: {stop.reason}", file=sys.stderr)
    out.flush()
    return 0


def setup_convert(p) -> None:
    p.add_argument("paths", nargs="+", metavar="PATH", help="capture files or directories")
    p.add_argument("--to", nargs=2, required=True, metavar=("FORMAT", "OUT"),
                   help="'parquet' and the output folder (or s3://bucket/prefix, ...)")
    p.add_argument("--decimals", choices=("float", "raw"), default="float",
                   help="float64 values (default) or int64 mantissas; exponents kept in both")
    p.add_argument("--templates", help="comma-separated message names (default: all)")
    p.add_argument("--errors", choices=("raise", "skip"), default="raise",
                   help="a malformed frame fails its file (default) or is skipped and counted")
    p.add_argument("--row-group-size", type=int, default=None,
                   help="rows per Parquet row group (default 524288)")
    p.add_argument("--force", action="store_true", help="convert finished inputs again")
    where = p.add_mutually_exclusive_group()
    where.add_argument("--dask", metavar="ADDRESS",
                       help="run on this Dask scheduler (tcp://host:8786), one task per file")
    where.add_argument("--workers", type=int, metavar="N",
                       help="run on a local Dask cluster of N worker processes")
    p.add_argument("-q", "--quiet", action="store_true",
                   help="no progress line (it is shown only on a terminal anyway)")


def run_convert(args) -> int:
    from sbe.capture import capture_files
    fmt, out = args.to
    if fmt != "parquet":
        raise ValueError(f"--to {fmt!r}: the only format is 'parquet'")
    files = capture_files(args.paths)
    if not files:
        raise ValueError(f"no capture files (*.sbecap) in {' '.join(args.paths)}")
    missing = [p for p in files if not os.path.isfile(p)]
    if missing:
        raise FileNotFoundError(f"no such capture file: {' '.join(missing)}")
    opts = dict(decimals=args.decimals, errors=args.errors, force=args.force,
                templates=[t for t in args.templates.split(",") if t] if args.templates
                else None, progress=None if not args.quiet else False)
    if args.row_group_size is not None:
        if args.row_group_size < 1:
            raise ValueError("--row-group-size must be >= 1")
        opts["row_group_size"] = args.row_group_size
    if args.dask or args.workers is not None:
        if args.workers is not None and args.workers < 1:
            raise ValueError("--workers must be >= 1")
        from sbe.batch._dask import to_parquet_dask
        s = to_parquet_dask(files, out, client=args.dask, n_workers=args.workers, **opts)
    else:
        from sbe.batch.parquet import to_parquet
        s = to_parquet(files, out, **opts)
    for path, err in s["failed"].items():
        print(f"error: {path}: {err}", file=sys.stderr)
    rows = sum(v for k, v in s["rows"].items() if "." not in k)
    mb = s["bytes"] / 1e6
    print(f"converted {len(s['converted'])} files ({len(s['skipped'])} already done, "
          f"{len(s['failed'])} failed): {rows} events, {mb:.1f} MB in "
          f"{s['seconds']:.2f} s ({mb / max(s['seconds'], 1e-9):.1f} MB/s) -> {out}",
          file=sys.stderr)
    return 1 if s["failed"] else 0
