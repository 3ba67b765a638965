# Types of sbe.stream: the newest generated spot_stream module
# (sbe._generated.LATEST["spot_stream"]; tests/test_typing.py checks that this names it).
from sbe._generated.spot_stream_1_0 import *
