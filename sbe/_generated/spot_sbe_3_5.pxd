# GENERATED FROM spot_3_5.xml (package spot_sbe, schema 3:5, sha256 542776a038883dafe962341a041323ff5d8d3e36f1b860ab60156a88a4080bcf) DO NOT EDIT.
# Regenerate with: python -m codegen --pinned
# cython: language_level=3
"""cimport-able fast path of spot_sbe_3_5: ``Decoder.decode`` is a cpdef method."""

cdef class Decoder:
    cdef readonly str decimals
    cdef readonly str groups
    cdef int _dec
    cdef int _grp
    cpdef object decode(self, object buf)
