"""The flow's shape: parts composed, not inherited; one shared machine; every content key that the
parts' code names literally is one the part declares."""

from __future__ import annotations

import ast
import importlib
import inspect
import pkgutil
from pathlib import Path

import flows
from bot.parts import Part
from flows.pivot import build_flow
from flows.pivot.flow import CONTENT, PARTS

WORD_METHODS = {"say": "TEXTS", "text": "TEXTS", "template": "TEXTS", "label": "LABELS"}


def flow_classes() -> list[type]:
    """Every class defined in a module under flows/."""
    found = []
    for info in pkgutil.walk_packages(flows.__path__, "flows."):
        module = importlib.import_module(info.name)
        found += [
            c for _, c in inspect.getmembers(module, inspect.isclass) if c.__module__ == info.name
        ]
    return found


def chain(cls: type) -> list[type]:
    """The project's classes ``cls`` inherits from, itself included (no builtins, no object)."""
    return [c for c in cls.__mro__ if c.__module__.split(".")[0] in ("bot", "flows")]


def test_no_part_inherits_another_and_chains_are_short() -> None:
    classes = flow_classes()
    assert set(PARTS) <= set(classes)
    for cls in classes:
        assert len(chain(cls)) <= 3, [c.__name__ for c in chain(cls)]
    for part in PARTS:
        assert chain(part) == [part, Part]


def test_each_part_brings_its_own_states_table_and_words() -> None:
    flow = build_flow()
    for part in PARTS:
        assert (CONTENT / f"{part.WORDS}.yaml").exists(), part.name
    owners = flow.wiring.owner
    assert all(owners[step.name] is part for part in PARTS for step in part.STEPS)
    assert len(flow.table) == sum(len(part.TABLE) for part in flow.parts)


def test_one_machine_for_every_conversation_and_no_model_attached() -> None:
    flow = build_flow()
    assert flow.machine.models == []


def _literal_keys(path: Path) -> list[tuple[str, str, str, int]]:
    """(class, declaration, key, line) for each ``self.say("key")``-like call with a literal."""
    found = []
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if not isinstance(node, ast.ClassDef):
            continue
        for call in ast.walk(node):
            if not (
                isinstance(call, ast.Call)
                and isinstance(call.func, ast.Attribute)
                and isinstance(call.func.value, ast.Name)
                and call.func.value.id == "self"
                and call.func.attr in WORD_METHODS
                and call.args
                and isinstance(call.args[0], ast.Constant)
                and isinstance(call.args[0].value, str)
            ):
                continue
            found.append((node.name, WORD_METHODS[call.func.attr], call.args[0].value, call.lineno))
    return found


def test_every_literal_content_key_in_a_part_is_declared() -> None:
    """Keys built with f-strings are checked when used; literal ones are checked here, on every
    path, tested or not."""
    by_name = {part.__name__: part for part in PARTS}
    seen = 0
    for path in Path(flows.__path__[0]).rglob("*.py"):
        for cls, declaration, key, line in _literal_keys(path):
            part = by_name.get(cls)
            if part is None:
                continue
            seen += 1
            assert key in getattr(part, declaration), f"{path.name}:{line} {key!r}"
    assert seen > 40
