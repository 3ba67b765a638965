"""Request signing: re-exported from :mod:`sbe.binance.signing` (shared with the WebSocket
API client)."""

from sbe.binance.signing import *  # noqa: F401,F403
from sbe.binance.signing import __all__  # noqa: F401
