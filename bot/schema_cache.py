"""The schema a flow's record migrations build on an empty file, kept so that the next new file
gets it without loading sqlite-utils.

sqlite-utils stays the tool that turns a flow's ``Records`` into tables. When it has built a
component's tables from nothing, the store reads back what it made (the ``CREATE`` statements
SQLite keeps in ``sqlite_master``) and saves them here; a later new database file with the same
declaration replays those statements instead of importing sqlite-utils (about 70 ms, most of a
new file's first start). A file whose tables exist already, or a component at a version above
zero, always migrates through sqlite-utils.

A snapshot is named by everything its statements depend on: the declaration itself (tables,
columns and their types, migration names, in order), the SQLite library's version and the
installed sqlite-utils (its main module's size and modification time), so a changed
declaration or an upgrade builds and saves a new one. The snapshots live in
``$PIVOTBOT_CACHE_DIR``, else ``$XDG_CACHE_HOME/pivotbot``, else ``~/.cache/pivotbot``. A cache that
cannot be read or written is skipped: it only ever saves time.
"""

from __future__ import annotations

import json
import logging
import os
import sqlite3
import zlib
from importlib.util import find_spec
from pathlib import Path

from bot.store import Records

__all__ = ["cache_dir", "load", "save"]

log = logging.getLogger(__name__)

FORMAT = 1  # of the files written here


def cache_dir() -> Path:
    """Where snapshots are kept (see the module's docstring)."""
    explicit = os.environ.get("PIVOTBOT_CACHE_DIR")
    if explicit:
        return Path(explicit)
    base = os.environ.get("XDG_CACHE_HOME") or os.path.join(os.path.expanduser("~"), ".cache")
    return Path(base) / "pivotbot"


def _basis(records: Records) -> str:
    """What a snapshot of ``records`` depends on, as text (kept in the file and compared)."""
    spec = find_spec("sqlite_utils")
    tool = ""
    if spec is not None and spec.origin:
        try:
            st = os.stat(Path(spec.origin).with_name("db.py"))
            tool = f"{st.st_size}:{st.st_mtime_ns}"
        except OSError:
            tool = spec.origin
    return repr((FORMAT, records, sqlite3.sqlite_version, tool))


def _path(records: Records, basis: str) -> Path:
    return cache_dir() / f"schema-{records.component}-{zlib.crc32(basis.encode()):08x}.json"


def load(records: Records) -> list[str] | None:
    """The saved statements that build ``records`` on an empty file, or None."""
    basis = _basis(records)
    try:
        data = json.loads(_path(records, basis).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None
    if not isinstance(data, dict) or data.get("basis") != basis:
        return None  # another declaration (or tool) whose name happens to be the same
    statements = data.get("statements")
    if not isinstance(statements, list) or not all(isinstance(s, str) for s in statements):
        return None
    return statements


def save(records: Records, statements: list[str]) -> None:
    """Keep ``statements`` for the next new file (written whole or not at all)."""
    basis = _basis(records)
    path = _path(records, basis)
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        partial = path.with_name(f"{path.name}.{os.getpid()}.tmp")
        data = {"basis": basis, "statements": statements}
        partial.write_text(json.dumps(data), encoding="utf-8")
        os.replace(partial, path)
    except OSError as exc:
        log.debug("could not keep the schema of %s: %s", records.component, type(exc).__name__)
