"""Opening a DuckDB file: DuckDB's extension autoload and autoinstall off everywhere (no network at run
time, whatever the file is), and one line for each way opening or reading can fail — busy, damaged,
not a DuckDB file, another program's DuckDB file, a newer newsgraph's, a full disk."""

from __future__ import annotations

import re
from pathlib import Path

import duckdb

from ..errors import StoreBusy, StoreError

#: settings for every connection newsgraph opens
SAFE_CONFIG = {"autoinstall_known_extensions": False, "autoload_known_extensions": False}

# DuckDB's messages for a file another process holds ("Could not set lock on file …: Conflicting lock
# is held …"); not "lock" alone, which "block" of a checksum error also holds
_LOCKED = re.compile(r"could not set lock|conflicting lock|\block (?:is )?held", re.IGNORECASE)
_DAMAGED = re.compile(r"corrupt|checksum|could not read (?:all|enough) bytes|not a valid duckdb|invalid block|"
                      r"serializ|unexpected end|truncated|failed to read", re.IGNORECASE)
_DISK_FULL = re.compile(r"no space left|disk (?:is )?full|ENOSPC|could not write all bytes", re.IGNORECASE)

#: what to do with a damaged store
REPAIR = ("rebuild it by running `newsgraph ingest` on its inputs into a new --db file (`newsgraph check "
          "--list-inputs` lists them), or `newsgraph export` what can still be read")


def first_line(e: BaseException) -> str:
    return " ".join(str(e).split("\n")[0].split()) or e.__class__.__name__


def is_locked(e: BaseException) -> bool:
    return _LOCKED.search(str(e)) is not None


def is_storage_failure(e: BaseException) -> bool:
    """A full disk or a damaged file (not a constraint or a bug of the caller's)."""
    return _DISK_FULL.search(str(e)) is not None or _DAMAGED.search(str(e)) is not None


def store_error(path: str, e: BaseException, doing: str = "read") -> StoreError:
    """The one-line :class:`StoreError` for a DuckDB error met while ``doing`` something with ``path``."""
    msg = first_line(e)
    if is_locked(e):
        return StoreBusy(f"{path}: database is in use by another newsgraph process (one writer at a time); "
                         "wait for it to finish")
    if _DISK_FULL.search(str(e)):
        return StoreError(f"{path}: the disk is full ({msg}); nothing of the article being written was "
                          "kept; free some space and run the same command again")
    if "not a valid duckdb" in msg.lower() or "extension" in msg.lower():
        return StoreError(f"{path}: not a DuckDB database (another kind of file?); give --db a newsgraph "
                          "store or a new file name")
    if _DAMAGED.search(str(e)):
        return StoreError(f"{path}: the database is damaged ({msg}); {REPAIR}")
    return StoreError(f"{path}: cannot {doing} the database ({msg})")


def open_duckdb(path: str, read_only: bool, **config) -> duckdb.DuckDBPyConnection:
    """``duckdb.connect`` with :data:`SAFE_CONFIG`; DuckDB errors become one-line :class:`StoreError`s
    (:class:`StoreBusy` when another process holds the file)."""
    if read_only and not Path(path).exists():
        raise StoreError(f"{path}: no such database (run `newsgraph ingest` first)")
    try:
        return duckdb.connect(path, read_only=read_only, config={**SAFE_CONFIG, **config})
    except duckdb.Error as e:
        raise store_error(path, e, "open") from e


def newsgraph_version(con: duckdb.DuckDBPyConnection, path: str, known: int) -> int:
    """The schema version of an open store: 0 for an empty file; :class:`StoreError` for a file that holds
    another program's tables, a malformed version table, or a version newer than ``known``."""
    try:
        tables = {r[0] for r in con.execute(
            "SELECT table_name FROM information_schema.tables WHERE table_schema = 'main' "
            "AND table_catalog = current_database()").fetchall()}
    except duckdb.Error as e:
        raise store_error(path, e) from e
    if "schema_migrations" not in tables:
        if tables:
            listed = ", ".join(sorted(tables)[:5]) + (", …" if len(tables) > 5 else "")
            raise StoreError(f"{path}: not a newsgraph database (it holds other tables: {listed}); left "
                             "untouched; give --db a newsgraph store or a new file name")
        return 0
    try:
        version = con.execute("SELECT max(version) FROM schema_migrations").fetchone()[0]
    except duckdb.Error as e:
        raise StoreError(f"{path}: malformed newsgraph database (schema_migrations: {first_line(e)}); "
                         f"left untouched; {REPAIR}") from e
    if version is None:
        version = 0
    if not isinstance(version, int) or version < 0:
        raise StoreError(f"{path}: malformed newsgraph database (schema version {version!r}); left untouched")
    if version > known:
        raise StoreError(f"{path}: written by a newer newsgraph (schema version {version}; this one knows up "
                         f"to {known}); left untouched; upgrade newsgraph to use it")
    return version
