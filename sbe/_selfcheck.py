"""``python -m sbe._selfcheck``: the installed decoders import and decode (cibuildwheel's
test command, and the packaging tests). Exits non-zero with a message on any failure."""

import struct
import sys


def main() -> int:
    import sbe
    from sbe import spot, stream  # both compiled packages must load

    # ServerTimeResponse (template 102) of spot 3:5, built by hand: header (blockLength 8,
    # templateId 102, schemaId 3, version 5) then the i64 serverTime in microseconds
    body = struct.pack("<HHHHq", 8, 102, 3, 5, 1764570000000000)
    got = spot.decode(body)
    want = {"$message": "ServerTimeResponse", "serverTime": 1764570000000000}
    if got != want:
        print(f"sbe self-check FAILED: decoded {got!r}, expected {want!r}", file=sys.stderr)
        return 1
    print(f"sbe self-check ok: {sbe.__file__}; spot {spot.SCHEMA_ID}:{spot.SCHEMA_VERSION}, "
          f"stream {stream.SCHEMA_ID}:{stream.SCHEMA_VERSION}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
