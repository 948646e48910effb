"""Unclear sends: the server stored the message (or not) but the client saw no 250.
Each becomes send_unconfirmed, is never re-sent by `prr request file --all`, and is
settled by the user (`prr request sent` / `prr request resend`)."""
from __future__ import annotations

import json

import pytest
from typer.testing import CliRunner

from prr.db.requests import get_request
from prr.requests.filing import FilingError, draft_request, file_request

# fault -> (copies stored by the server, how the user settles it)
FAULTS = {"drop": (1, "sent"), "stall": (1, "sent"), "lost": (0, "resend")}


@pytest.fixture
def faulty(monkeypatch, prr_env):
    from smtpfaults import FaultySmtp

    with FaultySmtp(stall_s=4) as server:
        monkeypatch.setenv("PRR_SMTP_URL", server.url_with_timeout(1.5))
        yield server


def _cli(*args):
    from prr.cli import app

    return CliRunner().invoke(app, list(args))


@pytest.mark.parametrize("fault", list(FAULTS))
def test_unclear_send_is_never_resent_and_the_user_settles_it(fault, faulty, conn, incident_params):
    copies, settle = FAULTS[fault]
    rid = draft_request(conn, "oxnard", "incident-logs", incident_params)
    faulty.fault_next(fault)
    with pytest.raises(FilingError) as info:
        file_request(conn, rid)
    assert f"prr request sent {rid}" in info.value.hint and f"prr request resend {rid}" in info.value.hint
    r = get_request(conn, rid)
    assert r["status"] == "send_unconfirmed" and r["due_on"] is None and r["received_on"] is None
    assert "may or may not have been stored" in r["last_error"]
    assert len(faulty.received) == copies          # one attempt only: no retry after the hand-over

    for _ in range(2):                               # `--all` twice: never sent again
        out = _cli("request", "file", "--all")
        assert "not re-sent" in out.output and len(faulty.received) == copies
        assert get_request(conn, rid)["status"] == "send_unconfirmed"
    show = _cli("request", "show", str(rid))
    assert "send_unconfirmed" in show.output and "never re-sent automatically" in show.output
    listed = json.loads(_cli("requests", "--json").output)
    assert [(x["id"], x["status"]) for x in listed] == [(rid, "send_unconfirmed")]   # not lost from view

    out = _cli("request", settle, str(rid))
    assert out.exit_code == 0, out.output
    r = get_request(conn, rid)
    assert r["status"] == "filed" and r["received_on"] and r["due_on"]
    assert len(faulty.received) == 1
    assert {m.message["Message-ID"] for m in faulty.received} == {r["message_id"]}


def test_a_refusal_before_the_hand_over_is_retried_then_failed(faulty, conn, incident_params):
    """A 4xx reply is a clear answer (nothing stored): retried, and `failed` if it persists."""
    from prr.channels.mail import SmtpSender

    rid = draft_request(conn, "oxnard", "incident-logs", incident_params)
    faulty.handler.fail_next.extend(["451 4.3.0 try later"] * 4)
    orig = SmtpSender.__init__

    def fast(self, config, **kw):
        orig(self, config, **dict(kw, backoff=0.01))

    SmtpSender.__init__ = fast
    try:
        with pytest.raises(FilingError):
            file_request(conn, rid)
    finally:
        SmtpSender.__init__ = orig
    assert get_request(conn, rid)["status"] == "failed" and faulty.received == []
    file_request(conn, rid)
    assert get_request(conn, rid)["status"] == "filed" and len(faulty.received) == 1


def test_settling_by_the_imap_sent_folder(faulty, conn, incident_params, monkeypatch):
    """An unclear send whose copy is in the IMAP Sent folder is filed by the next `--all`."""
    from mailservers import Dovecot

    rid = draft_request(conn, "oxnard", "incident-logs", incident_params)
    faulty.fault_next("drop")
    with pytest.raises(FilingError):
        file_request(conn, rid)
    with Dovecot() as imap:
        user, password = imap.new_user()
        monkeypatch.setenv("PRR_IMAP_URL", imap.url(user, password, tls=False))
        imap.append(user, password, [faulty.received[0].data], folder="Sent")
        out = _cli("request", "file", "--all")
    assert "found in the sent journal or Sent folder" in out.output
    r = get_request(conn, rid)
    assert r["status"] == "filed" and len(faulty.received) == 1
