"""The start-up cache (``bot.cache``): a flow's YAML read back as parsed, re-read when the file
changes, and never anything JSON would alter."""

from __future__ import annotations

import datetime
import os
from pathlib import Path

import pytest
import yaml

from bot import cache
from bot.content import load_yaml
from flows.pivot.flow import CONTENT


@pytest.fixture(autouse=True)
def own_cache(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.setenv("PIVOTBOT_CACHE_DIR", str(tmp_path / "cache"))
    return tmp_path / "cache"


def test_the_flows_words_read_back_from_the_cache_are_what_the_yaml_says(own_cache: Path) -> None:
    for path in sorted(CONTENT.glob("*.yaml")):
        parsed = yaml.safe_load(path.read_text(encoding="utf-8"))
        assert load_yaml(path) == parsed  # parsed, and kept
        assert load_yaml(path) == parsed, path.name  # read back
    assert len(list(own_cache.glob("yaml-*.json"))) == len(list(CONTENT.glob("*.yaml")))


def test_a_changed_file_is_read_again(tmp_path: Path) -> None:
    words = tmp_path / "words.yaml"
    words.write_text("texts:\n  hello: Hi\n")
    assert load_yaml(words) == {"texts": {"hello": "Hi"}}
    words.write_text("texts:\n  hello: Hello there\n")
    os.utime(words, ns=(1, 2))  # another modification time, whatever the clock's resolution
    assert load_yaml(words) == {"texts": {"hello": "Hello there"}}


def test_what_json_would_change_is_not_kept(tmp_path: Path, own_cache: Path) -> None:
    odd = tmp_path / "odd.yaml"
    odd.write_text("when: 2026-12-03\n5: five\n")
    assert load_yaml(odd) == {"when": datetime.date(2026, 12, 3), 5: "five"}
    assert not list(own_cache.glob("yaml-*.json"))
    assert load_yaml(odd) == {"when": datetime.date(2026, 12, 3), 5: "five"}


def test_a_spoiled_entry_is_ignored(tmp_path: Path, own_cache: Path) -> None:
    words = tmp_path / "words.yaml"
    words.write_text("texts:\n  hello: Hi\n")
    load_yaml(words)
    (entry,) = own_cache.glob("yaml-*.json")
    entry.write_text("{not json")
    assert load_yaml(words) == {"texts": {"hello": "Hi"}}
    assert cache.load("yaml", "nothing kept", "") is cache.MISSING
