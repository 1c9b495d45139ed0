"""Load on the web server: N clients for S seconds against `newsgraph serve` on the examples' store
(ingested into a temporary file unless --db is given), each client on its own keep-alive connection,
requesting a mix of pages and API calls. Reports requests, errors (any status but 200, or a failed
connection) and latency percentiles.

    .venv/bin/python benchmarks/web_load.py                       # 50 clients, 30 s
    .venv/bin/python benchmarks/web_load.py --clients 10 --seconds 5 --db news.duckdb

Exit status 1 when there was an error or the 95th percentile is over --p95-ms (300).
"""

from __future__ import annotations

import argparse
import http.client
import json
import os
import random
import socket
import subprocess
import sys
import tempfile
import threading
import time
import urllib.request
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PATHS = ["/", "/articles", "/articles?q=talks", "/stories", "/stories?type=CONSULT", "/actors", "/api/summary",
         "/api/articles?q=minister", "/api/stories?limit=20", "/api/actors?q=a", "/api/dyads?period=month",
         "/static/app.css"]


def _store(db: str | None) -> str:
    if db:
        return db
    path = os.path.join(tempfile.mkdtemp(prefix="web_load_"), "examples.duckdb")
    subprocess.run([sys.executable, "-m", "newsgraph.cli", "ingest", str(ROOT / "examples"), "--db", path,
                    "--workers", "1"], check=True, cwd=ROOT, env={**os.environ, "PYTHONPATH": str(ROOT)},
                   capture_output=True)
    return path


def _free_port() -> int:
    s = socket.socket()
    s.bind(("127.0.0.1", 0))
    port = s.getsockname()[1]
    s.close()
    return port


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--clients", type=int, default=50)
    ap.add_argument("--seconds", type=float, default=30)
    ap.add_argument("--db")
    ap.add_argument("--p95-ms", type=float, default=300)
    ap.add_argument("--json", help="write the results here")
    args = ap.parse_args()
    db = _store(args.db)
    port = _free_port()
    server = subprocess.Popen([sys.executable, "-m", "newsgraph.cli", "serve", "--db", db, "--port", str(port)],
                              cwd=ROOT, env={**os.environ, "PYTHONPATH": str(ROOT)}, stdout=subprocess.DEVNULL,
                              stderr=subprocess.DEVNULL)
    try:
        # pages and stories of the store, found through the API
        for _ in range(300):
            try:
                urllib.request.urlopen(f"http://127.0.0.1:{port}/api/summary", timeout=2).read()
                break
            except OSError:
                time.sleep(0.1)
        stories = json.loads(urllib.request.urlopen(f"http://127.0.0.1:{port}/api/stories?limit=20").read())
        paths = PATHS + [f"/stories/{s['story_id']}" for s in stories["items"][:5]]
        arts = json.loads(urllib.request.urlopen(f"http://127.0.0.1:{port}/api/articles?limit=5").read())
        paths += [f"/articles/{a['id']}" for a in arts["items"]]
        times: list[float] = []
        errors: list[str] = []
        lock = threading.Lock()
        stop = time.monotonic() + args.seconds

        def client(seed: int) -> None:
            rnd = random.Random(seed)
            conn = http.client.HTTPConnection("127.0.0.1", port, timeout=30)
            mine, bad = [], []
            while time.monotonic() < stop:
                path = rnd.choice(paths)
                t = time.perf_counter()
                try:
                    conn.request("GET", path)
                    r = conn.getresponse()
                    r.read()
                    if r.status != 200:
                        bad.append(f"{r.status} {path}")
                except (OSError, http.client.HTTPException) as e:
                    bad.append(f"{e.__class__.__name__} {path}")
                    conn.close()
                    conn = http.client.HTTPConnection("127.0.0.1", port, timeout=30)
                mine.append(time.perf_counter() - t)
            conn.close()
            with lock:
                times.extend(mine)
                errors.extend(bad)

        threads = [threading.Thread(target=client, args=(i,)) for i in range(args.clients)]
        for t in threads:
            t.start()
        for t in threads:
            t.join()
    finally:
        server.terminate()
        server.wait(30)
    times.sort()

    def pct(p: float) -> float:
        return 1000 * times[min(len(times) - 1, int(p / 100 * len(times)))] if times else float("nan")

    out = {"clients": args.clients, "seconds": args.seconds, "requests": len(times), "errors": len(errors),
           "rps": round(len(times) / args.seconds, 1), "p50_ms": round(pct(50), 1), "p95_ms": round(pct(95), 1),
           "p99_ms": round(pct(99), 1), "first_errors": errors[:5]}
    print(json.dumps(out, indent=2))
    if args.json:
        Path(args.json).write_text(json.dumps(out, indent=2))
    return 1 if errors or out["p95_ms"] > args.p95_ms else 0


if __name__ == "__main__":
    sys.exit(main())
