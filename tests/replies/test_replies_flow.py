"""The ingest_replies flow, run for real on the session's Prefect server."""
from __future__ import annotations

import mailbox

import pytest
from replies_kit import build_mail

from prr.db.core import rows


def test_flow_reads_maildir_and_imap(prefect_server, conn, prr_env, file_request, dovecot, imap_user, monkeypatch):
    from prefect.artifacts import Artifact

    from prr.flows.ingest_replies import ingest_replies

    r = file_request()
    user, pw = imap_user
    monkeypatch.setenv("PRR_IMAP_URL", dovecot.url(user, pw))
    dovecot.append(user, pw, [build_mail(subject=f"Re: [{r['token']}]", body="Received.", message_id="<f1@x>")])
    inbox = mailbox.Maildir(str(prr_env.inbox_dir), create=True)
    inbox.add(build_mail(sender="someone@gmail.com", subject="Hello", body="Hi.", message_id="<f2@x>"))

    result = ingest_replies()
    assert result["totals"] == {"matched": 1, "review": 1}
    assert {s["source"] for s in result["sources"]} == {f"maildir:{prr_env.inbox_dir}",
                                                         f"imap://{user}@127.0.0.1:{dovecot.imaps_port}/INBOX"}
    assert rows(conn, "SELECT count(*) AS n FROM communications WHERE direction='in'")[0]["n"] == 2
    # The fixture's request was received 2026-03-02 and never answered: long overdue.
    assert [(o["request"], o["status"], o["due"]) for o in result["overdue"]] == [(r["id"], "filed", "2026-03-12")]
    assert Artifact.get("overdue-requests") is not None
    table = Artifact.get("ingest-replies-sources")
    assert table is not None and pw not in str(table.data) and "imap://" in str(table.data)

    # A source that fails fails the run (visibly), after keeping what the others read.
    monkeypatch.setenv("PRR_IMAP_URL", dovecot.url(user, "wrong"))
    inbox.add(build_mail(subject=f"Re: [{r['token']}] again", body="More.", message_id="<f3@x>"))
    with pytest.raises(Exception, match="login refused"):
        ingest_replies()
    assert rows(conn, "SELECT count(*) AS n FROM communications WHERE direction='in'")[0]["n"] == 3
