"""The client's exceptions: re-exported from :mod:`sbe.binance.errors` (one class each,
shared with the WebSocket API client)."""

from sbe.binance.errors import *  # noqa: F401,F403
from sbe.binance.errors import __all__  # noqa: F401
