"""A flow's words, loaded from YAML so a career office can change wording without Python."""

from __future__ import annotations

from functools import cached_property
from pathlib import Path
from typing import Any

import yaml

from bot import cache
from bot.errors import FlowError

# libyaml's loader reads the flow's words about ten times faster than the pure-Python one.
_LOADER: type[yaml.SafeLoader] = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


def load_yaml(path: Path) -> Any:
    """The YAML document at ``path``, read safely (no Python objects), with libyaml when present.

    What a file parsed to is kept in the user's cache (``bot.cache``) under the file's path, size
    and modification time, so an unchanged file is read back as JSON, several times faster.
    Raises ``OSError`` when the file cannot be read and ``yaml.YAMLError`` when it is malformed.
    """
    name = str(path.resolve())
    st = path.stat()
    basis = repr((1, name, st.st_size, st.st_mtime_ns, _LOADER.__name__))
    kept = cache.load("yaml", name, basis)
    if kept is not cache.MISSING:
        return kept
    doc = yaml.load(path.read_text(encoding="utf-8"), Loader=_LOADER)
    cache.save("yaml", name, basis, doc)
    return doc


class Content:
    """Texts (``texts:``), button labels (``labels:``), per-state words (``states:``) and
    structured content such as question banks (``data:``).

    Several files merge; a key defined twice is an error, so no file silently overrides another.
    """

    def __init__(
        self,
        texts: dict[str, str],
        labels: dict[str, str],
        states: dict[str, dict[str, Any]],
        data: dict[str, Any] | None = None,
    ) -> None:
        self.texts = texts
        self.labels = labels
        self.states = states
        self.data = data or {}

    @classmethod
    def load(cls, *paths: Path) -> Content:
        """Read and merge YAML files. Raises ``FlowError`` on a malformed file or a duplicate key."""
        texts: dict[str, str] = {}
        labels: dict[str, str] = {}
        states: dict[str, dict[str, Any]] = {}
        data: dict[str, Any] = {}
        for path in paths:
            try:
                doc = load_yaml(path) or {}
            except (OSError, yaml.YAMLError) as exc:
                raise FlowError(f"cannot read flow content {path.name}: {exc}") from exc
            sections = (("texts", texts), ("labels", labels), ("states", states), ("data", data))
            for section, target in sections:
                for name, value in (doc.get(section) or {}).items():
                    if name in target:
                        raise FlowError(f"{path.name}: {section}.{name} is defined twice")
                    target[name] = value
        return cls(texts, labels, states, data)

    def text(self, name: str) -> str:
        try:
            return self.texts[name].rstrip("\n")
        except KeyError:
            raise FlowError(f"no text named {name!r} in the flow's content") from None

    def label(self, name: str) -> str:
        try:
            return self.labels[name]
        except KeyError:
            raise FlowError(f"no label named {name!r} in the flow's content") from None

    def state(self, name: str) -> dict[str, Any]:
        return self.states.get(name, {})

    @cached_property
    def button_labels(self) -> dict[str, str]:
        """Every fixed button label in the content (``labels:`` and the states' ``choices``),
        by its casefolded form; labels with placeholders or only digits are left out. Built
        once: every typed answer to a text question is looked up here."""
        found = list(self.labels.values())
        for words in self.states.values():
            for choice in words.get("choices") or []:
                if isinstance(choice, (list, tuple)) and choice and isinstance(choice[0], str):
                    found.append(choice[0])
        return {
            key(label): label
            for label in found
            if isinstance(label, str) and "{" not in label and not label.strip().isdigit()
        }


def key(text: str) -> str:
    """A typed text or label as compared with a button: case, apostrophes (straight or curly),
    commas, repeated spaces and trailing punctuation ignored, so "dont know" is "Don't know" and
    "its already happened" is "It's already happened"."""
    folded = text.casefold().replace("\u2019", "").replace("'", "").replace(",", "")
    return " ".join(folded.split()).rstrip(" .!?,;:")
