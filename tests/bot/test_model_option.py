"""The optional language model end to end: configuration, ``pivotbot score`` as a process, and
rehearsal rounds through the engine, against a fake OpenAI-compatible server on loopback."""

from __future__ import annotations

import asyncio
import json
import os
import re
import subprocess
import sys
import time
from collections.abc import AsyncIterator
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pytest

from adapters.testing.openai_api import Call, FakeOpenAI, ok, stall, status
from bot import app
from bot.app import make_engine
from bot.clock import ManualClock
from bot.config import Config, load_config
from bot.engine import Engine
from bot.errors import ConfigError, FlowError, MissingExtra
from bot.markup import to_plain
from bot.sqlite_store import SqliteStore
from flows.pivot.scoring import Context, score
from tests.conftest import Chat

ANSWER = (
    "Thank you, yes, I do have a question. Your grid-forecasting launch is why I applied to "
    "Acme Robotics. Honestly, inside sales isn't where I do my best work; I'm at my best with "
    "data. I built a usage dashboard my team used for renewals. Is there someone in product "
    "analytics you'd suggest I talk to? I'm happy to stay in the process if you still see a fit, "
    "and may I keep in touch?"
)
QUOTES = {
    "E1": "Thank you, yes, I do have a question",
    "E2": "Your grid-forecasting launch is why I applied to Acme Robotics",
    "E3": "inside sales isn't where I do my best work",
    "E4": "I built a usage dashboard my team used for renewals",
    "E5": "Is there someone in product analytics you'd suggest I talk to?",
    "E6": "I'm happy to stay in the process if you still see a fit",
    "E7": "may I keep in touch?",
}
MODEL_LINE = "Lovely. Who in particular would you like to meet on that team?"
# Answers for whatever the practice path asks before the interviewer is chosen.
SETUP = {
    "rehearse.company": "Acme Robotics",
    "rehearse.role": "Inside sales",
    "rehearse.target": "product analytics",
}


def judgement(points: int = 2) -> dict[str, Any]:
    return {
        "elements": [{"id": e, "points": points, "quote": q} for e, q in QUOTES.items()],
        "red_flags": [],
    }


def is_judge(call: Call) -> bool:
    return "red_flags" in call.system


def cooperative(call: Call) -> dict[str, Any]:
    """A model that judges honestly and reacts as a friendly interviewer."""
    if is_judge(call):
        return ok(judgement())
    return ok({"kind": "who_particular", "line": MODEL_LINE})


@pytest.fixture
async def fake() -> AsyncIterator[FakeOpenAI]:
    async with FakeOpenAI() as server:
        yield server


def model_config(fake: FakeOpenAI, timeout: float = 5.0, key: str | None = None) -> Config:
    return Config(
        llm_base_url=fake.base_url, llm_model="fake-model", llm_api_key=key, llm_timeout=timeout
    )


def open_engine(tmp_path: Path, config: Config | None, name: str = "t.db") -> Engine:
    clock = ManualClock(datetime(2026, 11, 25, 9, 0, tzinfo=UTC))
    return make_engine(tmp_path / name, clock, config=config)


async def to_first_line(chat: Chat) -> str:
    """From nothing to the interviewer's opening line, whatever the practice path asks."""
    await chat.say("/start")
    await chat.say("/rehearse")
    for _ in range(8):
        if chat.state == "rehearse.persona":
            break
        await chat.say(SETUP.get(str(chat.state), "a usage dashboard my team used for renewals"))
    assert chat.state == "rehearse.persona"
    return "\n".join(to_plain(r.text) for r in await chat.send(choice="friendly"))


def rehearsal_context(engine: Engine, chat: Chat) -> Context:
    session = engine.store.load(chat.key)
    assert session is not None
    d = session.data
    return Context(
        company=d.get("company", ""),
        role=d.get("role", ""),
        target=d.get("target", ""),
        draws=d.get("draws", ""),
        evidence=d.get("evidence", ""),
        last_line=d["rh"]["line"],
    )


# -- configuration ------------------------------------------------------------------------------


def test_the_model_is_off_unless_its_url_is_set(tmp_path: Path) -> None:
    config = load_config({}, env_file=tmp_path / "none")
    assert config.llm_base_url is None and config.llm_host is None and config.llm_timeout == 8.0
    on = load_config(
        {
            "PIVOTBOT_LLM_BASE_URL": "https://user:pw@llm.example.org:8443/v1",
            "PIVOTBOT_LLM_MODEL": "gpt-4o-mini",
            "PIVOTBOT_LLM_API_KEY": "sk-abc",
            "PIVOTBOT_LLM_TIMEOUT": "2.5",
        },
        env_file=tmp_path / "none",
    )
    assert on.llm_model == "gpt-4o-mini" and on.llm_timeout == 2.5
    assert on.llm_host == "llm.example.org:8443"  # never the key, the user or the path


@pytest.mark.parametrize(
    ("env", "message"),
    [
        (
            {"PIVOTBOT_LLM_BASE_URL": "localhost:11434", "PIVOTBOT_LLM_MODEL": "m"},
            r"^PIVOTBOT_LLM_BASE_URL must be an http\(s\) URL",
        ),
        ({"PIVOTBOT_LLM_BASE_URL": "http://localhost:11434/v1"}, r"^PIVOTBOT_LLM_MODEL is not set"),
        ({"PIVOTBOT_LLM_MODEL": "llama3.1"}, r"^PIVOTBOT_LLM_BASE_URL is not set"),
        (
            {
                "PIVOTBOT_LLM_BASE_URL": "http://h/v1",
                "PIVOTBOT_LLM_MODEL": "m",
                "PIVOTBOT_LLM_TIMEOUT": "soon",
            },
            r"^PIVOTBOT_LLM_TIMEOUT must be a number of seconds",
        ),
        (
            {
                "PIVOTBOT_LLM_BASE_URL": "http://h/v1",
                "PIVOTBOT_LLM_MODEL": "m",
                "PIVOTBOT_LLM_TIMEOUT": "0",
            },
            r"^PIVOTBOT_LLM_TIMEOUT must be a number of seconds",
        ),
        (
            {
                "PIVOTBOT_LLM_BASE_URL": "http://h/v1",
                "PIVOTBOT_LLM_MODEL": "m",
                "PIVOTBOT_LLM_API_KEY": "sk abc",
            },
            r"^PIVOTBOT_LLM_API_KEY is malformed",
        ),
    ],
)
def test_malformed_model_settings_fail_with_one_line_naming_the_variable(
    tmp_path: Path, env: dict[str, str], message: str
) -> None:
    with pytest.raises(ConfigError, match=message) as caught:
        load_config(env, env_file=tmp_path / "none")
    assert "\n" not in str(caught.value) and "sk abc" not in str(caught.value)


def test_env_example_documents_every_variable() -> None:
    from bot.config import _ATTR

    example = (Path(__file__).resolve().parents[2] / ".env.example").read_text(encoding="utf-8")
    documented = set(re.findall(r"^([A-Z_]+)=", example, re.M))
    assert set(_ATTR) <= documented


# -- pivotbot score, as a process ------------------------------------------------------------------


def cli_env(**extra: str) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith(("PIVOTBOT_", "OPENAI_"))}
    return {**env, **extra}


async def run_score(tmp_path: Path, env: dict[str, str]) -> tuple[int, str, str, float]:
    """``pivotbot score`` on ANSWER in a fresh folder (no .env); returns when it exited."""
    proc = await asyncio.create_subprocess_exec(
        sys.executable,
        "-m",
        "bot.cli",
        "score",
        "--company",
        "Acme Robotics",
        "--role",
        "inside sales",
        "--target",
        "product analytics",
        "--line",
        "So, do you have any questions for us?",
        ANSWER,
        cwd=tmp_path,
        env=env,
        stdout=asyncio.subprocess.PIPE,
        stderr=asyncio.subprocess.PIPE,
    )
    out, err = await proc.communicate()
    return proc.returncode or 0, out.decode(), err.decode(), time.monotonic()


async def test_score_names_the_model_judge_when_it_scored(tmp_path: Path, fake: FakeOpenAI) -> None:
    fake.respond = cooperative
    env = cli_env(PIVOTBOT_LLM_BASE_URL=fake.base_url, PIVOTBOT_LLM_MODEL="fake-model")
    code, out, err, _ = await run_score(tmp_path, env)
    assert code == 0, err
    result = json.loads(out)
    assert result["judge"] == "model" and "fallback" not in result
    assert list(result)[:5] == ["total", "elements", "red_flags", "band", "missing"]
    assert all(result["elements"][e] == 2 for e in QUOTES)


async def test_score_without_a_model_names_the_rules_judge(tmp_path: Path) -> None:
    code, out, err, _ = await run_score(tmp_path, cli_env())
    assert code == 0, err
    result = json.loads(out)
    assert result["judge"] == "rules" and "fallback" not in result


async def test_score_falls_back_to_the_rules_within_the_timeout_plus_a_second(
    tmp_path: Path, fake: FakeOpenAI
) -> None:
    fake.script(stall(30))
    timeout = 2
    env = cli_env(
        PIVOTBOT_LLM_BASE_URL=fake.base_url,
        PIVOTBOT_LLM_MODEL="fake-model",
        PIVOTBOT_LLM_TIMEOUT=str(timeout),
    )
    started = time.monotonic()
    code, out, err, ended = await run_score(tmp_path, env)
    assert code == 0, err
    result = json.loads(out)
    assert result["judge"] == "rules" and result["fallback"] == "timeout"
    rules = score(
        ANSWER,
        Context(
            company="Acme Robotics",
            role="inside sales",
            target="product analytics",
            last_line="So, do you have any questions for us?",
        ),
    )
    assert result["total"] == rules.total and result["elements"] == rules.elements
    # Measured from the moment the request reached the server to the process's exit, so the
    # interpreter's start-up on a busy machine does not count against the contract.
    (call,) = fake.calls
    waited = ended - call.at
    assert waited < timeout + 1, f"waited {waited:.2f}s for a {timeout}s timeout"
    assert ended - started < 30  # and the 30-second stall was never waited out


async def test_score_with_a_malformed_timeout_fails_with_one_line(tmp_path: Path) -> None:
    env = cli_env(
        PIVOTBOT_LLM_BASE_URL="http://127.0.0.1:9/v1",
        PIVOTBOT_LLM_MODEL="m",
        PIVOTBOT_LLM_TIMEOUT="-1",
    )
    code, out, err, _ = await run_score(tmp_path, env)
    assert code == 2 and out == ""
    assert err.strip().startswith("pivotbot: PIVOTBOT_LLM_TIMEOUT must be")
    assert len(err.strip().splitlines()) == 1


LABELLED = {
    "scenarios": {
        "acme": {
            "company": "Acme Robotics",
            "role": "inside sales",
            "target": "product analytics",
            "draws": "the grid-forecasting launch",
            "evidence": "a usage dashboard my team used for renewals",
        }
    },
    "items": [
        {
            "id": "acme-strong",
            "scenario": "acme",
            "last_line": "So, do you have any questions for us?",
            "text": ANSWER,
            "label": 16,
            "band": "ready",
        },
        {
            "id": "acme-short",
            "scenario": "acme",
            "last_line": "So, do you have any questions for us?",
            "text": "No, I think you've covered everything. Thanks.",
            "label": 2,
            "band": "restart",
        },
        {
            "id": "acme-leaving",
            "scenario": "acme",
            "last_line": "Tell me about a time you hit a sales target.",
            "text": "Honestly this role is beneath me, so let's wrap up early.",
            "label": 1,
            "band": "restart",
            "red_flags": ["disparaging", "leaving_early"],
        },
    ],
}


async def run_eval(tmp_path: Path, env: dict[str, str]) -> tuple[int, dict[str, Any], str]:
    """``pivotbot score --eval FILE --json`` on LABELLED, as a process."""
    labelled = tmp_path / "labelled.yaml"
    labelled.write_text(json.dumps(LABELLED), encoding="utf-8")  # JSON is YAML
    proc = await asyncio.create_subprocess_exec(
        *(sys.executable, "-m", "bot.cli", "score", "--eval", str(labelled), "--json"),
        cwd=tmp_path,
        env=env,
        stdout=asyncio.subprocess.PIPE,
        stderr=asyncio.subprocess.PIPE,
    )
    out, err = await proc.communicate()
    return proc.returncode or 0, json.loads(out) if out else {}, err.decode()


async def test_eval_uses_the_configured_model_judge_and_counts_its_fallbacks(
    tmp_path: Path, fake: FakeOpenAI
) -> None:
    # The model scores the first answer; the second gets an HTTP 500, the third prose.
    fake.script(ok(judgement()), status(500), ok("Sure! A strong answer."))
    env = cli_env(PIVOTBOT_LLM_BASE_URL=fake.base_url, PIVOTBOT_LLM_MODEL="fake-model")
    code, model, err = await run_eval(tmp_path, env)
    assert code == 0, err
    assert model["judge"] == "model" and model["items"] == 3
    assert model["fallbacks"] == {"http_error": 1, "malformed": 1}
    assert len(fake.calls) == 3 and all(is_judge(call) for call in fake.calls)
    # The answers go to the model, and nowhere into the figures: items are named by id.
    assert "grid-forecasting" not in json.dumps(model)
    code, rules, err = await run_eval(tmp_path, cli_env())
    assert code == 0, err
    assert rules["judge"] == "rules" and "fallbacks" not in rules
    assert len(fake.calls) == 3  # the rules judge asks no model


async def test_eval_with_a_failing_model_gives_the_rules_figures(
    tmp_path: Path, fake: FakeOpenAI
) -> None:
    fake.script(status(500), status(429), ok(""))
    env = cli_env(PIVOTBOT_LLM_BASE_URL=fake.base_url, PIVOTBOT_LLM_MODEL="fake-model")
    code, model, err = await run_eval(tmp_path, env)
    assert code == 0, err
    code, rules, err = await run_eval(tmp_path, cli_env())
    assert code == 0, err
    assert model.pop("judge") == "model" and rules.pop("judge") == "rules"
    assert model.pop("fallbacks") == {"empty": 1, "http_error": 1, "rate_limited": 1}
    assert model == rules


# -- rehearsal through the engine ------------------------------------------------------------------


async def test_a_rehearsal_round_uses_the_models_score_and_its_interviewer_line(
    tmp_path: Path, fake: FakeOpenAI
) -> None:
    fake.respond = cooperative
    engine = open_engine(tmp_path, model_config(fake))
    try:
        chat = Chat(engine, user="ann")
        await to_first_line(chat)
        ctx = rehearsal_context(engine, chat)
        feedback = await chat.say(ANSWER)
        assert chat.state == "rehearse.feedback"
        expected = 14 + score(ANSWER, ctx).elements["E8"]
        assert feedback.startswith(f"{expected}/16")
        (attempt,) = engine.store.records("attempts", chat.key)
        assert attempt["total"] == expected
        session = engine.store.load(chat.key)
        assert session is not None and session.data["rh"]["judge"] == "model"
        assert sorted(is_judge(c) for c in fake.calls) == [False, True]  # both, at once
        nxt = await chat.send(choice="next")
        assert chat.state == "rehearse.turn"
        assert MODEL_LINE in "\n".join(to_plain(r.text) for r in nxt)
    finally:
        engine.close()


async def test_when_the_model_fails_the_round_is_exactly_the_rules_round(
    tmp_path: Path, fake: FakeOpenAI
) -> None:
    fake.respond = lambda call: status(500)
    transcripts = []
    for name, config in (("rules.db", None), ("model.db", model_config(fake, timeout=2.0))):
        engine = open_engine(tmp_path, config, name)
        try:
            chat = Chat(engine, user="ann")
            said = [await to_first_line(chat)]
            said.append(await chat.say(ANSWER))
            said.append("\n".join(to_plain(r.text) for r in await chat.send(choice="next")))
            said.append(
                await chat.say("Yes please, who leads that team? May I email you next week?")
            )
            session = engine.store.load(chat.key)
            assert session is not None
            transcripts.append(
                (said, [a["total"] for a in engine.store.records("attempts", chat.key)])
            )
            if config is not None:
                assert session.data["rh"]["judge"] == "rules"
        finally:
            engine.close()
    assert transcripts[0] == transcripts[1]
    assert len(fake.calls) == 4  # judge and interviewer for each answer, all failed


async def test_the_model_call_runs_outside_the_transaction_and_blocks_nobody_else(
    tmp_path: Path, fake: FakeOpenAI
) -> None:
    fake.respond = lambda call: stall(30)
    engine = open_engine(tmp_path, model_config(fake, timeout=2.0))
    try:
        ann, bob = Chat(engine, user="ann"), Chat(engine, user="bob")
        await to_first_line(ann)
        answering = asyncio.create_task(ann.say(ANSWER))
        while not fake.calls:  # until ann's answer is with the model
            await asyncio.sleep(0.01)
        store = engine.store
        assert isinstance(store, SqliteStore)
        assert not store.conn.in_transaction  # nothing held across the network call
        started = time.monotonic()
        assert "networking" in (await bob.say("/start")).lower()
        assert time.monotonic() - started < 1.0  # bob did not wait for ann's model
        assert not answering.done()
        feedback = await answering
        assert ann.state == "rehearse.feedback" and "/16" in feedback
        session = engine.store.load(ann.key)
        assert session is not None and session.data["rh"]["judge"] == "rules"
    finally:
        engine.close()


async def test_the_request_carries_no_more_than_the_answer_the_line_and_the_context(
    tmp_path: Path, fake: FakeOpenAI
) -> None:
    fake.respond = cooperative
    engine = open_engine(tmp_path, model_config(fake, key="sk-secret-xyz"))
    try:
        chat = Chat(engine, user="zed-7781")
        engine.store.add(
            "contacts",
            chat.key,
            {"name": "Priya Raman", "organisation": "Acme Robotics", "notes": "met at the fair"},
            engine.clock.now(),
        )
        await to_first_line(chat)
        first = "Thanks! Honestly I'd rather work in analytics; could you point me to someone?"
        await chat.say(first)
        await chat.send(choice="retry")
        fake.calls.clear()
        await chat.say(ANSWER)
        assert len(fake.calls) == 2
        for call in fake.calls:
            raw = json.dumps(call.body)
            for private in ("zed-7781", "console", "Priya Raman", "met at the fair", first[:40]):
                assert private not in raw
            sent = call.user
            assert sent["answer"] == ANSWER
            assert set(sent["context"]) == {
                "company",
                "role",
                "better_fit",
                "what_draws_them",
                "their_proof",
            }
            assert call.headers["Authorization"] == "Bearer sk-secret-xyz"
    finally:
        engine.close()


async def test_help_and_mydata_say_where_answers_go_only_when_a_model_is_configured(
    tmp_path: Path, fake: FakeOpenAI
) -> None:
    for config, told in ((None, False), (model_config(fake, key="sk-secret-xyz"), True)):
        engine = open_engine(tmp_path, config, f"{told}.db")
        try:
            chat = Chat(engine, user="ann")
            await chat.say("/start")
            for command in ("/help", "/mydata"):
                text = await chat.say(command)
                assert ("language model" in text) is told, command
                assert (f"127.0.0.1:{fake.port}" in text) is told, command
                assert "sk-secret-xyz" not in text and "/v1" not in text
        finally:
            engine.close()


def test_the_sdk_is_imported_only_in_its_adapter_and_only_when_configured(tmp_path: Path) -> None:
    root = Path(__file__).resolve().parents[2]
    for folder in ("bot", "flows"):
        for path in (root / folder).rglob("*.py"):
            imports = re.findall(
                r"^\s*(?:from|import) (\w+)", path.read_text(encoding="utf-8"), re.M
            )
            assert "openai" not in imports, path
            # The composition root (bot/app.py) imports adapters by name, when asked for.
            assert "adapters" not in imports, path
    code = (
        "import sys, bot.engine, bot.app, bot.cli, flows.pivot;"
        f"bot.app.make_engine({str(tmp_path / 'x.db')!r}).close();"
        "print([m for m in ('openai', 'adapters.llm') if m in sys.modules])"
    )
    out = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, cwd=tmp_path, check=True
    )
    assert out.stdout.strip() == "[]"


# -- the composition root ----------------------------------------------------------------------


def test_make_engine_hands_the_model_to_the_flow_only_when_configured(tmp_path: Path) -> None:
    config = Config(llm_base_url="http://127.0.0.1:9/v1", llm_model="m", llm_timeout=3.0)
    options = app.model_options(config)
    assert options["model_host"] == "127.0.0.1:9" and options["timeout"] == 3.0
    assert type(options["model"]).__module__ == "adapters.llm"
    assert app.model_options(None) == {} and app.model_options(Config()) == {}
    engine = make_engine(tmp_path / "m.db", config=config)
    try:
        assert engine.flow.prepares == {"rehearse.turn"}
    finally:
        engine.close()


def test_a_flow_that_takes_no_model_says_so_in_one_line(tmp_path: Path) -> None:
    config = Config(llm_base_url="http://127.0.0.1:9/v1", llm_model="m")
    assert app.load_flow("tests.bot.test_engine:echo_flow").name == "echo"
    with pytest.raises(FlowError, match=r"^flow 'tests.bot.test_engine:echo_flow' takes no model"):
        make_engine(tmp_path / "e.db", flow="tests.bot.test_engine:echo_flow", config=config)


def test_a_configured_model_without_the_llm_extra_stops_with_one_line(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setitem(sys.modules, "openai", None)  # as if never installed
    config = Config(llm_base_url="http://127.0.0.1:9/v1", llm_model="m")
    line = "Language model support (PIVOTBOT_LLM_*) is not installed: pip install 'pivotbot[llm]'"
    with pytest.raises(MissingExtra) as raised:
        make_engine(tmp_path / "x.db", config=config)
    assert str(raised.value) == line
    code = (
        "import sys; sys.modules['openai'] = None\nfrom bot.cli import main; main(['score', 'Hi'])"
    )
    out = subprocess.run(
        [sys.executable, "-c", code],
        capture_output=True,
        text=True,
        cwd=tmp_path,
        env=cli_env(
            PIVOTBOT_LLM_BASE_URL="http://127.0.0.1:9/v1",
            PIVOTBOT_LLM_MODEL="m",
            PYTHONPATH=str(Path(__file__).resolve().parents[2]),
        ),
    )
    assert (out.returncode, out.stderr.strip(), out.stdout) == (2, f"pivotbot: {line}", "")


async def test_a_recital_of_an_earlier_answer_is_never_ready_with_the_model_judge(
    tmp_path: Path, fake: FakeOpenAI
) -> None:
    # The model awards 2 points for every element, each on a quote the answer really contains:
    # the same answer pasted to a different line is still a canned recital, as with the rules.
    fake.respond = cooperative
    engine = open_engine(tmp_path, model_config(fake))
    try:
        chat = Chat(engine, user="ann")
        await to_first_line(chat)
        first = await chat.say(ANSWER)
        assert re.match(r"1[4-6]/16 · Ready", first), first
        await chat.send(choice="next")
        assert chat.state == "rehearse.turn"
        again = await chat.say(ANSWER)  # word for word, to "Who in particular ...?"
        assert chat.state == "rehearse.feedback"
        assert "Ready" not in again, again
        assert "It repeats what you said earlier" in again, again
        first_attempt, second = engine.store.records("attempts", chat.key)
        assert first_attempt["total"] >= 14
        assert second["total"] <= 5
        assert "ignores_interviewer" in second["red_flags"]
        session = engine.store.load(chat.key)
        assert session is not None and session.data["rh"]["judge"] == "model"
    finally:
        engine.close()


def generous(call: Call) -> dict[str, Any]:
    """A model that awards 2 points to every element, quoting each sentence of whatever answer
    it is sent (the checks keep, per element, the quotes that fit it): all quotes are real."""
    if not is_judge(call):
        return ok({"kind": "who_particular", "line": MODEL_LINE})
    sentences = [s for s in re.split(r"(?<=[.!?])\s+", call.user["answer"]) if s.strip()]
    return ok(
        {
            "elements": [
                {"id": e, "points": 2, "quote": s.rstrip(".")} for e in QUOTES for s in sentences
            ],
            "red_flags": [],
        }
    )


async def test_the_stronger_version_pasted_to_a_new_line_is_never_ready_with_the_model_judge(
    tmp_path: Path, fake: FakeOpenAI
) -> None:
    fake.respond = generous
    engine = open_engine(tmp_path, model_config(fake))
    try:
        chat = Chat(engine, user="ann")
        await to_first_line(chat)
        await chat.say("Thank you. Is there someone in product analytics I could talk to?")
        shown = await chat.send(choice="stronger")
        version = (
            next(to_plain(r.text) for r in shown if "A stronger version" in to_plain(r.text))
            .split("\n", 1)[1]
            .strip("_ \n")
        )
        await chat.send(choice="next")
        assert chat.state == "rehearse.turn"
        pasted = await chat.say(version)  # the version shown, to "Who in particular ...?"
        assert chat.state == "rehearse.feedback"
        assert "Ready" not in pasted, pasted
        *_, last = engine.store.records("attempts", chat.key)
        assert last["total"] <= 5
        assert "ignores_interviewer" in last["red_flags"]
        session = engine.store.load(chat.key)
        assert session is not None and session.data["rh"]["judge"] == "model"
    finally:
        engine.close()
