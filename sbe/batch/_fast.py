"""``sbe.batch.read`` on the generated C loops (``sbe/_generated/<stream module>_batch``):
pass 1 checks and counts every block (kept in memory), the arrays are allocated once at their
final size, pass 2 fills them; no Python object per frame."""

from __future__ import annotations

import struct

import numpy as np

from sbe.capture._format import (EVENT, FRAME, SNAPSHOT, CaptureCorruptError, _REC)
from sbe.errors import DecodeError, MalformedError

from ._common import BatchResult, block_records, check_options, file_blocks, locate, new_stats

__all__ = ["read_compiled", "read_blocks"]


def _record_layout() -> tuple:
    """(header size, offsets of recv ns, length, connection, kind, and the frame, snapshot,
    event kinds) of a capture record, from the capture format's own struct."""
    fmt = _REC.format
    order, codes = fmt[0], fmt[1:]
    offs = [struct.calcsize(order + codes[:i]) for i in range(len(codes))]
    return (_REC.size, offs[0], offs[1], offs[2], offs[3], FRAME, SNAPSHOT, EVENT)


_REC_LAYOUT = _record_layout()


def _bad_frame(stream, path, blk, index):
    """The decoder's own typed error for the frame scan_block rejected."""
    for i, kind, conn, ns, a, b in block_records(path, blk):
        if i == index:
            data = blk.payload[a:b]
            name = ""
            if len(data) >= stream.HEADER_SIZE:
                name = stream.TEMPLATES.get(stream.peek_header(data)[1], "")
            try:
                stream.decode(data, decimals="raw")
            except DecodeError as err:
                return locate(err, path, blk.offset, i, name)
            return locate(MalformedError("the batch decoder rejects a frame the decoder "
                                         "accepts (report this)", offset=0),
                          path, blk.offset, i, name)
    raise AssertionError(index)


def read_compiled(mod, paths, *, decimals: str = "float", templates=None,
                  errors: str = "raise", decoder=None) -> BatchResult:
    """``sbe.batch.read`` with the batch module ``mod``; ``decoder`` (default
    ``sbe.stream``) is the generated decoder of the same schema, whose errors a bad frame
    raises."""
    check_options(decimals, errors)
    stats = new_stats()
    return read_blocks(mod, file_blocks(paths, stats), stats, decimals=decimals,
                       templates=templates, errors=errors, decoder=decoder)


def read_blocks(mod, blocks, stats, *, decimals="float", templates=None, errors="raise",
                decoder=None) -> BatchResult:
    """The tables of ``blocks`` ((path, Block) pairs); ``stats`` from :func:`new_stats`
    (``file_blocks`` counts files and blocks into it)."""
    if decoder is None:
        from sbe import stream as decoder
    names = list(mod.MESSAGES)
    want = bytearray(len(names))
    if templates is None:
        want[:] = b"\x01" * len(names)
    else:
        sel = set([templates] if isinstance(templates, str) else templates)
        unknown = sel - set(names)
        if unknown:
            raise ValueError(f"unknown templates {sorted(unknown)}: {names}")
        for i, n in enumerate(names):
            want[i] = n in sel
    want = bytes(want)
    ntab, nvar = len(mod.TABLES), len(mod.VAR_COLUMNS)
    ncnt = len(mod.COUNTERS)
    cnt = np.zeros(ncnt + len(names), np.int64)
    rows = np.zeros(ntab, np.int64)
    vmax = np.zeros(max(nvar, 1), np.int64)
    kept = []
    skip_bad = errors == "skip"
    for path, blk in blocks:
        status = np.empty(blk.n, np.uint8)
        code, at = mod.scan_block(blk.payload, blk.n, _REC_LAYOUT, want, status, cnt, rows,
                                  vmax, skip_bad)
        if code == 4:
            raise _bad_frame(decoder, path, blk, at) from None
        if code:
            # the same checks and words as CaptureReader's record walk
            for _ in block_records(path, blk):
                pass
            raise CaptureCorruptError(f"record {at} inconsistent", path, blk.offset)
        if status.any():        # blocks with nothing to fill are not kept for pass 2
            kept.append((blk.payload, blk.n, status))

    c = dict(zip(mod.COUNTERS, cnt[:ncnt].tolist()))
    stats["records"] = c["records"]
    for k in stats["skipped"]:
        stats["skipped"][k] = c[k]
    stats["newer_version"] = c["newer_version"]
    stats["frames"] = {n: int(v) for n, v in zip(names, cnt[ncnt:]) if v}

    # tables of the messages seen, their var-data columns as wide as the longest value
    seen = {i for i, n in enumerate(names) if n in stats["frames"]}
    vw = np.maximum(vmax[:max(nvar, 1)], 1).astype(np.int64)
    voff = np.zeros(max(nvar, 1), np.int64)
    isz = np.zeros(ntab, np.int64)
    arrays, addr = {}, np.zeros(ntab, np.uint64)
    for ti, (tname, mi, _parent) in enumerate(mod.TABLES):
        cols = mod.COLUMNS[decimals][ti]
        names_, formats, offsets = [c_[0] for c_ in cols], [c_[1] for c_ in cols], \
            [c_[2] for c_ in cols]
        size = offsets[-1] + np.dtype(formats[-1]).itemsize
        for k, (vt, vname) in enumerate(mod.VAR_COLUMNS):
            if vt == ti:
                voff[k] = size
                names_.append(vname)
                formats.append(f"S{vw[k]}")
                offsets.append(size)
                size += int(vw[k])
        isz[ti] = size
        if mi not in seen:
            continue
        dt = np.dtype({"names": names_, "formats": formats, "offsets": offsets,
                       "itemsize": size})
        a = np.empty(int(rows[ti]), dt)
        arrays[tname] = a
        addr[ti] = a.ctypes.data
    pos = np.zeros(ntab, np.int64)
    raw = decimals == "raw"
    for payload, n, status in kept:
        mod.fill_block(payload, n, _REC_LAYOUT, status, addr, pos, isz, voff, vw, raw)
    if not np.array_equal(pos, rows):       # pass 2 wrote what pass 1 counted, exactly
        raise AssertionError(f"batch fill wrote {pos.tolist()} rows, scan counted "
                             f"{rows.tolist()}")
    return BatchResult(arrays, stats)
