"""At most once across crashes: a filing process is killed (SIGKILL) at each step, then
run again; the SMTP server never holds two copies of a letter, and no request is lost
from view (each is filed, or send_unconfirmed for the user to settle).

The crash points are injected by tests/kit/crashhook/sitecustomize.py into the child
process only; production code has no crash hook."""
from __future__ import annotations

import os
import signal
import subprocess
import sys
from collections import Counter
from pathlib import Path

import pytest

from prr.db.events import events_for
from prr.db.requests import get_request
from prr.requests.filing import draft_request

CRASHHOOK = Path(__file__).resolve().parents[1] / "kit" / "crashhook"


def child_env(prr_env, smtp_url: str, crash_at: str | None = None) -> dict:
    env = {k: v for k, v in os.environ.items() if not k.startswith("PRR_")}
    env.update(PRR_HOME=str(prr_env.home), PRR_REGISTRY=str(prr_env.registry_dir), PRR_SMTP_URL=smtp_url,
               PRR_REQUESTER_NAME="Dana Reporter", PRR_REQUESTER_EMAIL="dana@example.org")
    if crash_at:
        env["PRR_TEST_CRASH_AT"] = crash_at
        env["PYTHONPATH"] = os.pathsep.join([str(CRASHHOOK), env.get("PYTHONPATH", "")])
    return env


def prr_cli(prr_env, smtp_url: str, *args: str, crash_at: str | None = None, timeout: float = 120):
    return subprocess.run([sys.executable, "-m", "prr", *args], env=child_env(prr_env, smtp_url, crash_at),
                          capture_output=True, text=True, timeout=timeout)


def _run_file_all(prr_env, smtp_sink, crash_at: str | None):
    return prr_cli(prr_env, smtp_sink.url, "request", "file", "--all", crash_at=crash_at)


# step -> (state the victim is left in, its state after a clean rerun, copies at the server after the
# rerun, what reconciliation found)
STEPS = {
    "before_send": ("filing", "filed", 1, [False]),          # never started: sent by the rerun
    "intent_written": ("filing", "send_unconfirmed", 0, [False]),   # nobody knows: not sent again
    "after_250": ("filing", "send_unconfirmed", 1, [False]),        # it arrived; prr cannot know
    "after_send": ("filing", "filed", 1, [True]),            # the journal has the 250
    "after_record": ("filed", "filed", 1, []),
}


@pytest.mark.parametrize("step", list(STEPS))
def test_killed_filing_is_never_sent_twice(step, conn, prr_env, smtp_sink, incident_params):
    left, settled, copies, found = STEPS[step]
    ids = [draft_request(conn, slug, "incident-logs", dict(incident_params, incident=f"incident {slug}"))
           for slug in ("oxnard", "mission-viejo")]
    ids.append(draft_request(conn, "oxnard", "incident-logs",
                             dict(incident_params, incident="a second incident", start="2026-05-01",
                                  end="2026-05-31")))
    crashed = _run_file_all(prr_env, smtp_sink, f"{step}:2")      # dies on the second request
    assert crashed.returncode == -signal.SIGKILL, crashed.stderr
    victim = ids[1]
    assert get_request(conn, victim)["status"] == left
    assert get_request(conn, ids[2])["status"] == "draft"

    rerun = _run_file_all(prr_env, smtp_sink, None)
    assert rerun.returncode == (0 if settled == "filed" else 1), rerun.stdout + rerun.stderr

    tokens = Counter(m.message["X-PRR-Token"] for m in smtp_sink.received)
    token = get_request(conn, victim)["token"]
    assert tokens[token] == copies and max(tokens.values()) == 1
    assert get_request(conn, victim)["status"] == settled
    for i in (ids[0], ids[2]):
        assert get_request(conn, i)["status"] == "filed" and tokens[get_request(conn, i)["token"]] == 1
    reconciled = [e["detail"]["found"] for e in events_for(conn, victim) if e["kind"] == "filing_reconciled"]
    assert reconciled == found
    if settled == "send_unconfirmed":
        assert "prr request resend" in rerun.stderr
        # `--all` again: nothing to file, and the unknown send is still not re-sent
        again = _run_file_all(prr_env, smtp_sink, None)
        assert again.returncode == 1 and "not re-sent" in again.stderr
        assert Counter(m.message["X-PRR-Token"] for m in smtp_sink.received)[token] == copies
        # the user settles it: it arrived (sent) or it did not (resend)
        if copies:
            out = prr_cli(prr_env, smtp_sink.url, "request", "sent", str(victim))
        else:
            out = prr_cli(prr_env, smtp_sink.url, "request", "resend", str(victim))
        assert out.returncode == 0, out.stdout + out.stderr
        assert get_request(conn, victim)["status"] == "filed"
        assert Counter(m.message["X-PRR-Token"] for m in smtp_sink.received)[token] == 1
    assert [e["kind"] for e in events_for(conn, victim)].count("filed") == 1
    msgs = [m.message for m in smtp_sink.received if m.message["X-PRR-Token"] == token]
    assert [m["Message-ID"] for m in msgs] == [get_request(conn, victim)["message_id"]]


def test_a_live_filing_is_not_reconciled_under_it(conn, prr_env, incident_params):
    """A request in `filing` whose process is still running is left alone."""
    import socket

    from prr.db.events import add_event
    from prr.db.requests import set_status
    from prr.requests.filing import FilingError, file_request

    rid = draft_request(conn, "oxnard", "incident-logs", incident_params)
    sleeper = subprocess.Popen([sys.executable, "-c", "import time; time.sleep(30)"])
    try:
        set_status(conn, rid, "filing", expect=("draft",))
        add_event(conn, "filing_started", request_id=rid, channel="outbox", message_id="<x@example.org>",
                  pid=sleeper.pid, host=socket.gethostname())
        with pytest.raises(FilingError, match="being filed by another run"):
            file_request(conn, rid)
    finally:
        sleeper.kill()
        sleeper.wait()
    receipt = file_request(conn, rid)      # its process is gone: reconciled, then written to the outbox
    assert receipt.status == "ready_to_send" and get_request(conn, rid)["status"] == "ready_to_send"


def test_imap_sent_folder_is_evidence_when_the_journal_has_none(conn, prr_env, smtp_sink, incident_params,
                                                                monkeypatch):
    """A filing interrupted before the journal was written, whose letter is in the IMAP Sent
    folder (the mail provider kept a copy), is recorded as filed, not sent again."""
    import socket

    from mailservers import Dovecot

    from prr.channels.mail import build_message, new_message_id
    from prr.core.settings import get_settings
    from prr.db.events import add_event
    from prr.db.requests import set_status, update_request
    from prr.requests.filing import file_request

    rid = draft_request(conn, "oxnard", "incident-logs", incident_params)
    r = get_request(conn, rid)
    mid = new_message_id(r["token"], "dana@example.org")
    with Dovecot() as imap:
        user, password = imap.new_user()
        monkeypatch.setenv("PRR_SMTP_URL", smtp_sink.url)
        monkeypatch.setenv("PRR_IMAP_URL", imap.url(user, password, tls=False))
        set_status(conn, rid, "filing", expect=("draft",))
        update_request(conn, rid, channel="smtp", message_id=mid, recipient="cityclerk@oxnard.org")
        add_event(conn, "filing_started", request_id=rid, channel="smtp", message_id=mid, to="cityclerk@oxnard.org",
                  pid=999_999_999, host=socket.gethostname())
        sent_copy = build_message(from_name="Dana Reporter", from_addr="dana@example.org", to="cityclerk@oxnard.org",
                                  subject=r["subject"], body=r["body"], token=r["token"], message_id=mid)
        imap.append(user, password, [sent_copy.as_bytes()], folder="Sent")
        receipt = file_request(conn, rid, settings=get_settings())
    assert receipt.detail["evidence"] == "IMAP Sent folder"
    assert smtp_sink.received == []
    assert get_request(conn, rid)["status"] == "filed"
    (rec,) = [e["detail"] for e in events_for(conn, rid) if e["kind"] == "filing_reconciled"]
    assert rec["found"] is True and rec["how"] == "IMAP Sent folder"
