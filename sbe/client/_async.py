"""The asyncio client (httpx.AsyncClient, keep-alive connection pool)."""

from __future__ import annotations

import asyncio
import time
from typing import Any, Mapping, Optional

import httpx

from ._core import _Core, _Endpoints
from ._sync import _limits, _server_ms
from .errors import RequestTimeout

__all__ = ["AsyncClient"]

_HAS_TIMEOUT = hasattr(asyncio, "timeout")


class AsyncClient(_Core, _Endpoints):
    """The asyncio twin of :class:`~sbe.client.Client`: same constructor, same methods,
    each a coroutine::

        async with AsyncClient(base_url="prod", decimals="float") as c:
            book = await c.depth("BTCUSDT", limit=1000)
    """

    def __init__(self, api_key: Optional[str] = None, api_secret: Optional[str] = None, *,
                 http_client: Optional[httpx.AsyncClient] = None, **kw):
        super().__init__(api_key, api_secret, **kw)
        self._own = http_client is None
        self._http = http_client or httpx.AsyncClient(
            timeout=self.timeout, limits=_limits(),
            transport=httpx.AsyncHTTPTransport(retries=0, limits=_limits()))

    async def aclose(self) -> None:
        if self._own:
            await self._http.aclose()

    async def __aenter__(self) -> "AsyncClient":
        return self

    async def __aexit__(self, *exc) -> None:
        await self.aclose()

    async def request(self, method: str, path: str, params: Optional[Mapping[str, Any]] = None,
                      *, signed: bool = False, send_key: Optional[bool] = None,
                      data: Optional[Mapping[str, Any]] = None, decimals: Optional[str] = None,
                      groups: Optional[str] = None, timeout: Optional[float] = None,
                      full: bool = False):
        """See :meth:`sbe.client.Client.request`."""
        m, url, headers, content = self._prepare(method, path, params, data, signed, send_key)
        path = "/" + path.lstrip("/")
        limit = self._timeout(timeout)
        t0 = time.perf_counter()
        try:
            # the whole exchange (connect, headers, body) under one deadline
            if _HAS_TIMEOUT:
                async with asyncio.timeout(limit):
                    status, rheaders, body = await self._exchange(m, url, headers, content,
                                                                  path, limit)
            else:  # Python < 3.11
                status, rheaders, body = await asyncio.wait_for(
                    self._exchange(m, url, headers, content, path, limit), limit)
        except asyncio.TimeoutError as exc:
            if isinstance(exc, RequestTimeout):
                raise
            raise self._deadline_error(m, path, limit) from None
        resp = self._handle(m, path, status, rheaders, body, decimals, groups,
                            time.perf_counter() - t0)
        return resp if full else resp.data

    async def _exchange(self, m, url, headers, content, path, limit):
        try:
            req = self._http.build_request(m, url, headers=headers, content=content,
                                           timeout=httpx.Timeout(limit))
            r = await self._http.send(req, stream=True, follow_redirects=False)
            try:
                body = self._begin(m, path, r.status_code, r.headers)
                async for chunk in r.aiter_raw():
                    body.feed(chunk)
                return r.status_code, r.headers, body.finish()
            finally:
                await r.aclose()
        except (httpx.HTTPError, httpx.InvalidURL) as exc:
            err = self._transport_error(exc, m, path, limit, None)
        # raised here, outside the except block: no __context__ holding the httpx
        # exception, whose .request carries the signed URL
        raise err

    def _call(self, method, path, params=None, *, signed=False, send_key=None, decimals=None,
              groups=None, default_groups=None):
        return self.request(method, path, params, signed=signed, send_key=send_key,
                            decimals=decimals, groups=groups or default_groups)

    async def sync_time(self) -> int:
        t0 = time.time()
        st = await self.request("GET", "/api/v3/time", decimals="raw")
        t1 = time.time()
        self.time_offset_ms = int(_server_ms(st) - (t0 + t1) * 500)
        return self.time_offset_ms
