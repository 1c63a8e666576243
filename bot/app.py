"""The composition root: wires a flow, a store and an adapter into a running bot.

The CLI parses its arguments and calls these; tests and benchmarks build engines here too.
Nothing is imported at module level beyond ``bot`` itself: the flow is named by a dotted path
(``module:function``) and imported when an engine is made, an adapter or a script driver when it
is asked for. So ``bot`` stays free of ``flows`` and of every platform SDK, and
``pivotbot console`` starts without loading Telegram's or Slack's.

A language model (``PIVOTBOT_LLM_*``), when configured, is an adapter too (``adapters.llm``, the
one module importing the ``openai`` SDK): ``make_engine`` builds its client and hands it to the
flow's build function as ``model=`` (with ``model_host=`` and ``timeout=``); unconfigured, the
flow is built exactly as without this option and nothing of the SDK is imported.

Optional parts come from the package's extras; asking for one that is not installed raises
``MissingExtra`` whose message is the one line to show, with the ``pip install`` that brings it.
"""

from __future__ import annotations

import importlib
import importlib.util
from datetime import timedelta
from inspect import signature
from pathlib import Path
from types import ModuleType
from typing import TYPE_CHECKING, Any, cast

from bot import store
from bot.clock import Clock
from bot.config import Config
from bot.engine import Engine
from bot.errors import FlowError, MissingExtra
from bot.flow import Flow
from bot.store import Store

if TYPE_CHECKING:  # the scripts runner is imported only by `pivotbot test`
    from bot.scripts import DriverFactory

DEFAULT_FLOW = "flows.pivot:build_flow"
# What scores a practised answer for ``pivotbot score``: ``function(model=, timeout=)``.
DEFAULT_JUDGE = "flows.pivot.judge:configured"

# extra (as in pyproject.toml) -> (what is missing without it, the top-level modules it installs)
EXTRAS: dict[str, tuple[str, tuple[str, ...]]] = {
    # aiohttp serves the webhook and the fake Bot API that `pivotbot test --via telegram`
    # plays scripts against.
    "telegram": ("Telegram support is not installed", ("telegram", "aiohttp", "sniffio")),
    "slack": ("Slack support is not installed", ("slack_bolt", "slack_sdk", "aiohttp")),
    "report": ("The HTML report's charts are not installed", ("matplotlib",)),
    "llm": ("Language model support (PIVOTBOT_LLM_*) is not installed", ("openai",)),
}
_ADAPTERS = {"console": None, "telegram": "telegram", "slack": "slack"}  # platform -> extra


def require(extra: str) -> None:
    """Check, without importing them, that the modules of package extra ``extra`` are installed.

    Raises ``MissingExtra`` naming the ``pip install`` that brings them.
    """
    missing, modules = EXTRAS[extra]
    if any(importlib.util.find_spec(name) is None for name in modules):
        raise MissingExtra(f"{missing}: pip install 'pivotbot[{extra}]'")


def load_flow(name: str = DEFAULT_FLOW, **options: Any) -> Flow:
    """Build the flow that ``name`` (``package.module:function``) returns, called with
    ``options`` (``model_options``' for a language model; none by default).

    Raises ``FlowError`` when the name does not lead to a function or the function takes no such
    options, and whatever the flow's own checks raise (``FlowError`` for a malformed flow or
    content).
    """
    module_name, _, attr = name.partition(":")
    try:
        module = importlib.import_module(module_name)
    except ModuleNotFoundError as exc:
        missing = exc.name or ""
        if module_name != missing and not module_name.startswith(missing + "."):
            raise  # the flow's module exists but imports something missing: show that
        raise FlowError(f"no flow {name!r}: there is no module {missing!r}") from None
    build = getattr(module, attr or "build_flow", None)
    if not callable(build):
        raise FlowError(f"no flow {name!r}: {module_name} has no function {attr or 'build_flow'}")
    if options:
        try:
            signature(build).bind(**options)
        except TypeError:
            raise FlowError(
                f"flow {name!r} takes no {', '.join(sorted(options))} (a language model is "
                "configured: unset PIVOTBOT_LLM_* to run it)"
            ) from None
    flow = build(**options)
    if not isinstance(flow, Flow):
        raise FlowError(f"{name} returned {type(flow).__name__}, not a Flow")
    return flow


def open_store(db: str | Path) -> Store:
    """The store at ``db``, migrated to the current schema (raises ``StoreError``)."""
    return store.open_store(db)


def make_engine(
    db: str | Path,
    clock: Clock | None = None,
    trace: set[tuple[str, str, str]] | None = None,
    retention_days: int | None = None,
    *,
    flow: str = DEFAULT_FLOW,
    config: Config | None = None,
) -> Engine:
    """An engine running ``flow`` over the database at ``db``, with ``config``'s language model
    when it names one (``PIVOTBOT_LLM_*``; see ``model_options``).

    ``trace`` collects every ``(source, trigger, destination)`` taken, for ``--coverage``.
    Raises ``MissingExtra`` when a model is configured but the ``llm`` extra is not installed.
    """
    built = load_flow(flow, **model_options(config))
    built.trace = trace
    retention = timedelta(days=retention_days) if retention_days else None
    return Engine(built, open_store(db), clock, retention)


def model_client(config: Config | None) -> Any:
    """The client of ``config``'s language model (``adapters.llm.ChatClient``), or None when
    none is configured; the SDK's adapter is imported only then.

    Raises ``MissingExtra`` when the ``llm`` extra is not installed.
    """
    if config is None or not config.llm_base_url or not config.llm_model:
        return None
    require("llm")
    llm = importlib.import_module("adapters.llm")
    return llm.ChatClient(
        config.llm_base_url, config.llm_model, config.llm_api_key, config.llm_timeout
    )


def model_options(config: Config | None) -> dict[str, Any]:
    """A flow build function's options for ``config``'s language model: ``model`` (its client),
    ``model_host`` (where the flow's text goes: host and port, never a key or a path) and
    ``timeout`` (seconds); empty when no model is configured."""
    client = model_client(config)
    if client is None or config is None:
        return {}
    return {"model": client, "model_host": config.llm_host, "timeout": config.llm_timeout}


def make_judge(config: Config | None, judge: str = DEFAULT_JUDGE) -> Any:
    """The flow's judge of practised answers (``pivotbot score`` and ``score --eval``): what
    ``judge`` (``module:function``) returns for ``config``'s language model (``model=`` its
    client, or None when none is configured, and ``timeout=``), so the CLI scores with the judge
    the bot would use.

    Raises ``MissingExtra`` when a model is configured but the ``llm`` extra is not installed.
    """
    module_name, _, attr = judge.partition(":")
    build = getattr(importlib.import_module(module_name), attr)
    options: dict[str, Any] = {"model": model_client(config)}
    if config is not None:
        options["timeout"] = config.llm_timeout
    return build(**options)


def adapter(platform: str) -> ModuleType:
    """The adapter module for ``platform`` (``console``, ``telegram`` or ``slack``), imported now.

    Raises ``MissingExtra`` when the platform's SDK is not installed.
    """
    extra = _ADAPTERS[platform]
    if extra:
        require(extra)
    return importlib.import_module(f"adapters.{platform}")


def script_driver(via: str) -> DriverFactory:
    """What ``pivotbot test --via telegram|slack`` plays scripts through: the real adapter
    against a fake platform server on loopback (:mod:`adapters.testing`).

    Raises ``MissingExtra`` when the platform's SDK is not installed.
    """
    require(via)
    module = importlib.import_module(f"adapters.testing.{via}_driver")
    return cast("DriverFactory", module.make_driver)


def ready_for_traffic(engine: Engine | None = None) -> None:
    """Before serving: run ``engine``'s flow's ``warm`` (work a first message would otherwise
    pay for, such as compiling the flow's rules), then move everything loaded so far (flows,
    content, libraries, what ``warm`` built) out of the cyclic garbage collector's way, so its
    passes scan only per-message objects. Raises whatever ``warm`` raises."""
    import gc

    if engine is not None and engine.flow.warm is not None:
        engine.flow.warm()
    gc.collect()
    gc.freeze()


__all__ = [
    "DEFAULT_FLOW",
    "EXTRAS",
    "adapter",
    "load_flow",
    "make_engine",
    "model_client",
    "model_options",
    "open_store",
    "ready_for_traffic",
    "require",
    "script_driver",
]
