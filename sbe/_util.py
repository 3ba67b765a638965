"""Small helpers shared by the clients and the order book (no client dependency)."""

from __future__ import annotations

import collections
import logging
import time

__all__ = ["RateLimitedLog"]


class RateLimitedLog:
    """WARNING lines at most once per ``every`` seconds per ``kind``; the lines in between
    are counted and the next line printed says how many were suppressed. A frame storm
    then costs one log line per kind every ``every`` seconds, not one per frame."""

    def __init__(self, logger: logging.Logger, every: float = 10.0):
        self.log = logger
        self.every = every
        self.last: dict = {}
        self.suppressed: collections.Counter = collections.Counter()

    def warning(self, kind: str, msg: str, *args) -> None:
        now = time.monotonic()
        if now - self.last.get(kind, -1e18) < self.every:
            self.suppressed[kind] += 1
            return
        self.last[kind] = now
        n = self.suppressed.pop(kind, 0)
        if n:
            msg += " (%d similar lines suppressed)"
            args = args + (n,)
        self.log.warning(msg, *args)
