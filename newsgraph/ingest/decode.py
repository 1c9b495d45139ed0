"""Bytes to text: UTF-8 first, then a detected encoding; binary data and undecodable bytes are refused."""

from __future__ import annotations

import codecs

from charset_normalizer import from_bytes

from ..errors import InputError

_BOMS = ((codecs.BOM_UTF8, "utf-8-sig"), (codecs.BOM_UTF32_LE, "utf-32"), (codecs.BOM_UTF32_BE, "utf-32"),
         (codecs.BOM_UTF16_LE, "utf-16"), (codecs.BOM_UTF16_BE, "utf-16"))


def looks_binary(data: bytes) -> bool:
    """NUL bytes or many control characters in the first 8 KB: not text (a BOM'd UTF-16/32 file is text)."""
    head = data[:8192]
    if any(head.startswith(bom) for bom, _ in _BOMS[1:]):
        return False
    if b"\x00" in head:
        return True
    controls = sum(1 for b in head if b < 32 and b not in (9, 10, 12, 13, 27))
    return controls > max(4, len(head) // 100)


def decode_bytes(data: bytes, source: str, declared: str | None = None) -> str:
    """Decode ``data``; raise :class:`InputError` naming ``source`` when it is empty, binary or undecodable."""
    if not data.strip():
        raise InputError(source, "empty input")
    if looks_binary(data):
        raise InputError(source, "binary data, not text")
    for bom, enc in _BOMS:
        if data.startswith(bom):
            return data.decode(enc, errors="strict")
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError as first_error:
        utf8_error = first_error
    if declared:
        try:
            return data.decode(declared)
        except (LookupError, UnicodeDecodeError):
            pass
    best = from_bytes(data[:200_000]).best()
    # A real legacy-encoded text decodes with little "chaos"; random or corrupted bytes do not.
    if best is None or best.chaos > 0.15 or best.encoding in ("utf_8",):
        raise InputError(
            source,
            f"invalid encoding: not UTF-8 (byte 0x{data[utf8_error.start]:02x} at offset {utf8_error.start}) "
            "and no other encoding detected",
        )
    try:
        return data.decode(best.encoding)
    except UnicodeDecodeError as e:
        raise InputError(source, f"invalid encoding: undecodable as {best.encoding} ({e.reason})") from e
