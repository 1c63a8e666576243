"""Small derived files kept between starts in the user's cache directory, so that a start does
not redo work whose inputs have not changed (a flow's parsed YAML, the schema of a new file).

Each entry is a JSON file, one per input (a ``kind`` and a ``name``), holding a ``basis`` (text naming everything the value was derived
from: a file's path, size and modification time, a library's version...) and the ``value``; it
is used only when its basis is the one asked for, so a changed input simply makes a new entry.
An entry that cannot be read, parsed or written is skipped: the cache only ever saves time.
The directory is ``$PIVOTBOT_CACHE_DIR``, else ``$XDG_CACHE_HOME/pivotbot``, else
``~/.cache/pivotbot``.
"""

from __future__ import annotations

import json
import logging
import os
import zlib
from pathlib import Path
from typing import Any

__all__ = ["cache_dir", "load", "save"]

log = logging.getLogger(__name__)

MISSING = object()


def cache_dir() -> Path:
    """Where entries are kept (see the module's docstring)."""
    explicit = os.environ.get("PIVOTBOT_CACHE_DIR")
    if explicit:
        return Path(explicit)
    base = os.environ.get("XDG_CACHE_HOME") or os.path.join(os.path.expanduser("~"), ".cache")
    return Path(base) / "pivotbot"


def _path(kind: str, name: str) -> Path:
    return cache_dir() / f"{kind}-{zlib.crc32(name.encode()):08x}.json"


def load(kind: str, name: str, basis: str) -> Any:
    """The value kept for ``name`` if it was derived from ``basis`` (else ``MISSING``)."""
    try:
        data = json.loads(_path(kind, name).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return MISSING
    if not isinstance(data, dict) or data.get("basis") != basis or "value" not in data:
        return MISSING  # another input whose name happens to be the same, or a spoiled file
    return data["value"]


def save(kind: str, name: str, basis: str, value: Any) -> None:
    """Keep ``value`` (JSON data that survives the round trip unchanged) for ``name``, derived
    from ``basis``, in place of what was kept for it before; written whole or not at all. A
    value JSON would change (dates, non-text keys...) is not kept."""
    try:
        text = json.dumps({"basis": basis, "value": value}, ensure_ascii=False)
        if json.loads(text)["value"] != value:
            return
    except (TypeError, ValueError):
        return
    path = _path(kind, name)
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        partial = path.with_name(f"{path.name}.{os.getpid()}.tmp")
        partial.write_text(text, encoding="utf-8")
        os.replace(partial, path)
    except OSError as exc:
        log.debug("could not keep %s in the cache: %s", kind, type(exc).__name__)
