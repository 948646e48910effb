"""Letter templates: every kind renders with the right law, nothing unsafe gets through."""
from __future__ import annotations

import pytest
from filing_helpers import load_cases

from prr.requests.letters import (
    HeaderInjectionError,
    LetterError,
    discover_templates,
    get_template,
    parse_template,
    render,
    render_letter,
    template_problems,
)

CITY = {"slug": "oxnard", "name": "Oxnard", "county": "Ventura"}
FILED = {"id": 7, "token": "PRR-7K3M9QXD", "subject": "California Public Records Act request [PRR-7K3M9QXD]",
         "body": "To the City Clerk ... the original letter.", "filed_on": "2026-03-02", "received_on": "2026-03-02",
         "due_on": "2026-03-12", "tracking_numbers": ["23-145"], "followups": 2}
LETTERS = load_cases("letters.yaml")


@pytest.mark.parametrize("case", LETTERS, ids=[c["id"] for c in LETTERS])
def test_letter_says_what_the_law_requires(case, prr_env):
    letter = render_letter(case["kind"], case["params"], city=CITY, profile=prr_env.profile,
                           request=FILED if case.get("about_request") else None, token="PRR-7K3M9QXD")
    for text in case["subject_contains"]:
        assert text in letter.subject
    for text in case["must_contain"]:
        assert text in letter.body, f"{case['kind']} letter lacks {text!r}"
    lowered = letter.body.lower()
    for text in case["must_not_contain"]:
        assert text.lower() not in lowered, f"{case['kind']} letter says {text!r}"
    assert "\n" not in letter.subject


def test_every_builtin_kind_is_covered_and_request_kinds_cite_the_act():
    templates = discover_templates()
    assert set(templates) == {c["kind"] for c in LETTERS}
    for t in templates.values():
        if t.meta.cpra_request:
            for cite in ("7920.000", "7922.570", "7922.535", "7922.600", "7922.530"):
                assert cite in t.source, (t.meta.kind, cite)
    assert templates["escalation"].meta.requires_overdue
    assert templates["escalation"].meta.recipient == "attorney_email"
    assert templates["breach-report"].meta.recipient == "it_email"


def test_missing_and_mistyped_parameters_are_explained(prr_env):
    with pytest.raises(LetterError, match="needs parameter 'incident'"):
        render_letter("incident-logs", {"start": "2026-01-01", "end": "2026-01-31"}, city=CITY)
    with pytest.raises(LetterError, match="expected a date like 2026-03-31, got 'last week'"):
        render_letter("incident-logs", {"incident": "x", "start": "last week", "end": "2026-01-31"}, city=CITY)
    with pytest.raises(LetterError, match="end .* is before start"):
        render_letter("incident-logs", {"incident": "x", "start": "2026-02-01", "end": "2026-01-31"}, city=CITY)
    with pytest.raises(LetterError, match="has no parameter colour"):
        render_letter("incident-logs", {"incident": "x", "start": "2026-01-01", "end": "2026-01-31",
                                        "colour": "red"}, city=CITY)
    with pytest.raises(LetterError, match="about an existing request"):
        render_letter("follow-up", {}, city=CITY)


INJECTIONS = load_cases("injection.yaml")


@pytest.mark.parametrize("case", INJECTIONS, ids=[c["id"] for c in INJECTIONS])
def test_header_injection_is_refused(case, prr_env, monkeypatch):
    from prr.core.settings import get_settings

    params = {"incident": "the attack", "start": "2026-01-01", "end": "2026-01-31"}
    if case["where"] == "param":
        params[case["field"]] = case["value"]
    else:
        monkeypatch.setenv(case["field"], case["value"])
    with pytest.raises(HeaderInjectionError):
        render_letter("incident-logs", params, city=CITY, profile=get_settings().profile, token="PRR-7K3M9QXD")


def test_text_parameters_may_span_lines_but_never_reach_the_subject(prr_env):
    letter = render_letter("clarification-reply", {"answer": "Line one.\r\nLine two."}, city=CITY, request=FILED)
    assert "Line one.\nLine two." in letter.body
    tpl = parse_template("---\nkind: x\ntitle: X\nsubject: 'About {{ answer }}'\nparams:\n  answer: {type: text}\n---\nhi\n")
    with pytest.raises(HeaderInjectionError, match="rendered subject"):
        render(tpl, {"answer": "a\nBcc: x@example.com"}, city=CITY)


SANDBOX = load_cases("sandbox.yaml")


@pytest.mark.parametrize("case", SANDBOX, ids=[c["id"] for c in SANDBOX])
def test_templates_cannot_reach_python_internals(case, prr_env):
    tpl = parse_template(f"---\nkind: evil\ntitle: Evil\nsubject: Hi\n---\n{case['source']}\n")
    with pytest.raises(LetterError):
        render(tpl, {}, city=CITY, request=FILED)


def test_user_folder_overrides_builtin_kind_and_adds_new_ones(prr_env, tmp_path, monkeypatch):
    from prr.core.settings import get_settings

    mine = tmp_path / "my-templates"
    mine.mkdir()
    (mine / "incident-logs.txt.j2").write_text(
        "---\nkind: incident-logs\ntitle: Mine\nstandalone: true\nsubject: 'My request about {{ incident }}'\n"
        "params:\n  incident: {type: str}\n---\nDear Clerk of {{ city.name }}, {{ incident }}.\n", encoding="utf-8")
    (mine / "police-logs.txt.j2").write_text(
        "---\nkind: police-logs\ntitle: Police logs\nstandalone: true\nsubject: 'Police logs'\n"
        "params:\n  month: {type: str}\n---\nLogs for {{ month }}.\n", encoding="utf-8")
    monkeypatch.setenv("PRR_TEMPLATES", str(mine))
    dirs = get_settings().templates_dirs
    templates = discover_templates(dirs)
    assert templates["incident-logs"].meta.title == "Mine"
    assert "police-logs" in templates and "follow-up" in templates   # built-ins still there
    letter = render_letter("incident-logs", {"incident": "the outage"}, city=CITY, dirs=dirs)
    assert letter.subject == "My request about the outage"
    assert letter.body == "Dear Clerk of Oxnard, the outage.\n"


def test_broken_front_matter_names_the_file(tmp_path):
    bad = tmp_path / "bad.txt.j2"
    bad.write_text("---\nkind: bad\ntitle: Bad\n---\nbody", encoding="utf-8")
    assert discover_templates([tmp_path]) == {}          # one bad file does not stop discovery
    assert "bad.txt.j2: front matter needs 'subject'" in template_problems([tmp_path])[str(bad)]
    with pytest.raises(LetterError, match=r"bad.txt.j2: front matter needs 'subject'"):
        get_template("bad", [tmp_path])
