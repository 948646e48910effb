"""No poison: a message that breaks a step (date, parse, store, classify, attachments)
is recorded with its reason, the run goes on and the IMAP position moves past it; a
crash between matching a reply and applying it loses nothing."""
from __future__ import annotations

import os
import signal
import subprocess
import sys
from pathlib import Path

import pytest
from replies_kit import build_mail

from prr.db.core import rows
from prr.db.events import events_for
from prr.db.replies import get_communication, get_source_state
from prr.db.requests import get_request
from prr.replies.ingest import ingest_raw, ingest_source
from prr.replies.sources.imap import ImapSource

CRASHHOOK = Path(__file__).resolve().parents[1] / "kit" / "crashhook"
EXTENSION = ("Pursuant to Government Code section 7922.535(b), the City is extending the time to respond "
             "by 14 days due to the need to search for and collect records from field facilities.")
ACK = "Your request has been received and assigned reference number R000061-012323. We will respond within 10 days."


def _raw(text: str) -> bytes:
    return text.replace("\n", "\r\n").encode()


POISON = {
    "date-year-9999-negative-offset": (
        "From: City Clerk <cityclerk@oxnard.org>\nTo: dana@example.org\nSubject: Re: [{token}]\n"
        "Date: Fri, 31 Dec 9999 23:59:59 -1200\nMessage-ID: <y9999@oxnard.org>\n\nReceived, thank you.\n",
        "out of range"),
    "date-year-0001": (
        "From: City Clerk <cityclerk@oxnard.org>\nTo: dana@example.org\nSubject: Re: [{token}]\n"
        "Date: Mon, 01 Jan 0001 00:00:00 +1400\nMessage-ID: <y0001@oxnard.org>\n\nReceived.\n",
        ""),
    "no-headers-at-all": ("\n\n\x00\x01binary junk\n", "no RFC 5322 headers"),
    "nul-in-from": (
        "From: clerk\x00@oxnard.org\nTo: dana@example.org\nSubject: Re: [{token}]\n"
        "Message-ID: <nul@oxnard.org>\n\nhi\n", ""),
}


@pytest.mark.parametrize("name", list(POISON))
def test_poison_message_is_recorded_and_the_next_one_read(name, conn, prr_env, file_request):
    r = file_request()
    text, why = POISON[name]
    res = ingest_raw(conn, _raw(text.format(token=r["token"])), source=f"poison:{name}", settings=prr_env)
    assert res.communication_id is not None, res          # a row, whatever happened
    c = get_communication(conn, res.communication_id)
    assert c["status"] in ("matched", "review", "error")
    if why:
        assert why in " ".join(filter(None, (c["notes"], c["error"], c["match_reason"])))
    good = ingest_raw(conn, build_mail(subject=f"Re: [{r['token']}]", body="Acknowledged, thank you.",
                                       message_id="<good@oxnard.org>"), source="good", settings=prr_env)
    assert good.status == "matched"


def test_failing_steps_are_isolated(conn, prr_env, file_request, monkeypatch):
    """The classifier and the attachment store raise for one message: it is recorded as
    an error with the reason, and the next message is applied."""
    import prr.documents.documents as documents
    import prr.replies.ingest as ingest

    r = file_request()
    real_classify, real_add = ingest._classify, documents.add_document

    def classify(parsed, refs):
        if "BOOM" in parsed.envelope.subject:
            raise RuntimeError("classifier crashed")
        return real_classify(parsed, refs)

    def add_document(conn, data, **kw):
        if kw.get("filename") == "bad.pdf":
            raise ValueError("cannot store this file")
        return real_add(conn, data, **kw)

    monkeypatch.setattr(ingest, "_classify", classify)
    monkeypatch.setattr(documents, "add_document", add_document)
    bad = ingest_raw(conn, build_mail(subject=f"BOOM [{r['token']}]", message_id="<boom@oxnard.org>"),
                     source="a", settings=prr_env)
    assert bad.status == "error" and "classifier crashed" in get_communication(conn, bad.communication_id)["error"]
    att = ingest_raw(conn, build_mail(subject=f"Re: [{r['token']}]", body=ACK, message_id="<att@oxnard.org>",
                                      attachments=[("bad.pdf", b"%PDF-1.4 x", "application/pdf")]),
                     source="b", settings=prr_env)
    assert att.status == "matched"
    assert "not stored: ValueError" in get_communication(conn, att.communication_id)["notes"]
    assert get_request(conn, r["id"])["status"] == "acknowledged"


def test_imap_position_moves_past_poison(conn, prr_env, file_request, dovecot, imap_user):
    user, pw = imap_user
    r = file_request()
    msgs = [_raw(t.format(token=r["token"])) for t, _ in POISON.values()]
    msgs.append(build_mail(subject=f"Re: [{r['token']}]", body=ACK, message_id="<after@oxnard.org>"))
    dovecot.append(user, pw, msgs)
    url = dovecot.url(user, pw)
    first = ingest_source(conn, ImapSource(url), prr_env)
    assert first.error is None and first.total == len(msgs), first.to_json()
    state = get_source_state(conn, ImapSource(url).state_key)
    assert state["last_uid"] == len(msgs)
    assert ingest_source(conn, ImapSource(url), prr_env).total == 0      # nothing read twice, nothing stuck
    assert get_request(conn, r["id"])["status"] == "acknowledged"


def _import(prr_env, path: Path, crash_at: str | None = None):
    env = {k: v for k, v in os.environ.items() if not k.startswith("PRR_")}
    env.update(PRR_HOME=str(prr_env.home), PRR_REGISTRY=str(prr_env.registry_dir))
    if crash_at:
        env.update(PRR_TEST_CRASH_AT=crash_at, PYTHONPATH=os.pathsep.join([str(CRASHHOOK), env.get("PYTHONPATH", "")]))
    return subprocess.run([sys.executable, "-m", "prr", "inbox", "import", str(path)], env=env,
                          capture_output=True, text=True, timeout=120)


def test_kill_between_matched_and_applied_loses_nothing(conn, prr_env, file_request, tmp_path):
    r = file_request()
    eml = tmp_path / "extension.eml"
    eml.write_bytes(build_mail(subject=f"Re: [{r['token']}]", body=EXTENSION, in_reply_to=r["message_id"],
                               message_id="<ext@oxnard.org>"))
    crashed = _import(prr_env, eml, "before_apply")
    assert crashed.returncode == -signal.SIGKILL, crashed.stderr
    (c,) = rows(conn, "SELECT * FROM communications WHERE direction='in'")
    assert c["status"] == "recorded"           # matched and applied are one transaction: neither happened
    assert get_request(conn, r["id"])["status"] == "filed"
    again = _import(prr_env, eml)
    assert again.returncode == 0, again.stdout + again.stderr
    assert get_request(conn, r["id"])["status"] == "extension", again.stdout
    assert [e["kind"] for e in events_for(conn, r["id"])].count("extension") == 1
    assert _import(prr_env, eml).returncode == 0                     # a third run changes nothing
    assert [e["kind"] for e in events_for(conn, r["id"])].count("extension") == 1


def test_a_matched_reply_left_unapplied_is_finished(conn, prr_env, file_request, tmp_path):
    """A database from before the single transaction may hold a reply `matched` but never
    applied (a run killed in between): the next ingest run applies it, once."""
    from prr.db.requests import update_communication
    from prr.replies.sources.eml import EmlSource

    r = file_request()
    eml = tmp_path / "extension.eml"
    eml.write_bytes(build_mail(subject=f"Re: [{r['token']}]", body=EXTENSION, in_reply_to=r["message_id"],
                               message_id="<ext2@oxnard.org>"))
    res = ingest_raw(conn, eml.read_bytes(), source="x", settings=prr_env)
    # rewind what apply did, as if the run had died right after marking it matched
    conn.execute("DROP TRIGGER events_no_delete")
    conn.execute("DELETE FROM events WHERE request_id=? AND kind NOT IN ('drafted','filed')", (r["id"],))
    conn.execute("UPDATE requests SET status='filed' WHERE id=?", (r["id"],))
    conn.commit()
    update_communication(conn, res.communication_id, status="matched")
    empty = tmp_path / "empty"
    empty.mkdir()
    summary = ingest_source(conn, EmlSource(str(empty)), prr_env)
    assert summary.counts.get("matched") == 1
    assert get_request(conn, r["id"])["status"] == "extension"
    assert ingest_source(conn, EmlSource(str(empty)), prr_env).counts.get("matched") is None
