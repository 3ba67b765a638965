# Types of sbe.spot: the newest generated spot_sbe module (sbe._generated.LATEST["spot_sbe"];
# tests/test_typing.py checks that this names it).
from sbe._generated.spot_sbe_3_5 import *
