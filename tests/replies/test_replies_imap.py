"""IMAP source against a real dovecot on 127.0.0.1: TLS, incremental by UID, read-only,
UIDVALIDITY, and a connection dropped in the middle of a FETCH."""
from __future__ import annotations

from datetime import UTC

import pytest
from replies_kit import build_mail
from tcprelay import TcpRelay

from prr.db.core import rows
from prr.db.replies import count_incoming_by_status, get_source_state
from prr.replies.ingest import ingest_source
from prr.replies.sources import ImapSource, SourceError


def _messages(n, start=0, size=0):
    return [build_mail(subject=f"Message {i}", body=f"Reply number {i}.\n" + "x" * size,
                       message_id=f"<m{i}@oxnard.org>") for i in range(start, start + n)]


def _flags(dovecot, user, pw):
    c = dovecot.client(user, pw)
    c.select("INBOX", readonly=True)
    typ, data = c.uid("FETCH", "1:*", "(FLAGS)")
    c.logout()
    return [d for d in data if d]


def test_imaps_reads_incrementally_and_changes_nothing(dovecot, imap_user, conn, prr_env):
    user, pw = imap_user
    dovecot.append(user, pw, _messages(3))
    url = dovecot.url(user, pw)
    first = ingest_source(conn, ImapSource(url), prr_env)
    assert first.error is None
    assert first.counts == {"review": 3}
    state = get_source_state(conn, ImapSource(url).state_key)
    assert state["last_uid"] == 3 and state["uidvalidity"]
    assert pw not in ImapSource(url).state_key

    # Nothing new: nothing read. Then two more arrive: only those are read.
    assert ingest_source(conn, ImapSource(url), prr_env).total == 0
    dovecot.append(user, pw, _messages(2, start=3))
    third = ingest_source(conn, ImapSource(url), prr_env)
    assert [r.status for r in third.results] == ["review", "review"]
    assert get_source_state(conn, ImapSource(url).state_key)["last_uid"] == 5

    # Read-only: no \Seen flag, nothing deleted.
    flags = _flags(dovecot, user, pw)
    assert len(flags) == 5
    assert all(b"\\Seen" not in f for f in flags), flags


def test_mark_seen_only_when_told(dovecot, imap_user, conn, prr_env):
    user, pw = imap_user
    dovecot.append(user, pw, _messages(1))
    ingest_source(conn, ImapSource(dovecot.url(user, pw, mark_seen=1)), prr_env)
    assert b"\\Seen" in _flags(dovecot, user, pw)[0]


def test_plain_imap_on_localhost_uses_starttls(dovecot, imap_user, conn, prr_env):
    user, pw = imap_user
    dovecot.append(user, pw, _messages(1))
    src = ImapSource(dovecot.url(user, pw, tls=False, cafile=str(dovecot.cafile)))
    summary = ingest_source(conn, src, prr_env)
    assert summary.error is None and summary.total == 1
    logins = [line for line in (dovecot.root / "dovecot.log").read_text().splitlines()
              if "Login:" in line and f"user=<{user}>" in line]
    assert ", TLS," in logins[-1] and ", TLS," not in logins[0], logins   # the test client logs in plain first


@pytest.mark.parametrize("case", ["bad_password", "untrusted_cert", "no_folder"])
def test_source_failures_are_reported_without_secrets(dovecot, imap_user, conn, prr_env, case):
    user, pw = imap_user
    url = {"bad_password": dovecot.url(user, "wrong-pass-xyz"),
           "untrusted_cert": f"imaps://{user}:{pw}@127.0.0.1:{dovecot.imaps_port}/INBOX",
           "no_folder": dovecot.url(user, pw, folder="Nope")}[case]
    summary = ingest_source(conn, ImapSource(url), prr_env)
    assert summary.error
    assert pw not in summary.error and "wrong-pass-xyz" not in summary.error
    expected = {"bad_password": "login refused", "untrusted_cert": "CERTIFICATE_VERIFY_FAILED",
                "no_folder": "Nope"}[case]
    assert expected in summary.error


def test_dropped_connection_loses_nothing(dovecot, imap_user, conn, prr_env):
    user, pw = imap_user
    dovecot.append(user, pw, _messages(6, size=40_000))
    proxy = TcpRelay(dovecot.imap_port, cut_after=110_000)
    try:
        url = f"imap://{user}:{pw}@127.0.0.1:{proxy.port}/INBOX?batch=2&cafile={dovecot.cafile}"
        first = ingest_source(conn, ImapSource(url), prr_env)
        assert first.error and "lost after UID" in first.error and "resumes" in first.error
        assert pw not in first.error
        done = first.total
        assert 0 < done < 6
        key = ImapSource(url).state_key
        assert get_source_state(conn, key)["last_uid"] == done   # exactly what was committed

        second = ingest_source(conn, ImapSource(url), prr_env)   # the network is back
    finally:
        proxy.close()
    assert second.error is None
    assert second.total == 6 - done
    assert count_incoming_by_status(conn) == {"review": 6}
    assert get_source_state(conn, key)["last_uid"] == 6


def test_uidvalidity_change_rereads_without_duplicates(dovecot, imap_user, conn, prr_env):
    user, pw = imap_user
    c = dovecot.client(user, pw)
    c.create("Replies")
    c.logout()
    dovecot.append(user, pw, _messages(2), folder="Replies")
    url = dovecot.url(user, pw, folder="Replies")
    assert ingest_source(conn, ImapSource(url), prr_env).counts == {"review": 2}
    old = get_source_state(conn, ImapSource(url).state_key)["uidvalidity"]

    c = dovecot.client(user, pw)
    c.delete("Replies")
    c.create("Replies")
    c.logout()
    dovecot.append(user, pw, _messages(3), folder="Replies")   # the same two, plus one new
    summary = ingest_source(conn, ImapSource(url), prr_env)
    assert "UIDVALIDITY changed" in summary.note
    assert summary.counts == {"duplicate": 2, "review": 1}
    assert get_source_state(conn, ImapSource(url).state_key)["uidvalidity"] != old


def test_imap_url_is_required():
    with pytest.raises(SourceError, match="PRR_IMAP_URL"):
        ImapSource(None, settings=type("S", (), {"imap_url": None})())


def test_since_skips_older_mail(dovecot, imap_user, conn, prr_env):
    import imaplib
    from datetime import datetime

    user, pw = imap_user
    c = dovecot.client(user, pw)
    old, new = _messages(2)
    c.append("INBOX", None, imaplib.Time2Internaldate(datetime(2020, 5, 1, tzinfo=UTC)), old)
    c.append("INBOX", None, imaplib.Time2Internaldate(datetime(2026, 3, 5, tzinfo=UTC)), new)
    c.logout()
    summary = ingest_source(conn, ImapSource(dovecot.url(user, pw, since="2026-01-01")), prr_env)
    assert summary.total == 1
    assert rows(conn, "SELECT subject FROM communications") == [{"subject": "Message 1"}]
    with pytest.raises(SourceError, match="since="):
        ImapSource(dovecot.url(user, pw, since="last week"))


def test_cli_poll_reads_imap_when_configured(dovecot, imap_user, conn, prr_env, monkeypatch):
    from typer.testing import CliRunner

    from prr.cli import app

    user, pw = imap_user
    dovecot.append(user, pw, _messages(2))
    monkeypatch.setenv("PRR_IMAP_URL", dovecot.url(user, pw))
    out = CliRunner().invoke(app, ["inbox", "poll"])
    assert out.exit_code == 0, out.output
    assert f"imap://{user}@127.0.0.1:{dovecot.imaps_port}/INBOX: 2 review" in out.output
    assert pw not in out.output

    monkeypatch.setenv("PRR_IMAP_URL", dovecot.url(user, "not-the-password"))
    out = CliRunner().invoke(app, ["inbox", "poll"])
    assert out.exit_code == 1
    assert "login refused" in out.output and "run the command again" in out.output
    assert "not-the-password" not in out.output
