"""Build the web map's basemap, ``newsgraph/web/static/world.geojson``: the Natural Earth 1:110m country
outlines (public domain, naturalearthdata.com) as shipped by geopandas 0.14 (``naturalearth_lowres``),
coordinates rounded to 0.1°, tiny islands dropped. Run once, offline, on the downloaded wheel; the
result is committed and the server reads only that file (no tile server, no network at run time):

    python -m pip download geopandas==0.14.4 --no-deps -d /tmp/gp
    python tools/build_basemap.py /tmp/gp/geopandas-0.14.4-py3-none-any.whl

A minimal reader of the shapefile (polygons) and its dBASE table, so nothing needs installing."""

from __future__ import annotations

import json
import struct
import sys
import zipfile
from pathlib import Path

OUT = Path(__file__).resolve().parent.parent / "newsgraph" / "web" / "static" / "world.geojson"
BASE = "geopandas/datasets/naturalearth_lowres/naturalearth_lowres"


def read_dbf(data: bytes) -> list[dict[str, str]]:
    n, header_len, rec_len = struct.unpack("<xxxxIHH", data[:12])
    fields, pos = [], 32
    while data[pos] != 0x0D:
        name = data[pos:pos + 11].split(b"\0")[0].decode()
        fields.append((name, data[pos + 16]))
        pos += 32
    out = []
    for i in range(n):
        rec = data[header_len + i * rec_len: header_len + (i + 1) * rec_len]
        row, at = {}, 1
        for name, size in fields:
            row[name] = rec[at:at + size].decode("utf-8", "replace").strip()
            at += size
        out.append(row)
    return out


def read_shp(data: bytes) -> list[list[list[tuple[float, float]]]]:
    shapes, pos = [], 100
    while pos < len(data):
        _, length = struct.unpack(">ii", data[pos:pos + 8])
        body = data[pos + 8: pos + 8 + length * 2]
        pos += 8 + length * 2
        kind = struct.unpack("<i", body[:4])[0]
        if kind != 5:
            shapes.append([])
            continue
        n_parts, n_points = struct.unpack("<ii", body[36:44])
        parts = list(struct.unpack(f"<{n_parts}i", body[44:44 + 4 * n_parts])) + [n_points]
        pts_at = 44 + 4 * n_parts
        pts = [struct.unpack("<dd", body[pts_at + 16 * k: pts_at + 16 * k + 16]) for k in range(n_points)]
        shapes.append([pts[parts[j]:parts[j + 1]] for j in range(n_parts)])
    return shapes


def simplify(ring: list[tuple[float, float]]) -> list[list[float]]:
    out: list[list[float]] = []
    for x, y in ring:
        p = [round(x, 1), round(y, 1)]
        if not out or p != out[-1]:
            out.append(p)
    return out


def main(wheel: str) -> None:
    with zipfile.ZipFile(wheel) as z:
        rows = read_dbf(z.read(BASE + ".dbf"))
        shapes = read_shp(z.read(BASE + ".shp"))
    features = []
    for row, rings in zip(rows, shapes, strict=True):
        polys = [r for r in (simplify(r) for r in rings) if len(r) >= 4]
        if not polys:
            continue
        features.append({"type": "Feature", "properties": {"name": row.get("name"), "iso_a3": row.get("iso_a3")},
                         "geometry": {"type": "MultiPolygon", "coordinates": [[r] for r in polys]}})
    doc = {"type": "FeatureCollection",
           "source": "Natural Earth 1:110m Admin 0 countries (public domain), via geopandas 0.14 naturalearth_lowres; "
                     "built by tools/build_basemap.py", "features": features}
    OUT.write_text(json.dumps(doc, separators=(",", ":"), ensure_ascii=False) + "\n", encoding="utf-8")
    print(f"{OUT}: {len(features)} countries, {OUT.stat().st_size:,} bytes")


if __name__ == "__main__":
    main(sys.argv[1])
