"""Regular expressions compiled when first used, not when their module is imported.

A module-level ``re.compile`` costs its compile on every start, whether or not the process ever
matches it (a flow has dozens, most of them for answers typed much later). ``lazy`` returns a
stand-in with the compiled pattern's methods and attributes, compiling it on the first access.
"""

from __future__ import annotations

import re
from typing import Any, cast

__all__ = ["lazy"]


class _Lazy:
    __slots__ = ("_args", "_compiled")

    def __init__(self, pattern: str, flags: int) -> None:
        self._args = (pattern, flags)
        self._compiled: re.Pattern[str] | None = None

    def __getattr__(self, name: str) -> Any:  # only for what the stand-in lacks: all but these
        compiled = self._compiled
        if compiled is None:
            compiled = self._compiled = re.compile(*self._args)
        return getattr(compiled, name)

    def __repr__(self) -> str:
        return f"lazy({self._args[0]!r}, {self._args[1]})"


def lazy(pattern: str, flags: int | re.RegexFlag = 0) -> re.Pattern[str]:
    """``re.compile(pattern, flags)``, done on first use. Raises ``re.error`` then for a bad
    pattern. Use the result's methods (``search``, ``sub``...); it is not an ``re.Pattern`` to
    ``isinstance`` or to give to ``re.sub`` and the like."""
    return cast("re.Pattern[str]", _Lazy(pattern, int(flags)))
