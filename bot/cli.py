"""The ``pivotbot`` command line: parses arguments and calls the composition root (:mod:`bot.app`).

Each command turns what goes wrong on purpose (a ``PivotbotError``) into one line and exit code 2.
"""

from __future__ import annotations

import json
import logging
import sys
from pathlib import Path
from types import ModuleType
from typing import TYPE_CHECKING, NoReturn

import click

from bot import app
from bot.clock import Clock
from bot.config import Config, load_config
from bot.engine import Engine
from bot.errors import PivotbotError
from bot.logs import quiet
from bot.messages import ConversationKey
from bot.store import database_kind

if TYPE_CHECKING:  # imported by `pivotbot test` only
    from bot.scripts import DriverFactory


def _fail(message: str) -> NoReturn:
    click.echo(f"pivotbot: {message}", err=True)
    sys.exit(2)


def _require(extra: str) -> None:
    try:
        app.require(extra)
    except PivotbotError as exc:
        _fail(str(exc))


def _adapter(platform: str) -> ModuleType:
    try:
        return app.adapter(platform)
    except PivotbotError as exc:
        _fail(str(exc))


def _config() -> Config:
    try:
        return load_config()
    except PivotbotError as exc:
        _fail(str(exc))


def _setup_logging(verbose: bool = False) -> None:
    logging.basicConfig(
        level=logging.DEBUG if verbose else logging.INFO,
        format="%(asctime)s %(levelname)s %(name)s: %(message)s",
    )
    # SDK and HTTP loggers print request URLs and bodies (Telegram's URLs contain the bot token);
    # transitions logs every callback of every message at INFO (a cost, and no use in a log).
    quiet()


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(package_name="pivotbot")
def main() -> None:
    """Pivotbot: turn the interview for the wrong job into networking at the right company."""


db_option = click.option(
    "--db",
    default=None,
    help="SQLite file, or postgresql://user:password@host/db (default: $PIVOTBOT_DB or"
    " ./pivotbot.db).",
)


def _db(db: str | None, config: Config) -> str:
    return db or config.db


@main.command()
@db_option
@click.option("--user", default="me", show_default=True, help="Whose conversation this is.")
def console(db: str | None, user: str) -> None:
    """Chat with the bot in this terminal (typed or piped, one message per line)."""
    adapter = app.adapter("console")
    config = _config()
    engine = _open(_db(db, config), retention_days=config.retention_days, config=config)
    try:  # one person's process: no need to freeze the start-up's objects for the collector
        adapter.main(engine, user, sys.stdin, sys.stdout, Path.cwd())
    except KeyboardInterrupt:
        click.echo("")
    finally:
        engine.close()


def _open(
    db: str,
    clock: Clock | None = None,
    retention_days: int | None = None,
    config: Config | None = None,
) -> Engine:
    try:
        return app.make_engine(db, clock, retention_days=retention_days, config=config)
    except PivotbotError as exc:
        _fail(str(exc))


@main.command("test")
@click.argument("paths", nargs=-1, required=True, type=click.Path(path_type=Path))
@click.option(
    "--via",
    type=click.Choice(["engine", "telegram", "slack"]),
    default="engine",
    show_default=True,
    help="Play the scripts straight into the engine or through an adapter.",
)
@click.option(
    "--fixtures",
    "fixture_dirs",
    multiple=True,
    type=click.Path(path_type=Path, file_okay=False, exists=True),
    help="A folder of fixtures for 'given:', besides the fixtures/ folder beside each script.",
)
@click.option("--coverage", is_flag=True, help="List states and transitions no script reached.")
@click.option("-v", "--verbose", is_flag=True, help="Print every transcript, not only failures.")
def test_cmd(
    paths: tuple[Path, ...],
    via: str,
    fixture_dirs: tuple[Path, ...],
    coverage: bool,
    verbose: bool,
) -> None:
    """Run scripted conversations (YAML files or folders of them)."""
    from bot import scripts

    try:
        files = scripts.find_scripts(paths)
        loaded = [scripts.load_script(f, fixture_dirs) for f in files]
    except PivotbotError as exc:
        _fail(str(exc))
    if not loaded:
        _fail("no scripts found in " + ", ".join(map(str, paths)))
    driver = None if via == "engine" else _driver(via)
    trace: set[tuple[str, str, str]] = set()
    failed = 0
    import asyncio  # not at the top: the console's first reply goes without it

    for script in loaded:
        result = asyncio.run(
            scripts.run_script(script, lambda db, clock: app.make_engine(db, clock, trace), driver)
        )
        failed += not result.passed
        click.echo(scripts.format_result(result, verbose))
    code = 1 if failed else 0
    if coverage:
        code = max(code, _coverage(trace))
    click.echo(f"{len(loaded) - failed} passed, {failed} failed")
    sys.exit(code)


def _coverage(trace: set[tuple[str, str, str]]) -> int:
    flow = app.load_flow()
    reached_states = {s for t in trace for s in (t[0], t[2])}
    states = [s for s in flow.steps if s not in reached_states]
    missing = []
    for src, trig, dest in flow.transitions():
        hit = any(t[1] == trig and t[2] == dest and (src == "*" or t[0] == src) for t in trace)
        if not hit:
            missing.append(f"{src} --{trig}--> {dest}")
    click.echo(
        f"coverage: {len(flow.steps) - len(states)}/{len(flow.steps)} states, "
        f"{len(flow.transitions()) - len(missing)}/{len(flow.transitions())} transitions"
    )
    for s in states:
        click.echo(f"  state not reached: {s}")
    for m in missing:
        click.echo(f"  transition not taken: {m}")
    return 1 if states or missing else 0


def _driver(via: str) -> DriverFactory:
    try:
        return app.script_driver(via)
    except PivotbotError as exc:
        _fail(str(exc))


@main.command()
@click.option(
    "--format", "fmt", type=click.Choice(["mermaid"]), default="mermaid", show_default=True
)
@click.option(
    "-o",
    "--output",
    type=click.Path(dir_okay=False, path_type=Path),
    default=None,
    help="Write to this file instead of standard output.",
)
def diagram(fmt: str, output: Path | None) -> None:
    """Print the flow's state diagram."""
    from bot.diagram import mermaid

    text = mermaid(app.load_flow())
    if output:
        output.write_text(text, encoding="utf-8")
        click.echo(f"wrote {output}")
    else:
        click.echo(text, nl=False)


@main.command()
@click.argument("text", required=False)
@click.option("--company", default="", help="The company of the interview.")
@click.option("--role", default="", help="The role interviewed for.")
@click.option("--target", default="", help="The work or team that would fit better.")
@click.option(
    "--line", default="", help="The interviewer's last line, which the answer replies to."
)
@click.option("--draws", default="", help="What draws the candidate to the company.")
@click.option("--evidence", default="", help="The candidate's proof for the target work.")
@click.option(
    "--eval",
    "labelled",
    type=click.Path(exists=True, dir_okay=False, path_type=Path),
    default=None,
    help="Instead of one answer: a labelled YAML set; print the judge's agreement with it.",
)
@click.option("--json", "as_json", is_flag=True, help="With --eval: print the figures as JSON.")
def score(
    text: str | None,
    company: str,
    role: str,
    target: str,
    line: str,
    draws: str,
    evidence: str,
    labelled: Path | None,
    as_json: bool,
) -> None:
    """Score one practice answer on the flow's rubric (TEXT, or - for standard input).

    Prints one JSON object: total, elements (each element's points), red_flags, band,
    missing (elements scoring 0), and judge: "model" when the configured language model
    (PIVOTBOT_LLM_*) scored it, "rules" otherwise, with "fallback" saying why a configured model
    was not used (timeout, http_error, malformed, refusal ...). The rubric's elements, bands and
    limits: flows/pivot/rubric.py.

    With --eval FILE, the configured judge's agreement with a counsellor's labels instead:
    totals within 2 points, mean error, per element, red flags, bands, answers built to game
    the judge, the worst cases by id (never their text), and for a model judge how many answers
    the rules scored instead.
    """
    from flows.pivot.scoring import Context

    config = _config()
    try:
        judge = app.make_judge(config)
    except PivotbotError as exc:
        _fail(str(exc))
    if labelled is not None:
        from flows.pivot import judge_eval

        try:
            items = judge_eval.load(labelled)
        except (OSError, judge_eval.LabelError) as exc:
            _fail(f"cannot read {labelled}: {exc}")
        result = judge_eval.evaluate(judge, items)
        if as_json:
            click.echo(json.dumps(result.to_json(), ensure_ascii=False, indent=1))
        else:
            click.echo(judge_eval.render(result, labelled.name))
        return
    answer = sys.stdin.read() if text == "-" else (text or "")
    if not answer.strip():
        _fail("nothing to score: give the answer as TEXT, or - to read it from standard input")
    ctx = Context(
        company=company, role=role, target=target, draws=draws, evidence=evidence, last_line=line
    )
    import asyncio

    judged = asyncio.run(judge.judge(answer, ctx))
    click.echo(json.dumps(judged.to_json(), ensure_ascii=False))


@main.command()
@db_option
@click.option(
    "--workspace", default=None, help="Only this workspace (a Slack team id, or telegram)."
)
@click.option(
    "--since",
    default=None,
    help="Only what happened from the first day of this date's month (YYYY-MM-DD).",
)
@click.option(
    "--format",
    "formats",
    default="markdown",
    show_default=True,
    help="markdown, json, html, or several separated by commas.",
)
@click.option(
    "-o",
    "--output",
    type=click.Path(dir_okay=False, path_type=Path),
    default=None,
    help="Write here (with several formats, one file per format's suffix).",
)
def report(
    db: str | None, workspace: str | None, since: str | None, formats: str, output: Path | None
) -> None:
    """The anonymous career-office report: aggregates only, groups under 10 people hidden."""
    from datetime import date

    from flows.pivot.report import write_report

    try:
        start = date.fromisoformat(since) if since else None
    except ValueError:
        _fail(f"--since takes a date like 2026-09-01, got {since!r}")
    if "html" in formats.split(","):
        _require("report")
    location = _db(db, _config())
    try:
        kind, target = database_kind(location)
        if kind == "sqlite" and not Path(target).exists():
            _fail(f"no database at {target} (set --db or PIVOTBOT_DB)")
        store = app.open_store(location)
    except PivotbotError as exc:
        _fail(str(exc))
    try:
        result = write_report(store, formats.split(","), output, workspace, start)
    except ValueError as exc:
        _fail(str(exc))
    finally:
        store.close()
    if isinstance(result, str):
        click.echo(result, nl=False)
    else:
        for written in result:
            click.echo(f"wrote {written}")


def _key(userkey: str) -> ConversationKey:
    try:
        return ConversationKey.parse(userkey)
    except ValueError as exc:
        _fail(f"{exc} (for example console:local:me or telegram:telegram:12345)")


@main.command()
@click.argument("userkey")
@db_option
def export(userkey: str, db: str | None) -> None:
    """Print everything stored for USERKEY (platform:workspace:user) as JSON."""
    engine = _open(_db(db, _config()))
    try:
        data = engine.export(_key(userkey))
    finally:
        engine.close()
    if not data["conversations"]:
        _fail(f"nothing stored for {userkey}")
    click.echo(json.dumps(data, ensure_ascii=False, indent=2, default=str))


@main.command()
@click.argument("userkey")
@db_option
@click.option("--yes", is_flag=True, help="Do not ask for confirmation.")
def forget(userkey: str, db: str | None, yes: bool) -> None:
    """Erase every row stored for USERKEY (platform:workspace:user)."""
    key = _key(userkey)
    engine = _open(_db(db, _config()))
    try:
        if not engine.export(key)["conversations"]:
            _fail(f"nothing stored for {userkey}")
        if not yes and not click.confirm(f"Erase everything stored for {userkey}?"):
            click.echo("Nothing erased.")
            return
        engine.forget(key)
        click.echo(f"Erased everything stored for {userkey}.")
    finally:
        engine.close()


@main.command()
@db_option
@click.option(
    "--webhook-url", default=None, help="Public HTTPS URL: webhook mode instead of polling."
)
@click.option("--listen", default="0.0.0.0", show_default=True, help="Webhook server address.")
@click.option("--port", default=8443, show_default=True, help="Webhook server port.")
@click.option("-v", "--verbose", is_flag=True)
def telegram(
    db: str | None, webhook_url: str | None, listen: str, port: int, verbose: bool
) -> None:
    """Run the Telegram bot (long polling, or a webhook with --webhook-url)."""
    adapter = _adapter("telegram")
    config = _config()
    try:
        config.require("TELEGRAM_BOT_TOKEN")
        if webhook_url:
            config.require("TELEGRAM_WEBHOOK_SECRET")
    except PivotbotError as exc:
        _fail(str(exc))
    _setup_logging(verbose)
    engine = _open(_db(db, config), retention_days=config.retention_days, config=config)
    app.ready_for_traffic(engine)
    try:
        adapter.run(engine, config, webhook_url=webhook_url, listen=listen, port=port)
    except PivotbotError as exc:
        _fail(str(exc))
    finally:
        engine.close()


@main.command()
@db_option
@click.option("--http", is_flag=True, help="Serve Slack's HTTP requests instead of Socket Mode.")
@click.option("--port", default=3000, show_default=True, help="HTTP port (with --http).")
@click.option(
    "--listen",
    default="0.0.0.0",
    show_default=True,
    help="HTTP server address (with --http); 127.0.0.1 behind a proxy on the same machine.",
)
@click.option("-v", "--verbose", is_flag=True)
def slack(db: str | None, http: bool, port: int, listen: str, verbose: bool) -> None:
    """Run the Slack app (Socket Mode with SLACK_APP_TOKEN, or HTTP with --http)."""
    adapter = _adapter("slack")
    config = _config()
    _setup_logging(verbose)
    try:
        adapter.check_config(config, http)  # before the database is created
    except PivotbotError as exc:
        _fail(str(exc))
    engine = _open(_db(db, config), retention_days=config.retention_days, config=config)
    app.ready_for_traffic(engine)
    try:
        adapter.run(engine, config, http=http, port=port, listen=listen)
    except PivotbotError as exc:
        _fail(str(exc))
    finally:
        engine.close()


__all__ = ["main"]


if __name__ == "__main__":
    main()
