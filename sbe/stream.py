"""Decoders for the Binance SBE market-data streams (schema ``spot_stream``, newest version).

This module is the newest generated ``spot_stream`` module under another name; see
``sbe._generated.LATEST``."""

import sys as _sys

from sbe._generated import latest_module as _latest

_sys.modules[__name__] = _latest("spot_stream")
