"""What the compiled batch path and the oracle share: the result type, the stats, where a
bad frame is (capture path, block, record), the walk over a block's records."""

from __future__ import annotations

from typing import Iterator, Tuple

from sbe.capture._format import (EVENT, FRAME, RECORD_HEADER_SIZE, SNAPSHOT, CaptureCorruptError,
                                 CaptureReader, _REC, capture_files)

__all__ = ["BatchResult", "new_stats", "locate", "block_records", "file_blocks", "ERRORS",
           "DECIMALS", "check_options"]

DECIMALS = ("float", "raw")
ERRORS = ("raise", "skip")


class BatchResult(dict):
    """``{table name: numpy structured array}`` with ``.stats`` (see :func:`new_stats`)."""

    __slots__ = ("stats",)

    def __init__(self, tables=(), stats=None):
        super().__init__(tables)
        self.stats = stats if stats is not None else new_stats()

    def __reduce__(self):
        return (BatchResult, (dict(self), self.stats))


def new_stats() -> dict:
    """files, blocks, records read; ``frames`` decoded per message name; ``skipped`` records
    by reason; ``newer_version`` frames decoded from a newer schema version (by the wire
    blockLength); ``stopped`` {path: Stop} of the files that end inside a block (every
    complete block before it was decoded)."""
    return {"files": 0, "blocks": 0, "records": 0, "frames": {},
            "skipped": {"snapshot": 0, "event": 0, "other_kind": 0, "filtered": 0,
                        "other_schema": 0, "unknown_template": 0, "bad_frame": 0},
            "newer_version": 0, "stopped": {}}


SKIP_KIND = {SNAPSHOT: "snapshot", EVENT: "event"}


def check_options(decimals: str, errors: str) -> None:
    if decimals not in DECIMALS:
        raise ValueError(f"decimals must be 'float' or 'raw', not {decimals!r}")
    if errors not in ERRORS:
        raise ValueError(f"errors must be 'raise' or 'skip', not {errors!r}")


def locate(err, path: str, block_offset: int, record: int, message: str = ""):
    """The decoder's typed error (same class, offsets, sizes, ``$.path``) with where the
    frame is in the capture: ``capture_path``, ``block_offset``, ``record_index`` (in the
    block). Offsets stay relative to the frame."""
    what = f" ({message})" if message else ""
    err.reason = (f"{path}: frame at block offset {block_offset}, record {record}{what}: "
                  f"{err.reason}")
    err.args = (err.reason,)
    err.capture_path, err.block_offset, err.record_index = path, block_offset, record
    return err


def file_blocks(paths, stats: dict) -> Iterator[Tuple[str, object]]:
    """(path, Block) of every complete block of every file; a file cut inside a block is
    recorded in ``stats['stopped']`` (not raised)."""
    for p in capture_files(paths):
        rd = CaptureReader(p)
        stats["files"] += 1
        for blk in rd.blocks():
            stats["blocks"] += 1
            yield p, blk
        if rd.stopped is not None:
            stats["stopped"][p] = rd.stopped


def block_records(path: str, blk) -> Iterator[tuple]:
    """(index, kind, conn, recv_ns, start, end) of each record of a block, checked as
    CaptureReader checks them."""
    raw, end, pos = blk.payload, len(blk.payload), 0
    hs = RECORD_HEADER_SIZE
    unpack = _REC.unpack_from
    for i in range(blk.n):
        if pos + hs > end:
            raise CaptureCorruptError(f"record {i} header past the block end", path, blk.offset)
        ns, ln, conn, kind = unpack(raw, pos)
        pos += hs
        if pos + ln > end:
            raise CaptureCorruptError(f"record {i} of {ln} bytes past the block end "
                                      f"({end - pos} remain)", path, blk.offset)
        yield i, kind, conn, ns, pos, pos + ln
        pos += ln
    if pos != end:
        raise CaptureCorruptError(f"{end - pos} bytes after the last record", path, blk.offset)


FRAME = FRAME
