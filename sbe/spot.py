"""Decoders for the Binance Spot REST and WebSocket API (schema ``spot_sbe``, newest version).

This module is the newest generated ``spot_sbe`` module under another name; see
``sbe._generated.LATEST``. Everything it exports (``decode``, ``Decoder``, ``encode``,
``header``, the enum and set classes, ``SCHEMA_ID``/``SCHEMA_VERSION``…) is documented in
docs/decoded-format.md."""

import sys as _sys

from sbe._generated import latest_module as _latest

_sys.modules[__name__] = _latest("spot_sbe")
