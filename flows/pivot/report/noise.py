"""The report's noise: every number it prints is the true one plus Laplace noise, drawn from a
keyed hash of what the number is made of, so that no two reports can be subtracted to give one
person's value back (the rule is in ``flows.pivot.report.build``'s docstring).

Each cell carries, until ``publish`` replaces it with the published value, a private ``how``:

- ``("count", label, value)``: a count. Published as ``value + Z`` rounded to a whole number,
  never below 0, with ``Z ~ Laplace(COUNT_SCALE)``.
- ``("mean", label, total, n, low, high)``: a mean of ``n`` people's scores, each in
  ``[low, high]``, ``total`` their sum. Published as ``(total + Z) / n`` with ``Z ~
  Laplace(high - low) / EPSILON``, clipped to ``[low, high]``, 3 decimals.
- ``("share", part, whole)``: ``part / whole`` of two published counts, clipped to [0, 1].
- ``("change", first, last)``: the published ``last`` minus the published ``first``.

``label`` names the cell and digests the exact rows behind it (``digest``). ``Z`` is drawn by
inverting the Laplace distribution at a uniform number taken from HMAC-SHA256(report key,
label): the same rows give the same noise (asking again, or with another ``--since`` or
workspace that holds the same people, prints the same numbers, so averaging repeats cannot
remove it), and any change of the people behind a cell (one person more or fewer) gives noise
independent of the last. The report key is the database's own random secret
(``Store.secret``), never printed.

Why not a library: the maintained differential-privacy libraries either cannot be seeded by
design (OpenDP, a 47 MB wheel) or bring SciPy and scikit-learn into the core install
(diffprivlib), for a sampler that is one line of inverse CDF here.
"""

from __future__ import annotations

import hashlib
import hmac
import math
from collections.abc import Iterable
from typing import Any

EPSILON = 0.5  # privacy loss per cell for one person's presence or value
# A count of people moves by 1 for one person: Laplace scale 2. Counts of things (answers,
# sessions, contacts, notes) get the same scale, though one person can move them by more: there
# the noise hides a person's number of answers less well than their scores.
COUNT_SCALE = 1 / EPSILON
HOW = "_how"  # the private key of a cell's noise recipe, removed by ``publish``

How = tuple[Any, ...]


def digest(rows: Iterable[Any]) -> str:
    """A short fingerprint of the exact rows behind a cell, in any order."""
    text = "\n".join(sorted(repr(tuple(r) if isinstance(r, list) else r) for r in rows))
    return hashlib.sha256(text.encode()).hexdigest()[:32]


def laplace(key: bytes, label: str, scale: float) -> float:
    """Laplace(0, ``scale``) noise, determined by ``key`` and ``label`` (HMAC-SHA256)."""
    bits = int.from_bytes(hmac.new(key, label.encode(), hashlib.sha256).digest()[:8], "big")
    u = ((bits >> 11) + 0.5) / 2**53 - 0.5  # uniform in (-0.5, 0.5), never an end point
    return -scale * math.copysign(1.0, u) * math.log1p(-2 * abs(u))


class Publisher:
    """Turns the private ``how`` of each cell into its published value, with ``key``."""

    def __init__(self, key: bytes) -> None:
        self.key = key
        self._done: dict[How, float] = {}

    def value(self, how: How) -> float:
        if how in self._done:
            return self._done[how]
        kind = how[0]
        if kind == "count":
            _, label, value = how
            out: float = max(0, round(value + laplace(self.key, label, COUNT_SCALE)))
        elif kind == "mean":
            _, label, total, n, low, high = how
            noisy = (total + laplace(self.key, label, (high - low) / EPSILON)) / n
            out = round(min(high, max(low, noisy)), 3)
        elif kind == "share":
            part, whole = self.value(how[1]), self.value(how[2])
            out = round(min(1.0, max(0.0, part / whole)), 4) if whole > 0 else 0.0
        elif kind == "change":
            out = round(self.value(how[2]) - self.value(how[1]), 3)
        else:
            raise ValueError(f"unknown noise recipe {kind!r}")
        self._done[how] = out
        return out

    def publish(self, tree: Any) -> Any:
        """``tree`` with every shown cell's value replaced by its published one, in place."""
        if isinstance(tree, dict):
            how = tree.pop(HOW, None)
            if how is not None and not tree.get("suppressed"):
                tree["value"] = self.value(how)
            for value in tree.values():
                self.publish(value)
        elif isinstance(tree, list):
            for value in tree:
                self.publish(value)
        return tree


def strip(tree: Any) -> Any:
    """``tree`` with the recipes removed and the exact values kept (for tests of the counting)."""
    if isinstance(tree, dict):
        tree.pop(HOW, None)
        for value in tree.values():
            strip(value)
    elif isinstance(tree, list):
        for value in tree:
            strip(value)
    return tree
