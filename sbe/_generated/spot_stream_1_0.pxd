# GENERATED FROM stream_1_0.xml (package spot_stream, schema 1:0, sha256 6ea328467e144311b1f1efff38e9fe613829997f041dd02a3b7077885d10a1f7) DO NOT EDIT.
# Regenerate with: python -m codegen --pinned
# cython: language_level=3
"""cimport-able fast path of spot_stream_1_0: ``Decoder.decode`` is a cpdef method."""

cdef class Decoder:
    cdef readonly str decimals
    cdef readonly str groups
    cdef int _dec
    cdef int _grp
    cpdef object decode(self, object buf)
