"""The schema a flow's record migrations build on an empty file, kept (``bot.cache``) so that
the next new file gets it without loading sqlite-utils.

sqlite-utils stays the tool that turns a flow's ``Records`` into tables. When it has built a
component's tables from nothing, the store reads back what it made (the ``CREATE`` statements
SQLite keeps in ``sqlite_master``) and keeps them; a later new database file with the same
declaration replays those statements instead of importing sqlite-utils (about 70 ms, most of a
new file's first start). A file whose tables exist already, or a component at a version above
zero, always migrates through sqlite-utils.

A snapshot is named by everything its statements depend on: the declaration itself (tables,
columns and their types, migration names, in order), the SQLite library's version and the
installed sqlite-utils (its main module's size and modification time), so a changed
declaration or an upgrade builds and keeps a new one.
"""

from __future__ import annotations

import os
import sqlite3
from importlib.util import find_spec
from pathlib import Path

from bot import cache
from bot.store import Records

__all__ = ["load", "save"]

FORMAT = 1


def _basis(records: Records) -> str:
    """What a snapshot of ``records`` depends on, as text."""
    spec = find_spec("sqlite_utils")
    tool = ""
    if spec is not None and spec.origin:
        try:
            st = os.stat(Path(spec.origin).with_name("db.py"))
            tool = f"{st.st_size}:{st.st_mtime_ns}"
        except OSError:
            tool = spec.origin
    return repr((FORMAT, records, sqlite3.sqlite_version, tool))


def load(records: Records) -> list[str] | None:
    """The kept statements that build ``records`` on an empty file, or None."""
    value = cache.load("schema", records.component, _basis(records))
    if not isinstance(value, list) or not all(isinstance(s, str) for s in value):
        return None
    return value


def save(records: Records, statements: list[str]) -> None:
    """Keep ``statements`` for the next new file."""
    cache.save("schema", records.component, _basis(records), statements)
