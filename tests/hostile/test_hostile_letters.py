"""Generated hostile parameters and templates: a parameter never becomes a header, a
template never escapes its sandbox or its limits, and every refusal says why."""
from __future__ import annotations

import email
import email.policy
import time

import hostile_letters
import pytest

PARAMS = hostile_letters.parameter_values()
TEMPLATES = hostile_letters.template_sources()
FRONT = hostile_letters.front_matters()
EXPECTED = {"from", "to", "subject", "date", "message-id", "x-prr-token", "content-type",
            "content-transfer-encoding", "mime-version", "reply-to"}
BASE = {"start": "2026-01-01", "end": "2026-01-31"}


def _headers_ok(raw: bytes, *, reply_to: bool = False) -> None:
    msg = email.message_from_bytes(raw, policy=email.policy.default)
    names = [k.lower() for k in msg.keys()]
    assert set(names) <= EXPECTED and len(names) == len(set(names)), names
    assert ("reply-to" in names) == reply_to
    for name in msg.keys():
        value = str(msg[name])
        assert not any(c in value for c in hostile_letters.BREAKS), (name, value)
        assert "evil.example" not in value or name.lower() == "subject"


@pytest.mark.parametrize("case_id, value", PARAMS, ids=[f"{len(PARAMS)}-{c[0]}" for c in PARAMS])
def test_hostile_parameters(case_id, value, conn, prr_env, smtp_sink, monkeypatch, outside_the_store):
    from prr.requests.filing import FilingError, draft_request, file_batch

    monkeypatch.setenv("PRR_SMTP_URL", smtp_sink.url)
    try:
        rid = draft_request(conn, "oxnard", "incident-logs", dict(BASE, incident=value), channel="smtp")
    except FilingError as e:        # refused: the reason names the parameter (or the subject) and the danger
        why = str(e)
        assert ("incident" in why and ("line break" in why or "encoded word" in why)) or \
            ("subject" in why and "characters long" in why), why
        return
    (outcome,) = file_batch(conn, [rid])
    assert outcome.ok, outcome.error
    (received,) = smtp_sink.received
    assert received.rcpt_tos == ["cityclerk@oxnard.org"]
    _headers_ok(received.data)
    rid2 = draft_request(conn, "mission-viejo", "incident-logs", dict(BASE, incident=value), channel="outbox")
    (outcome,) = file_batch(conn, [rid2])
    assert outcome.ok, outcome.error
    _headers_ok(open(outcome.receipt.path, "rb").read())


def test_issue_example_through_the_cli(conn, prr_env, smtp_sink, monkeypatch):
    from typer.testing import CliRunner

    from prr.cli import app

    monkeypatch.setenv("PRR_SMTP_URL", smtp_sink.url)
    out = CliRunner().invoke(app, ["request", "new", "oxnard", "--kind", "incident-logs", "--channel", "smtp",
                                   "--param", "incident==?utf-8?q?=0D=0ABcc:_attacker@evil.example?=",
                                   "--param", "start=2026-01-01", "--param", "end=2026-01-31"])
    assert out.exit_code == 1 and "encoded word" in out.output, out.output
    assert conn.execute("SELECT count(*) FROM requests").fetchone()[0] == 0 and smtp_sink.received == []


def test_header_values_are_checked_after_decoding():
    from prr.channels.mail import build_message
    from prr.requests.letters import HeaderInjectionError

    with pytest.raises(HeaderInjectionError):
        build_message(from_name="=?utf-8?q?A=0D=0ABcc:_x@evil.example?=", from_addr="a@example.org",
                      to="c@example.gov", subject="s", body="b", token="PRR-7K3M9QXD", message_id="<m@x>")


def _template(source: str) -> str:
    return "---\nkind: hostile\ntitle: Hostile\nsubject: Records\n---\n" + source + "\n"


@pytest.mark.parametrize("case_id, source", TEMPLATES, ids=[f"{len(TEMPLATES)}-{c[0]}" for c in TEMPLATES])
def test_hostile_templates(case_id, source, prr_env, tight_limits, outside_the_store):
    from prr.requests.letters import LetterError, parse_template, render

    started = time.monotonic()
    with pytest.raises(LetterError) as info:
        render(parse_template(_template(source)), {}, city={"slug": "oxnard", "name": "Oxnard"},
               profile={"name": "Dana", "email": "dana@example.org"})
    assert time.monotonic() - started < 3, "a hostile template must fail fast"
    assert "template" in str(info.value) and len(str(info.value)) < 600


@pytest.mark.parametrize("case_id, text", FRONT, ids=[f"{len(FRONT)}-{c[0]}" for c in FRONT])
def test_hostile_template_files_leave_the_other_kinds_usable(case_id, text, tmp_path, monkeypatch, prr_env):
    from prr.requests.letters import LetterError, discover_templates, get_template, template_problems

    mine = tmp_path / "mine"
    mine.mkdir()
    (mine / "incident-logs.txt.j2").write_text(text, encoding="utf-8")      # overrides the built-in kind
    monkeypatch.setenv("PRR_TEMPLATES", str(mine))
    from prr.core.settings import get_settings

    dirs = get_settings().templates_dirs
    found = discover_templates(dirs)
    assert {"follow-up", "escalation", "breach-report"} <= set(found)
    problems = template_problems(dirs)
    assert list(problems) == [str(mine / "incident-logs.txt.j2")] and problems[str(mine / "incident-logs.txt.j2")]
    if "incident-logs" not in found:          # the built-in one is not silently used instead
        with pytest.raises(LetterError, match="cannot be used"):
            get_template("incident-logs", dirs)


def test_prr_request_kinds_warns_about_a_broken_template(tmp_path, monkeypatch, prr_env):
    from typer.testing import CliRunner

    from prr.cli import app

    mine = tmp_path / "mine"
    mine.mkdir()
    (mine / "bad.txt.j2").write_text("---\n- a\n---\n{{ [/b] }}", encoding="utf-8")
    monkeypatch.setenv("PRR_TEMPLATES", str(mine))
    out = CliRunner().invoke(app, ["request", "kinds"])
    assert out.exit_code == 0, out.output
    assert "skipped template" in out.output and "incident-logs" in out.output
