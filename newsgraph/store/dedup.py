"""Near-duplicate and syndicated articles: MinHash over word 5-shingles, LSH banding for candidates,
containment for the decision (a wire story cut short by one outlet is still the same story).

Pure functions here; :func:`newsgraph.store.stories.update_stories` stores signatures and clusters.
"""

from __future__ import annotations

import hashlib
import re
import unicodedata

import numpy as np

NUM_PERM = 128
BANDS = 32
ROWS = NUM_PERM // BANDS
SHINGLE = 5
#: two articles are near-duplicates when this share of the shorter one's shingles is in the longer one
CONTAINMENT = 0.7
_MERSENNE = np.uint64((1 << 61) - 1)
_MAX32 = np.uint64(0xFFFFFFFF)
_rng = np.random.RandomState(20250814)  # fixed: signatures must stay comparable across runs
_A = _rng.randint(1, (1 << 31) - 1, size=NUM_PERM, dtype=np.int64).astype(np.uint64)
_B = _rng.randint(0, (1 << 31) - 1, size=NUM_PERM, dtype=np.int64).astype(np.uint64)
_WORD = re.compile(r"\w+", re.UNICODE)


def words(text: str) -> list[str]:
    t = unicodedata.normalize("NFKC", text).lower()
    return _WORD.findall(t)


def shingles(text: str, k: int = SHINGLE) -> set[str]:
    w = words(text)
    if len(w) < k:
        return {" ".join(w)} if w else set()
    return {" ".join(w[i:i + k]) for i in range(len(w) - k + 1)}


def _h32(s: str) -> int:
    return int.from_bytes(hashlib.blake2b(s.encode("utf-8"), digest_size=4).digest(), "little")


def signature(text: str) -> tuple[np.ndarray, int]:
    """MinHash signature (uint32[NUM_PERM]) of the text's word shingles, and the number of shingles."""
    sh = shingles(text)
    if not sh:
        return np.full(NUM_PERM, 0xFFFFFFFF, dtype=np.uint32), 0
    hv = np.fromiter((_h32(s) for s in sh), dtype=np.uint64, count=len(sh))
    # (a*x + b) mod p, kept to 32 bits; x < 2^32 and a < 2^31, so a*x fits in 63 bits
    ph = ((np.outer(hv, _A) + _B) % _MERSENNE) & _MAX32
    return ph.min(axis=0).astype(np.uint32), len(sh)


def band_keys(sig: np.ndarray) -> list[int]:
    """One 64-bit key per LSH band (the band's number is part of the key)."""
    out = []
    for b in range(BANDS):
        chunk = sig[b * ROWS:(b + 1) * ROWS].tobytes()
        out.append(int.from_bytes(hashlib.blake2b(bytes([b]) + chunk, digest_size=8).digest(), "little"))
    return out


def jaccard(s1: np.ndarray, s2: np.ndarray) -> float:
    return float(np.mean(s1 == s2))


def containment(s1: np.ndarray, n1: int, s2: np.ndarray, n2: int) -> float:
    """Estimated share of the smaller shingle set found in the other (from the Jaccard estimate and sizes)."""
    if not n1 or not n2:
        return 0.0
    j = jaccard(s1, s2)
    inter = j * (n1 + n2) / (1 + j)
    return min(1.0, inter / min(n1, n2))


def is_near_duplicate(s1: np.ndarray, n1: int, s2: np.ndarray, n2: int, threshold: float = CONTAINMENT) -> bool:
    return containment(s1, n1, s2, n2) >= threshold


def to_blob(sig: np.ndarray) -> bytes:
    return sig.astype("<u4").tobytes()


def from_blob(b: bytes) -> np.ndarray:
    return np.frombuffer(b, dtype="<u4").astype(np.uint32)


# -- search terms -------------------------------------------------------------------------------------
STOPWORDS = frozenset("""a an and are as at be been but by for from had has have he her his i in is it its
of on or said says she that the their them they this to was were which who will with would""".split())


def term_hash(word: str) -> int:
    return int.from_bytes(hashlib.blake2b(word.encode("utf-8"), digest_size=8).digest(), "little")


def search_terms(text: str) -> set[int]:
    """Hashed distinct words of a text (stop words and one-letter words left out), for the search index."""
    return {term_hash(w) for w in set(words(text)) if len(w) > 1 and w not in STOPWORDS}


def query_terms(query: str) -> list[int]:
    return sorted({term_hash(w) for w in words(query) if len(w) > 1 and w not in STOPWORDS})
