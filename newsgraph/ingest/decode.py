"""Bytes to text: UTF-8 first, then a detected encoding; binary data and undecodable bytes are refused."""

from __future__ import annotations

import codecs
import unicodedata

from charset_normalizer import from_bytes
from charset_normalizer.md import mess_ratio

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


def _glued_symbols(text: str) -> int:
    """Non-letters wedged inside words (``Rados³aw``, ``mo¿e``): the mark of a wrong single-byte code page."""
    return sum(1 for i in range(1, len(text) - 1)
               if ord(text[i]) > 127 and text[i] not in "’‘·" and not unicodedata.category(text[i]).startswith("L")
               and text[i - 1].isalpha() and text[i + 1].isalpha())


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
    if best.encoding != "cp1252":
        # For short Western texts charset_normalizer often ranks a DOS or Central European code page first
        # ("Franńois", "G³nther"); Windows-1252 (a superset of Latin-1's letters) wins when it decodes the
        # bytes as cleanly and leaves no symbol inside a word.
        try:
            western = data.decode("cp1252")
        except UnicodeDecodeError:
            western = None
        sample = western[:200_000] if western is not None else ""
        if western is not None and mess_ratio(sample, 1.0) <= best.chaos + 0.01 and not _glued_symbols(sample):
            return western
    try:
        return data.decode(best.encoding)
    except UnicodeDecodeError as e:
        raise InputError(source, f"invalid encoding: undecodable as {best.encoding} ({e.reason})") from e
