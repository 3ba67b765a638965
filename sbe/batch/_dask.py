"""The Parquet conversion on Dask (dask.distributed): one task per capture file, each the
same :func:`sbe.batch.parquet.convert_file` that runs in one process, so a rerun skips the
finished inputs whatever ran them (docs/research.md, "Many files, many machines")."""

from __future__ import annotations

import os
import time
from typing import Optional

from .parquet import (ROW_GROUP_ROWS, Progress, _arrow, check_options, convert_file,
                      error_text, summarize)

__all__ = ["to_parquet_dask"]


def _convert_task(path: str, out: str, opts: dict) -> dict:
    """Runs on a worker: a bad input is an answer ("failed"), not a task error, so its
    message (the capture path and offset) reaches the caller as text."""
    try:
        r = convert_file(path, out, **opts)
    except (ValueError, OSError) as e:
        r = {"path": path, "status": "failed", "error": error_text(e)}
    r["worker"] = _distributed().get_worker().address
    return r


def _distributed():
    from sbe._extras import require
    return require("distributed", "research", "to_parquet_dask")


def _client(dd, client, n_workers, own):
    if isinstance(client, str):
        own.append(dd.Client(client))
        return own[-1]
    if client is not None:
        return client
    try:
        return dd.get_client()
    except ValueError:                      # no default client in this process
        pass
    own.append(dd.LocalCluster(n_workers=n_workers or os.cpu_count() or 1,
                               threads_per_worker=1, processes=True, dashboard_address=None))
    own.append(dd.Client(own[-1]))
    return own[-1]


def to_parquet_dask(files, out: str, client=None, *, decimals: str = "float",
                    templates=None, row_group_size: int = ROW_GROUP_ROWS,
                    compression: str = "zstd", errors: str = "raise", force: bool = False,
                    n_workers: Optional[int] = None, progress: Optional[bool] = False,
                    retries: int = 0) -> dict:
    """Convert capture files (paths, or folders of ``*.sbecap``) into the Parquet dataset
    at ``out`` on a Dask cluster: one task per file.

    ``client``: a ``distributed.Client``, or a scheduler address (``"tcp://host:8786"``),
    or None: the current default client if there is one, else a ``LocalCluster`` of
    ``n_workers`` processes (default: the CPU count) with one thread each, closed at the
    end.  Every worker must see the input paths and ``out`` under the same names (a shared
    mount, or ``out`` as an object-store URI such as ``s3://bucket/prefix``).

    Idempotent: a task whose input already has a finished conversion in ``out`` returns
    at once ("skipped"), so a rerun after a crash converts only what is missing.  A file
    that fails (corrupt, unreadable) is reported in ``summary["failed"]`` ({path:
    "Error: message"}) and the other files still convert.  Returns the summary of
    :func:`sbe.batch.parquet.to_parquet` plus ``workers`` (in the cluster) and
    ``files_by_worker`` ({worker address: files it ran})."""
    from sbe.capture import capture_files
    _arrow()
    dd = _distributed()
    paths = capture_files(files)
    opts = {"decimals": decimals, "templates": check_options(decimals, templates),
            "row_group_size": row_group_size, "compression": compression, "errors": errors,
            "force": force}
    out = os.fspath(out)
    if "://" not in out:                     # workers may run elsewhere: no relative paths
        out = os.path.abspath(out)
    paths = [p if "://" in p else os.path.abspath(p) for p in paths]
    sizes = {p: (os.path.getsize(p) if os.path.exists(p) else 0) for p in paths}
    bar = Progress(len(paths), sum(sizes.values()), enabled=progress)
    t0 = time.perf_counter()
    own: list = []              # what this call started, closed at the end
    results, failed, by_worker = [], {}, {}
    try:
        client = _client(dd, client, n_workers, own)
        workers = len(client.scheduler_info().get("workers", {}))
        futures = client.map(_convert_task, paths, out=out, opts=opts, pure=False,
                             retries=retries)
        where = {f.key: p for f, p in zip(futures, paths)}
        for fut in dd.as_completed(futures):
            p = where[fut.key]
            if fut.status != "finished":     # the task itself died (worker lost, ...)
                failed[p] = (error_text(fut.exception()) if fut.status == "error"
                             else f"task {fut.status}")
                bar.update(None, sizes[p])
            else:
                r = fut.result()
                if r.get("status") == "failed":
                    failed[p] = r["error"]
                    bar.update(None, sizes[p])
                else:
                    results.append(r)
                    bar.update(r, sizes[p])
                by_worker[r["worker"]] = by_worker.get(r["worker"], 0) + 1
            fut.release()
    finally:
        bar.close()
        for thing in reversed(own):
            thing.close()
    s = summarize(results, failed, time.perf_counter() - t0)
    s["workers"] = workers
    s["files_by_worker"] = by_worker
    return s
