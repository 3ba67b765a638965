"""No secret (API key, secret, private key, signature, signed query) in any exception, repr
or log line at any level, third-party loggers included; the API key header never goes to
another host, even through a user's httpx client with follow_redirects=True."""

import asyncio
import logging

import pytest

pytest.importorskip("httpx")
pytest.importorskip("cryptography")

import httpx  # noqa: E402

from sbe.client import (AsyncClient, BinanceAPIError, Client, HmacSigner,  # noqa: E402
                        UnexpectedResponseError, load_private_key)
from sbe.testing import LocalBinance  # noqa: E402

from _localbinance_fixtures import RawServer, answer_with, http_answer  # noqa: E402


class RecordingSigner(HmacSigner):
    """HMAC signer that remembers every signature it made (to look for them in logs)."""

    def __init__(self, secret):
        super().__init__(secret)
        self.made = []

    def sign(self, payload):
        s = super().sign(payload)
        self.made.append(s)
        return s


class _Capture(logging.Handler):
    def __init__(self):
        super().__init__(logging.DEBUG)
        self.lines = []

    def emit(self, record):
        self.lines.append(f"{record.name} {self.format(record)}")


@pytest.fixture
def all_logs():
    """Every logger at DEBUG into one list (root handler; existing loggers set to DEBUG)."""
    root = logging.getLogger()
    cap = _Capture()
    saved = {n: lg.level for n, lg in logging.root.manager.loggerDict.items()
             if isinstance(lg, logging.Logger)}
    saved_root = root.level
    for n in ("httpx", "httpcore", "httpcore.http11", "httpcore.connection"):
        logging.getLogger(n)
    for n, lg in logging.root.manager.loggerDict.items():
        if isinstance(lg, logging.Logger):
            lg.setLevel(logging.DEBUG)
    root.setLevel(logging.DEBUG)
    root.addHandler(cap)
    try:
        yield cap.lines
    finally:
        root.removeHandler(cap)
        root.setLevel(saved_root)
        for n, lg in logging.root.manager.loggerDict.items():
            if isinstance(lg, logging.Logger):
                lg.setLevel(saved.get(n, logging.NOTSET))


def _assert_clean(texts, secrets):
    for t in texts:
        for s in secrets:
            assert s not in t, (s, t)


def test_signed_calls_leave_no_secret_in_logs_sync_async(all_logs):
    with LocalBinance() as srv:
        signer = RecordingSigner(srv.api_secret)
        errors = []
        with Client(srv.api_key, signer=signer, base_url=srv.url) as c:
            c.account()
            c.new_order("BTCUSDT", "BUY", "MARKET", quantity="0.001")
            srv.force_error("/api/v3/account", -1022, times=1)
            try:
                c.account()
            except BinanceAPIError as e:
                errors += [str(e), repr(e), repr(e.__dict__)]
            errors.append(repr(c))

        async def main():
            async with AsyncClient(srv.api_key, signer=signer, base_url=srv.url) as ac:
                await ac.account()
                errors.append(repr(ac))
        asyncio.run(main())
    assert len(signer.made) >= 4
    assert any("HTTP Request" in line for line in all_logs)  # httpx did log (redacted)
    assert any("signature=<redacted>" in line for line in all_logs)
    _assert_clean(all_logs + errors, [srv.api_key, srv.api_secret] + signer.made)


def test_transport_error_text_has_no_signed_query(all_logs):
    signer = RecordingSigner("not-a-real-secret-0123456789")
    with RawServer(answer_with(b"garbage\r\n\r\n")) as srv, \
            Client("the-api-key-value", signer=signer, base_url=srv.url) as c:
        with pytest.raises(Exception) as ei:
            c.account()
    texts = [str(ei.value), repr(ei.value)] + all_logs
    # nothing in the exception chain carries the signed request (httpx errors hold .request)
    e = ei.value
    while e is not None:
        texts.append(repr(e))
        req = getattr(e, "_request", None)  # httpx exceptions keep the request here
        if req is not None:
            texts.append(str(req.url) + repr(dict(req.headers)))
        e = e.__cause__ or e.__context__
    assert ei.value.__context__ is None and ei.value.__cause__ is None
    _assert_clean(texts, ["the-api-key-value", "not-a-real-secret-0123456789"] + signer.made)


def _pem_body():
    from cryptography.hazmat.primitives import serialization
    from cryptography.hazmat.primitives.asymmetric import ed25519
    pem = ed25519.Ed25519PrivateKey.generate().private_bytes(
        serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8,
        serialization.NoEncryption()).decode()
    return "".join(line for line in pem.splitlines() if "-----" not in line)


def test_pem_without_begin_end_is_not_echoed():
    body = _pem_body()
    for bad in (body, body + "\n", "\n".join([body[:20], body[20:]])):
        with pytest.raises(ValueError) as ei:
            load_private_key(bad)
        assert not isinstance(ei.value, FileNotFoundError)
        for text in (str(ei.value), repr(ei.value)):
            assert body[:16] not in text and body[-16:] not in text
        with pytest.raises(ValueError) as ei:
            Client("k", private_key=bad, base_url="http://127.0.0.1:9")
        assert body[:16] not in str(ei.value)


def test_pem_from_file_still_works(tmp_path):
    from cryptography.hazmat.primitives import serialization
    from cryptography.hazmat.primitives.asymmetric import ed25519
    pem = ed25519.Ed25519PrivateKey.generate().private_bytes(
        serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8,
        serialization.NoEncryption())
    f = tmp_path / "k.pem"
    f.write_bytes(pem)
    assert load_private_key(str(f)).kind == "ed25519"
    with pytest.raises(ValueError) as ei:
        load_private_key(str(tmp_path / "missing.pem"))
    assert "neither PEM" in str(ei.value)


def _redirect_to(target_url):
    def handler(sock, req):
        sock.sendall(http_answer(302, b"", "text/plain",
                                 {"Location": target_url + "/api/v3/account?x=1"}))
    return handler


def test_user_client_follow_redirects_never_forwards_key_sync():
    with RawServer(answer_with(http_answer(200, b"{}"))) as other:
        with RawServer(_redirect_to(other.url)) as first, \
                httpx.Client(follow_redirects=True) as h, \
                Client("the-api-key-value", api_secret="s3cr3t", base_url=first.url,
                       http_client=h) as c:
            with pytest.raises(UnexpectedResponseError) as ei:
                c.account()
            assert ei.value.status == 302
            assert "redirect" in str(ei.value) and "127.0.0.1" in str(ei.value)
            assert "x-mbx-apikey: the-api-key-value" in first.requests[0]["head"].lower()
        assert other.requests == []  # nothing at all reached the other host


def test_user_client_follow_redirects_never_forwards_key_async():
    async def main(first_url):
        async with httpx.AsyncClient(follow_redirects=True) as h, \
                AsyncClient("the-api-key-value", api_secret="s3cr3t", base_url=first_url,
                            http_client=h) as c:
            with pytest.raises(UnexpectedResponseError):
                await c.account()

    with RawServer(answer_with(http_answer(200, b"{}"))) as other:
        with RawServer(_redirect_to(other.url)) as first:
            asyncio.run(main(first.url))
        assert other.requests == []


def test_proxy_page_echoing_the_signed_url_is_redacted():
    def echo(sock, req):
        line = req["head"].split("\r\n")[0].encode()
        sock.sendall(http_answer(502, b"<html><body>Bad gateway for " + line + b"</body></html>",
                                 "text/html"))

    signer = RecordingSigner("not-a-real-secret-0123456789")
    with RawServer(echo) as srv, Client("the-api-key-value", signer=signer,
                                        base_url=srv.url) as c:
        with pytest.raises(UnexpectedResponseError) as ei:
            c.account()
    e = ei.value
    assert b"signature=<redacted>" in e.body
    _assert_clean([str(e), repr(e), e.body.decode("latin-1"), repr(e.__dict__)],
                  ["the-api-key-value", "not-a-real-secret-0123456789"] + signer.made)
