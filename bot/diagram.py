"""The flow's state diagram as mermaid, with dotted state names drawn as nested states."""

from __future__ import annotations

from typing import Any

from transitions.extensions import HierarchicalGraphMachine
from transitions.extensions.nesting import NestedState

from bot.flow import Flow


def _nested(names: list[str]) -> list[Any]:
    """``["a", "b.c", "b.d"]`` -> ``["a", {"name": "b", "children": ["c", "d"]}]``."""
    tree: dict[str, Any] = {}
    for name in names:
        node = tree
        for part in name.split("."):
            node = node.setdefault(part, {})

    def build(node: dict[str, Any]) -> list[Any]:
        return [{"name": k, "children": build(v)} if v else k for k, v in node.items()]

    return build(tree)


def mermaid(flow: Flow) -> str:
    """Mermaid ``stateDiagram-v2`` text of the whole flow.

    Transitions from every state (``*``: start, menu, cancel…) are listed once in a note rather
    than drawn from each state, which would bury the flow under arrows.
    """
    names = list(flow.steps)
    # A state that is both a leaf and a parent ("triage" and "triage.choose") becomes the
    # parent's "ask" child, so the nesting stays a tree.
    parents = {n.rsplit(".", 1)[0] for n in names if "." in n}
    rename = {n: f"{n}.ask" for n in names if n in parents}
    table = []
    anywhere = []
    for row in flow.table:
        if row["source"] == "*":
            anywhere.append(f"{row['trigger']} → {row['dest']}")
            continue
        sources = row["source"] if isinstance(row["source"], list) else [row["source"]]
        item = {
            "trigger": row["trigger"],
            "source": [rename.get(s, s) for s in sources],
            "dest": rename.get(row["dest"], row["dest"]),
        }
        for key in ("conditions", "unless"):
            if key in row:
                item[key] = row[key]
        table.append(item)
    old = NestedState.separator
    NestedState.separator = "."
    try:
        machine = HierarchicalGraphMachine(
            model=None,
            states=_nested([rename.get(n, n) for n in names]),
            transitions=table,
            initial=rename.get(flow.initial, flow.initial),
            auto_transitions=False,
            graph_engine="mermaid",
            show_conditions=True,
            title=f"{flow.name} flow v{flow.version}",
        )
        # Drawing needs a model; this one lives only for the drawing.
        sketch = type("Sketch", (), {})()
        machine.add_model(sketch)
        text = str(sketch.get_graph().draw(None))
    finally:
        NestedState.separator = old
    # Drop the "active state" colouring: a diagram of the flow has no current state.
    lines = [ln for ln in text.splitlines() if not ln.strip().startswith("Class ")]
    note = "  note right of " + rename.get(flow.initial, flow.initial)
    lines.append(note)
    lines.append("    From any state: " + ", ".join(anywhere))
    lines.append("  end note")
    return "\n".join(lines) + "\n"
