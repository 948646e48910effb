"""`prr doctor` against real local servers: aiosmtpd (EHLO and login) and dovecot (greeting,
STARTTLS, login); a broken piece makes it exit non-zero and say what to do."""
from __future__ import annotations

import json

import pytest
from mailservers import Dovecot, free_port
from typer.testing import CliRunner

from prr.cli import app
from prr.demo.localservers import SmtpSink
from prr.workflows.doctor import check_tools, run_checks


def _doctor():
    r = CliRunner().invoke(app, ["doctor", "--json"], terminal_width=200)
    return r.exit_code, {c["name"]: c for c in json.loads(r.stdout)["checks"]}


@pytest.fixture(scope="module")
def dovecot():
    with Dovecot(users=2) as d:
        yield d


def test_ready_home_with_reachable_servers(prr_env, conn, dovecot, monkeypatch):
    user, password = dovecot.new_user()
    with SmtpSink(auth=("dana", "smtp-pw")) as sink:
        monkeypatch.setenv("PRR_SMTP_URL", f"smtp://dana:smtp-pw@127.0.0.1:{sink.port}")
        monkeypatch.setenv("PRR_IMAP_URL", dovecot.url(user, password, cafile=str(dovecot.cafile)))
        monkeypatch.setenv("PRR_REQUESTER_PHONE", "(805) 385-7803")
        monkeypatch.setenv("PRR_REQUESTER_ADDRESS", "1 Main St, Oxnard, CA 93030")
        code, checks = _doctor()
    assert checks["smtp"]["status"] == "ok" and "EHLO ok" in checks["smtp"]["detail"]
    assert "login ok" in checks["smtp"]["detail"] and "smtp-pw" not in checks["smtp"]["detail"]
    assert checks["imap"]["status"] == "ok" and "login ok" in checks["imap"]["detail"]
    assert checks["database"]["status"] == "ok" and "migrated" in checks["database"]["detail"]
    assert checks["registry"]["status"] == "ok" and checks["requester profile"]["status"] == "ok"
    assert checks["home"]["detail"].startswith(str(prr_env.home))
    needed_tools_ok = all(c["status"] == "ok" for c in checks.values() if c["name"].startswith("poppler"))
    assert code == (0 if needed_tools_ok else 1)


def test_imaps_greeting(prr_env, dovecot, monkeypatch):
    from prr.workflows.doctor import imap_reachable

    user, password = dovecot.new_user()
    assert "login ok" in imap_reachable(dovecot.url(user, password, tls=True, cafile=str(dovecot.cafile)))


@pytest.mark.parametrize("what", ["smtp-closed-port", "smtp-wrong-password", "imap-closed-port"])
def test_unreachable_or_refused_server_fails(prr_env, conn, monkeypatch, what):
    with SmtpSink(auth=("dana", "smtp-pw")) as sink:
        if what == "smtp-closed-port":
            monkeypatch.setenv("PRR_SMTP_URL", f"smtp://127.0.0.1:{free_port()}")
        elif what == "smtp-wrong-password":
            monkeypatch.setenv("PRR_SMTP_URL", f"smtp://dana:wrong@127.0.0.1:{sink.port}")
        else:
            monkeypatch.setenv("PRR_IMAP_URL", f"imap://u1:pw@127.0.0.1:{free_port()}/INBOX")
        code, checks = _doctor()
    check = checks[what.split("-")[0]]
    assert code == 1
    assert check["status"] == "fail" and check["fix"]
    assert "wrong" not in check["detail"]          # the password is masked


def test_fresh_home_says_what_to_do(prr_env, monkeypatch):
    for k in ("PRR_REQUESTER_NAME", "PRR_REQUESTER_EMAIL"):
        monkeypatch.delenv(k)
    code, checks = _doctor()
    assert code == 1                                   # the placeholder identity is broken, not a warning
    assert checks["requester profile"]["status"] == "fail" and "prr setup" in checks["requester profile"]["fix"]
    assert checks["database"]["status"] == "warn" and "prr init" in checks["database"]["fix"]
    assert not prr_env.db_path.exists()                # doctor only looks
    assert checks["smtp"]["status"] == "warn" and checks["imap"]["status"] == "warn"
    assert checks["settings file"]["status"] == "warn"


def test_broken_registry_file_fails(prr_env, conn, registry_dir):
    (registry_dir / "ca" / "typo.yaml").write_text("slug: typo\nname: Typo\nchanel: smtp\n")
    code, checks = _doctor()
    assert code == 1 and checks["registry"]["status"] == "fail" and "typo.yaml" in checks["registry"]["detail"]


def test_missing_tools():
    checks = {c.name: c for c in check_tools(which=lambda exe: None)}
    assert checks["poppler (pdftotext)"].status == "fail" and "poppler-utils" in checks["poppler (pdftotext)"].fix
    assert checks["tesseract"].status == "warn" and checks["chromium"].status == "warn"
    assert all(c.status == "ok" for c in check_tools(which=lambda exe: f"/usr/bin/{exe}"))


def test_checks_are_plain_data(prr_env):
    assert {c.status for c in run_checks()} <= {"ok", "warn", "fail"}
