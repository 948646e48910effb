"""Exactly once across crashes: a filing process is killed (SIGKILL) at each step, then
run again; the SMTP server must hold exactly one message per request, none lost."""
from __future__ import annotations

import os
import signal
import subprocess
import sys
from collections import Counter

import pytest

from prr.db.events import events_for
from prr.db.requests import get_request
from prr.requests.filing import draft_request


def _run_file_all(prr_env, smtp_sink, crash_at: str | None):
    env = {k: v for k, v in os.environ.items() if not k.startswith("PRR_")}
    env.update(PRR_HOME=str(prr_env.home), PRR_REGISTRY=str(prr_env.registry_dir), PRR_SMTP_URL=smtp_sink.url,
               PRR_REQUESTER_NAME="Dana Reporter", PRR_REQUESTER_EMAIL="dana@example.org")
    if crash_at:
        env["PRR_CRASH_AT"] = crash_at
    return subprocess.run([sys.executable, "-m", "prr", "request", "file", "--all", "--channel", "smtp"],
                          env=env, capture_output=True, text=True, timeout=120)


@pytest.mark.parametrize("step,evidence", [("before_send", False), ("after_send", True), ("after_record", None)])
def test_killed_filing_is_reconciled_not_resent(step, evidence, conn, prr_env, smtp_sink, incident_params):
    ids = [draft_request(conn, slug, "incident-logs", dict(incident_params, incident=f"incident {slug}"))
           for slug in ("oxnard", "mission-viejo")]
    ids.append(draft_request(conn, "oxnard", "incident-logs",
                             dict(incident_params, incident="a second incident", start="2026-05-01",
                                  end="2026-05-31")))
    crashed = _run_file_all(prr_env, smtp_sink, f"{step}:2")      # dies on the second request
    assert crashed.returncode == -signal.SIGKILL, crashed.stderr
    victim = ids[1]
    expected_state = {"before_send": "filing", "after_send": "filing", "after_record": "filed"}[step]
    assert get_request(conn, victim)["status"] == expected_state
    assert get_request(conn, ids[2])["status"] == "draft"

    rerun = _run_file_all(prr_env, smtp_sink, None)
    assert rerun.returncode == 0, rerun.stdout + rerun.stderr

    tokens = Counter(m.message["X-PRR-Token"] for m in smtp_sink.received)
    assert tokens == Counter({get_request(conn, i)["token"]: 1 for i in ids})
    for i in ids:
        r = get_request(conn, i)
        assert r["status"] == "filed"
        assert [e["kind"] for e in events_for(conn, i)].count("filed") == 1
    reconciled = [e["detail"] for e in events_for(conn, victim) if e["kind"] == "filing_reconciled"]
    if evidence is None:
        assert reconciled == []
    else:
        assert [d["found"] for d in reconciled] == [evidence]
    (msg,) = [m.message for m in smtp_sink.received if m.message["X-PRR-Token"] == get_request(conn, victim)["token"]]
    assert msg["Message-ID"] == get_request(conn, victim)["message_id"]


def test_the_remaining_window_resends_with_the_same_message_id(conn, prr_env, smtp_sink, incident_params):
    """Killed between the server's 250 and the journal's fsync, the letter goes out twice;
    both copies carry one Message-ID, so mail clients and the reply matcher see one letter."""
    rid = draft_request(conn, "oxnard", "incident-logs", incident_params)
    assert _run_file_all(prr_env, smtp_sink, "after_250").returncode == -signal.SIGKILL
    assert _run_file_all(prr_env, smtp_sink, None).returncode == 0
    ids = {m.message["Message-ID"] for m in smtp_sink.received}
    assert len(smtp_sink.received) == 2 and ids == {get_request(conn, rid)["message_id"]}
    assert get_request(conn, rid)["status"] == "filed"


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
    receipt = file_request(conn, rid)      # its process is gone: reconciled, then filed
    assert receipt.status == "filed" and get_request(conn, rid)["status"] == "filed"


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
