"""Request signing for Binance's SIGNED endpoints (REST and WebSocket API): HMAC-SHA256, Ed25519 and RSA keys.

The payload is the percent-encoded query string concatenated with the request body (no
``&`` in between, as Binance documents); the signature is appended last as
``signature=...``. HMAC signatures are lowercase hex, Ed25519 and RSA (PKCS#1 v1.5, SHA-256)
signatures base64 (percent-encoded when sent).

Key objects never show their secret: ``repr()``/``str()`` give only the key type.
``cryptography`` is imported only when an Ed25519/RSA key is loaded.
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import json
import os
import re
from decimal import Decimal
from typing import Any, Iterable, Mapping, Optional, Tuple, Union
from urllib.parse import quote

__all__ = ["Signer", "HmacSigner", "Ed25519Signer", "RSASigner", "load_private_key",
           "signer_from_env", "encode_params", "format_value", "redact"]

_SAFE = "-_.~"

_SIG_RE = re.compile(r"(signature=)[^&\s\"'<>]*", re.IGNORECASE)
_SIG_RE_B = re.compile(rb"(signature=)[^&\s\"'<>]*", re.IGNORECASE)


def redact(text):
    """``text`` (str or bytes) with every ``signature=...`` value replaced by
    ``<redacted>`` (for log lines, error texts, echoed bodies)."""
    if isinstance(text, (bytes, bytearray)):
        return _SIG_RE_B.sub(rb"\1<redacted>", bytes(text))
    return _SIG_RE.sub(r"\1<redacted>", text)


def format_value(v: Any) -> str:
    """A parameter value as Binance expects it: booleans lowercase, lists as compact JSON
    (``["BTCUSDT","ETHUSDT"]``), Decimals/floats without exponent."""
    if isinstance(v, bool):
        return "true" if v else "false"
    if isinstance(v, Decimal):
        return format(v, "f")
    if isinstance(v, float):
        return format(Decimal(repr(v)), "f")
    if isinstance(v, (list, tuple)):
        return json.dumps([x if isinstance(x, (int, str)) else format_value(x) for x in v],
                          separators=(",", ":"))
    return str(v)


def encode_params(params: Union[Mapping[str, Any], Iterable[Tuple[str, Any]], None]) -> str:
    """``k=v&k=v`` with keys and values percent-encoded as UTF-8 (RFC 3986 unreserved
    characters kept); None values are left out. Order is kept."""
    if not params:
        return ""
    items = params.items() if isinstance(params, Mapping) else params
    return "&".join(f"{quote(str(k), safe=_SAFE)}={quote(format_value(v), safe=_SAFE)}"
                    for k, v in items if v is not None)


class Signer:
    """Base class. ``sign(payload: bytes) -> str`` gives the signature text."""

    kind = "?"

    def sign(self, payload: bytes) -> str:  # pragma: no cover - abstract
        raise NotImplementedError

    def __repr__(self) -> str:
        return f"<{type(self).__name__} (secret hidden)>"

    __str__ = __repr__

    def __reduce__(self):
        raise TypeError("signing keys cannot be pickled")


class HmacSigner(Signer):
    """HMAC-SHA256 with the API secret; hex signature."""

    kind = "hmac"

    def __init__(self, secret: Union[str, bytes]):
        self.__secret = secret.encode() if isinstance(secret, str) else bytes(secret)

    def sign(self, payload: bytes) -> str:
        return hmac.new(self.__secret, payload, hashlib.sha256).hexdigest()


class Ed25519Signer(Signer):
    """Ed25519 private key; base64 signature."""

    kind = "ed25519"

    def __init__(self, key):
        self.__key = key

    def sign(self, payload: bytes) -> str:
        return base64.b64encode(self.__key.sign(payload)).decode()


class RSASigner(Signer):
    """RSA private key, PKCS#1 v1.5 padding, SHA-256; base64 signature."""

    kind = "rsa"

    def __init__(self, key):
        self.__key = key

    def sign(self, payload: bytes) -> str:
        from cryptography.hazmat.primitives import hashes
        from cryptography.hazmat.primitives.asymmetric import padding
        return base64.b64encode(self.__key.sign(payload, padding.PKCS1v15(),
                                                hashes.SHA256())).decode()


def load_private_key(pem: Union[str, bytes], password: Union[str, bytes, None] = None) -> Signer:
    """A signer from a PEM private key (PKCS#8 or traditional; encrypted if ``password``):
    Ed25519 -> :class:`Ed25519Signer`, RSA -> :class:`RSASigner`. ``pem`` may also be a
    path to a PEM file."""
    from sbe._extras import require
    require("cryptography", "client", "Ed25519/RSA key support")
    from cryptography.hazmat.primitives import serialization
    from cryptography.hazmat.primitives.asymmetric import ed25519, rsa
    if isinstance(pem, str) and "-----BEGIN" not in pem:
        # a path - or key material without its BEGIN/END lines: never echo the text
        is_file = "\n" not in pem and len(pem) < 4096 and os.path.isfile(pem)
        if not is_file:
            raise ValueError("cannot load the private key: the text is neither PEM (no "
                             "'-----BEGIN ... PRIVATE KEY-----' line) nor the path of an "
                             "existing file")
        try:
            with open(pem, "rb") as fh:
                data = fh.read()
        except OSError as exc:
            raise ValueError(f"cannot read the private key file: {type(exc).__name__} "
                             f"(errno {exc.errno})") from None
    else:
        data = pem.encode() if isinstance(pem, str) else bytes(pem)
    pw = password.encode() if isinstance(password, str) else password
    try:
        key = serialization.load_pem_private_key(data, password=pw)
    except (ValueError, TypeError) as exc:
        # the text of cryptography's error never contains key bytes, but keep ours generic
        raise ValueError(f"cannot load the private key: {type(exc).__name__}") from None
    if isinstance(key, ed25519.Ed25519PrivateKey):
        return Ed25519Signer(key)
    if isinstance(key, rsa.RSAPrivateKey):
        return RSASigner(key)
    raise ValueError(f"unsupported private key type {type(key).__name__} "
                     "(Binance accepts HMAC, Ed25519 and RSA)")


def signer_from_env(env: Optional[Mapping[str, str]] = None) -> Tuple[Optional[str], Optional[Signer]]:
    """(api_key, signer) from environment variables: ``BINANCE_API_KEY`` plus either
    ``BINANCE_API_SECRET`` (HMAC) or ``BINANCE_PRIVATE_KEY`` (PEM text) /
    ``BINANCE_PRIVATE_KEY_FILE`` (path) with optional ``BINANCE_PRIVATE_KEY_PASSWORD``."""
    env = os.environ if env is None else env
    api_key = env.get("BINANCE_API_KEY") or None
    signer: Optional[Signer] = None
    if env.get("BINANCE_API_SECRET"):
        signer = HmacSigner(env["BINANCE_API_SECRET"])
    elif env.get("BINANCE_PRIVATE_KEY") or env.get("BINANCE_PRIVATE_KEY_FILE"):
        pem = env.get("BINANCE_PRIVATE_KEY") or env["BINANCE_PRIVATE_KEY_FILE"]
        signer = load_private_key(pem, env.get("BINANCE_PRIVATE_KEY_PASSWORD") or None)
    return api_key, signer
