"""The capture file format (version 1): writer and reader, no I/O policy beyond files.

Layout (all integers little-endian)::

    file    = magic "SBECAP" | u16 format version | u32 header length | header JSON | u32 crc32
              | block*
    block   = "SBEB" | u8 codec (0 none, 1 zstd) | u8 0 | u16 0 | u32 records | u32 raw length
              | u32 stored length | u32 crc32(stored) | i64 first recv ns | i64 last recv ns
              | stored payload (raw payload, zstd-compressed when codec is 1)
    payload = record*          (records stored contiguously, never split across blocks)
    record  = i64 recv ns | u32 length | u16 connection | u16 kind | data (length bytes)

Kinds: ``FRAME`` (a binary stream frame exactly as received), ``SNAPSHOT`` (u8 symbol length,
symbol, then an SBE ``DepthResponse``), ``EVENT`` (a JSON object: disconnects, reconnects,
start/stop).  A block is written with one ``write`` once complete, so a crash loses at most
the open block; the reader returns every record of the complete blocks and says where it
stopped.  Blocks are independent (each compressed alone) so a reader can seek to any of them
and a batch decoder can take a block of contiguous frames at a time.
"""

from __future__ import annotations

import json
import os
import struct
import time
import zlib
from typing import Iterator, List, NamedTuple, Optional

__all__ = ["CaptureWriter", "CaptureReader", "Record", "Block", "Stop", "CaptureError",
           "CaptureFormatError", "CaptureCorruptError", "CaptureTruncatedError",
           "FRAME", "SNAPSHOT", "EVENT", "FORMAT_VERSION", "SUFFIX", "schema_pins",
           "read_records", "snapshot_record", "parse_snapshot"]

MAGIC = b"SBECAP"
FORMAT_VERSION = 1
SUFFIX = ".sbecap"
BLOCK_MAGIC = b"SBEB"
FRAME, SNAPSHOT, EVENT = 0, 1, 2
CODEC_NONE, CODEC_ZSTD = 0, 1
_CODECS = {"none": CODEC_NONE, "zstd": CODEC_ZSTD}

_FILE_HEAD = struct.Struct("<6sHI")          # magic, version, header length
_U32 = struct.Struct("<I")
_BLOCK = struct.Struct("<4sBBHIIIIqq")       # 40 bytes
_REC = struct.Struct("<qIHH")                # 16 bytes
_REC_PACK = _REC.pack
BLOCK_HEADER_SIZE = _BLOCK.size
RECORD_HEADER_SIZE = _REC.size

#: Largest header JSON, record and block accepted (checked before any allocation).
MAX_HEADER = 1 << 20
MAX_RECORD = 16 << 20
MAX_BLOCK = 64 << 20
#: Default block: closed at 1 MiB of records or 1 s after its first record.
DEFAULT_BLOCK_SIZE = 1 << 20
DEFAULT_FLUSH_INTERVAL = 1.0
FSYNC_POLICIES = ("block", "file", "never")


class CaptureError(ValueError):
    """A capture file cannot be read: ``path``, ``offset`` (bytes from the file start)."""

    def __init__(self, message: str, path: str = "", offset: int = 0):
        super().__init__(f"{path}: {message} (at offset {offset})" if path else message)
        self.path, self.offset = path, offset


class CaptureFormatError(CaptureError):
    """Not a capture file, or a format version this reader does not know."""


class CaptureCorruptError(CaptureError):
    """A block or record is inconsistent (bad magic, checksum, lengths)."""


class CaptureTruncatedError(CaptureError):
    """The file ends inside a block (``strict=True``; otherwise the reader stops there)."""


class Record(NamedTuple):
    kind: int
    conn: int
    recv_ns: int
    data: bytes


class Block(NamedTuple):
    """One decompressed block: ``payload`` holds ``n`` contiguous records."""
    offset: int
    n: int
    first_ns: int
    last_ns: int
    payload: bytes


class Stop(NamedTuple):
    """Where a lenient read stopped: ``offset`` of the incomplete block, ``reason``."""
    offset: int
    reason: str


def schema_pins() -> List[dict]:
    """id, version, sha256, file and package of every schema a recorded frame may need, from
    the generated modules' constants (the same facts as schemas/pins.json)."""
    from sbe import spot, stream
    out = []
    for pkg, m in (("spot_stream", stream), ("spot_sbe", spot)):
        out.append({"package": pkg, "id": m.SCHEMA_ID, "version": m.SCHEMA_VERSION,
                    "sha256": m.SCHEMA_SHA256, "file": m.SCHEMA_FILE})
    return out


def _zstd():
    try:
        import zstandard
    except ImportError:
        raise ImportError("zstd capture blocks need the 'zstandard' package: "
                          "pip install 'sbe-binance[research]'") from None
    return zstandard


def snapshot_record(symbol: str, body: bytes) -> bytes:
    s = symbol.upper().encode()
    if len(s) > 255:
        raise ValueError("symbol longer than 255 bytes")
    return bytes((len(s),)) + s + bytes(body)


def parse_snapshot(data: bytes) -> tuple:
    """(symbol, SBE DepthResponse bytes) of a ``SNAPSHOT`` record."""
    if not data or 1 + data[0] > len(data):
        raise CaptureCorruptError(f"snapshot record of {len(data)} bytes has no symbol")
    n = data[0]
    return data[1:1 + n].decode("utf-8", "replace"), data[1 + n:]


class CaptureWriter:
    """Append-only capture files in ``out_dir``: ``write_frame``/``write_event``/
    ``write_snapshot``, ``close()``.

    Records collect in the open block, written (one ``write``) when it holds ``block_size``
    bytes or ``flush_interval`` seconds after its first record (checked on each write and on
    :meth:`tick`).  ``fsync``: ``"block"`` (after each block: a power loss loses at most the
    open block), ``"file"`` (at rotation and close only) or ``"never"``; a killed process
    loses only the open block in every case (written blocks are in the OS cache).  A new
    file starts once the current one reaches ``rotate_size`` bytes or ``rotate_time``
    seconds.  ``zstd=True`` compresses each block alone (``zstd_level``).
    """

    def __init__(self, out_dir: str, streams=(), *, zstd: bool = False, zstd_level: int = 3,
                 block_size: int = DEFAULT_BLOCK_SIZE,
                 flush_interval: float = DEFAULT_FLUSH_INTERVAL,
                 rotate_size: Optional[int] = None, rotate_time: Optional[float] = None,
                 fsync: str = "block", prefix: str = "sbe", meta: Optional[dict] = None):
        if fsync not in FSYNC_POLICIES:
            raise ValueError(f"fsync must be one of {FSYNC_POLICIES}, got {fsync!r}")
        if not 1 <= block_size <= MAX_BLOCK // 2:
            raise ValueError(f"block_size must be 1..{MAX_BLOCK // 2}")
        if rotate_size is not None and rotate_size < 1:
            raise ValueError("rotate_size must be >= 1 byte")
        if rotate_time is not None and rotate_time <= 0:
            raise ValueError("rotate_time must be > 0 seconds")
        self.out_dir = out_dir
        self.streams = list(streams)
        self.codec = CODEC_ZSTD if zstd else CODEC_NONE
        self._cctx = _zstd().ZstdCompressor(level=zstd_level) if zstd else None
        self.block_size, self.flush_interval = block_size, flush_interval
        self.rotate_size, self.rotate_time = rotate_size, rotate_time
        self.fsync, self.prefix = fsync, prefix
        self.meta = dict(meta or {})
        self.files: List[str] = []
        self._stats = {"events": 0, "snapshots": 0, "blocks": 0, "bytes_raw": 0,
                       "bytes_written": 0}
        self._frames = 0            # kept out of the dict: the per-frame path
        self._buf = bytearray()
        self._n = 0
        self._first = self._last = 0
        self._block_t0 = 0.0
        self._fh = None
        self._file_t0 = 0.0
        self._size = 0
        self._seq = 0
        self._closed = False
        os.makedirs(out_dir, exist_ok=True)
        self._open()

    @property
    def stats(self) -> dict:
        """frames, events, snapshots, records, blocks written, bytes_raw (records),
        bytes_written (blocks, after compression)."""
        st = dict(self._stats, frames=self._frames)
        st["records"] = st["frames"] + st["events"] + st["snapshots"]
        return st

    # ----------------------------------------------------------------- records
    def write_frame(self, data: bytes, recv_ns: int, conn: int = 0) -> None:
        """One frame as received (usable as ``StreamClient(on_frame=writer.write_frame)``)."""
        n = len(data)
        if self._closed or n > MAX_RECORD or not self._n:      # the rare cases
            self._add(FRAME, conn, recv_ns, data)
            return
        buf = self._buf
        buf += _REC_PACK(recv_ns, n, conn & 0xFFFF, FRAME)
        buf += data
        self._n += 1
        self._frames += 1
        self._last = recv_ns
        if len(buf) >= self.block_size:
            self.flush()

    def write_snapshot(self, symbol: str, body: bytes, recv_ns: Optional[int] = None) -> None:
        self._add(SNAPSHOT, 0, recv_ns or time.time_ns(), snapshot_record(symbol, body))

    def write_event(self, event: str, recv_ns: Optional[int] = None, conn: int = 0,
                    **fields) -> None:
        body = json.dumps({"event": event, **fields}, separators=(",", ":")).encode()
        self._add(EVENT, conn, recv_ns or time.time_ns(), body)

    def write_connection(self, kind: str, conn: int, other: Optional[int] = None) -> None:
        """A routing change of the stream client (its ``on_connection`` hook): ``rotate`` /
        ``switch`` (old -> ``other``), ``ended``; replay needs them to redo rotations."""
        self.write_event(kind, None, conn, other=other)

    def _add(self, kind: int, conn: int, recv_ns: int, data) -> None:
        if self._closed:
            raise ValueError("capture writer is closed")
        n = len(data)
        if n > MAX_RECORD:
            raise ValueError(f"record of {n} bytes over the {MAX_RECORD}-byte limit")
        buf = self._buf
        if not self._n:
            self._first = recv_ns
            self._block_t0 = time.monotonic()
        buf += _REC.pack(recv_ns, n, conn & 0xFFFF, kind)
        buf += data
        self._n += 1
        self._last = recv_ns
        if kind == FRAME:
            self._frames += 1
        else:
            self._stats["snapshots" if kind == SNAPSHOT else "events"] += 1
        if len(buf) >= self.block_size:
            self.flush()

    # ----------------------------------------------------------------- blocks, files
    def tick(self, now: Optional[float] = None) -> None:
        """Close the open block when it is ``flush_interval`` old; rotate on time."""
        now = time.monotonic() if now is None else now
        if self._n and now - self._block_t0 >= self.flush_interval:
            self.flush()
        elif not self._n and self.rotate_time is not None \
                and now - self._file_t0 >= self.rotate_time:
            self._rotate()

    def flush(self) -> None:
        """Write the open block (if any) to the file."""
        if not self._n:
            return
        raw = bytes(self._buf)
        stored = self._cctx.compress(raw) if self.codec == CODEC_ZSTD else raw
        head = _BLOCK.pack(BLOCK_MAGIC, self.codec, 0, 0, self._n, len(raw), len(stored),
                           zlib.crc32(stored), self._first, self._last)
        self._fh.write(head + stored)
        self._fh.flush()
        if self.fsync == "block":
            os.fsync(self._fh.fileno())
        self._size += len(head) + len(stored)
        st = self._stats
        st["blocks"] += 1
        st["bytes_raw"] += len(raw)
        st["bytes_written"] += len(head) + len(stored)
        self._buf = bytearray()
        self._n = 0
        if (self.rotate_size is not None and self._size >= self.rotate_size) or \
                (self.rotate_time is not None
                 and time.monotonic() - self._file_t0 >= self.rotate_time):
            self._rotate()

    def _header(self) -> bytes:
        return json.dumps({
            "format": "sbe-capture", "version": FORMAT_VERSION,
            "created_ns": time.time_ns(), "codec": "zstd" if self.codec else "none",
            "streams": self.streams, "schemas": schema_pins(),
            "record_kinds": {"frame": FRAME, "snapshot": SNAPSHOT, "event": EVENT},
            "meta": self.meta}, separators=(",", ":"), sort_keys=True).encode()

    def _open(self) -> None:
        stamp = time.strftime("%Y%m%dT%H%M%SZ", time.gmtime())
        while True:
            self._seq += 1
            path = os.path.join(self.out_dir, f"{self.prefix}-{stamp}-{self._seq:04d}{SUFFIX}")
            try:
                fh = open(path, "xb")
                break
            except FileExistsError:
                continue
        head = self._header()
        fh.write(_FILE_HEAD.pack(MAGIC, FORMAT_VERSION, len(head)) + head
                 + _U32.pack(zlib.crc32(head)))
        fh.flush()
        if self.fsync != "never":
            os.fsync(fh.fileno())
        self._fh = fh
        self._size = fh.tell()
        self._file_t0 = time.monotonic()
        self.files.append(path)

    def _close_file(self) -> None:
        fh, self._fh = self._fh, None
        if fh is None:
            return
        fh.flush()
        if self.fsync != "never":
            os.fsync(fh.fileno())
        fh.close()

    def _rotate(self) -> None:
        self._close_file()
        self._open()

    def close(self) -> None:
        if self._closed:
            return
        try:
            self.flush()
        finally:
            self._closed = True
            self._close_file()

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        self.close()


class CaptureReader:
    """Read one capture file: ``header`` (dict), iterate :class:`Record` s, or
    :meth:`blocks`.  A file ending inside a block (a crash) yields every complete block and
    sets :attr:`stopped` (``Stop(offset, reason)``); ``strict=True`` raises
    :class:`CaptureTruncatedError` instead.  Corruption raises :class:`CaptureCorruptError`
    naming the offset, after the records before it were yielded."""

    def __init__(self, path: str, strict: bool = False):
        self.path = os.fspath(path)
        self.strict = strict
        self.stopped: Optional[Stop] = None
        with open(self.path, "rb") as fh:
            self.header = self._read_header(fh)
            self._data_start = fh.tell()

    def _read_header(self, fh) -> dict:
        p = self.path
        head = fh.read(_FILE_HEAD.size)
        if len(head) < _FILE_HEAD.size:
            if MAGIC.startswith(head[:6]):
                raise CaptureTruncatedError(f"file header needs {_FILE_HEAD.size} bytes, "
                                            f"{len(head)} present", p, 0)
            raise CaptureFormatError("not a capture file", p, 0)
        magic, ver, n = _FILE_HEAD.unpack(head)
        if magic != MAGIC:
            raise CaptureFormatError(f"not a capture file (magic {magic!r})", p, 0)
        if ver != FORMAT_VERSION:
            raise CaptureFormatError(f"capture format version {ver} is not supported "
                                     f"(this reader: {FORMAT_VERSION})", p, 6)
        if n > MAX_HEADER:
            raise CaptureCorruptError(f"header length {n} over {MAX_HEADER}", p, 8)
        body = fh.read(n + 4)
        if len(body) < n + 4:
            raise CaptureTruncatedError(f"header needs {n + 4} bytes, {len(body)} present",
                                        p, _FILE_HEAD.size)
        if zlib.crc32(body[:n]) != _U32.unpack_from(body, n)[0]:
            raise CaptureCorruptError("header checksum mismatch", p, _FILE_HEAD.size)
        try:
            hdr = json.loads(body[:n])
        except ValueError as e:
            raise CaptureCorruptError(f"header is not JSON: {e}", p, _FILE_HEAD.size) from None
        if not isinstance(hdr, dict) or hdr.get("format") != "sbe-capture":
            raise CaptureFormatError("header is not an sbe-capture header", p, _FILE_HEAD.size)
        return hdr

    @property
    def streams(self) -> list:
        return list(self.header.get("streams", []))

    @property
    def schemas(self) -> list:
        return list(self.header.get("schemas", []))

    def _stop(self, offset: int, reason: str) -> None:
        self.stopped = Stop(offset, reason)
        if self.strict:
            raise CaptureTruncatedError(reason, self.path, offset)

    def blocks(self) -> Iterator[Block]:
        """Every complete block, decompressed and checked, in file order."""
        p = self.path
        self.stopped = None
        dctx = None
        with open(p, "rb") as fh:
            fh.seek(self._data_start)
            off = self._data_start
            while True:
                head = fh.read(BLOCK_HEADER_SIZE)
                if not head:
                    return
                if len(head) < BLOCK_HEADER_SIZE:
                    self._stop(off, f"block header truncated: {len(head)} of "
                                    f"{BLOCK_HEADER_SIZE} bytes")
                    return
                magic, codec, _r1, _r2, n, raw_len, stored_len, crc, first, last = \
                    _BLOCK.unpack(head)
                if magic != BLOCK_MAGIC:
                    raise CaptureCorruptError(f"bad block magic {magic!r}", p, off)
                if codec not in (CODEC_NONE, CODEC_ZSTD):
                    raise CaptureCorruptError(f"unknown block codec {codec}", p, off)
                if raw_len > MAX_BLOCK or stored_len > MAX_BLOCK:
                    raise CaptureCorruptError(f"block of {raw_len} bytes ({stored_len} stored) "
                                              f"over the {MAX_BLOCK}-byte limit", p, off)
                if codec == CODEC_NONE and stored_len != raw_len:
                    raise CaptureCorruptError(f"uncompressed block stores {stored_len} bytes "
                                              f"for {raw_len}", p, off)
                if n * RECORD_HEADER_SIZE > raw_len:
                    raise CaptureCorruptError(f"{n} records cannot fit {raw_len} bytes", p, off)
                stored = fh.read(stored_len)
                if len(stored) < stored_len:
                    self._stop(off, f"block truncated: payload needs {stored_len} bytes at "
                                    f"offset {off + BLOCK_HEADER_SIZE}, {len(stored)} remain")
                    return
                if zlib.crc32(stored) != crc:
                    raise CaptureCorruptError("block checksum mismatch", p, off)
                if codec == CODEC_ZSTD:
                    if dctx is None:
                        dctx = _zstd().ZstdDecompressor()
                    try:
                        raw = dctx.decompress(stored, max_output_size=raw_len)
                    except Exception as e:      # zstandard.ZstdError
                        raise CaptureCorruptError(f"zstd block does not decompress: {e}",
                                                  p, off) from None
                    if len(raw) != raw_len:
                        raise CaptureCorruptError(f"zstd block gave {len(raw)} bytes, header "
                                                  f"says {raw_len}", p, off)
                else:
                    raw = stored
                yield Block(off, n, first, last, raw)
                off += BLOCK_HEADER_SIZE + stored_len

    def __iter__(self) -> Iterator[Record]:
        unpack = _REC.unpack_from
        hs = RECORD_HEADER_SIZE
        new = tuple.__new__
        for blk in self.blocks():
            raw, end, pos = blk.payload, len(blk.payload), 0
            for i in range(blk.n):
                if pos + hs > end:
                    raise CaptureCorruptError(f"record {i} header past the block end",
                                              self.path, blk.offset)
                ns, ln, conn, kind = unpack(raw, pos)
                pos += hs
                stop = pos + ln
                if stop > end:
                    raise CaptureCorruptError(f"record {i} of {ln} bytes past the block end "
                                              f"({end - pos} remain)", self.path, blk.offset)
                yield new(Record, (kind, conn, ns, raw[pos:stop]))
                pos = stop
            if pos != end:
                raise CaptureCorruptError(f"{end - pos} bytes after the last record",
                                          self.path, blk.offset)

    def events(self) -> list:
        """The EVENT records as dicts (with ``recv_ns``)."""
        return [dict(json.loads(r.data), recv_ns=r.recv_ns) for r in self if r.kind == EVENT]


def capture_files(paths) -> List[str]:
    """Files of ``paths`` (files, or directories scanned for ``*.sbecap``), in name order
    (names start with the UTC time, so this is recording order)."""
    if isinstance(paths, (str, os.PathLike)):
        paths = [paths]
    out: List[str] = []
    for p in paths:
        p = os.fspath(p)
        if os.path.isdir(p):
            out.extend(sorted(os.path.join(p, f) for f in os.listdir(p) if f.endswith(SUFFIX)))
        else:
            out.append(p)
    return out


def read_records(paths, strict: bool = False) -> Iterator[Record]:
    """Every record of every file (see :func:`capture_files`), in order."""
    for p in capture_files(paths):
        yield from CaptureReader(p, strict=strict)
