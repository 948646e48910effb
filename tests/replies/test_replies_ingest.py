"""Ingesting messages: stored once, raw kept, attachments content-addressed and
extracted, contact updates offered, the review queue, and the sources and CLI."""
from __future__ import annotations

import json
import mailbox
from pathlib import Path

import pytest
from replies_kit import build_mail
from typer.testing import CliRunner

from prr.cli import app
from prr.db.core import rows
from prr.db.events import events_for
from prr.db.replies import documents_for_communication, get_communication, list_reviewable
from prr.db.requests import get_request
from prr.replies.ingest import assign, ignore, ingest_raw, ingest_source
from prr.replies.sources import EmlSource, MaildirSource, MboxSource, source_for_path

runner = CliRunner()


def test_same_message_is_ingested_once(conn, prr_env, file_request):
    r = file_request()
    raw = build_mail(subject=f"Re: [{r['token']}]", body="We received your request.", message_id="<once@oxnard.org>")
    first = ingest_raw(conn, raw, source="eml:a", settings=prr_env)
    assert first.status == "matched"
    assert ingest_raw(conn, raw, source="eml:a", settings=prr_env).status == "duplicate"
    # The same message by another route: trace headers added, LF line ends (mbox/Maildir).
    relayed = b"Received: from mx.example.org by imap; Fri, 6 Mar 2026\r\nDelivered-To: dana@example.org\r\n" + raw
    again = ingest_raw(conn, relayed.replace(b"\r\n", b"\n"), source="mbox:b", settings=prr_env)
    assert again.status == "duplicate" and again.communication_id == first.communication_id
    # Same Message-ID, different content: a different message, stored.
    edited = raw.replace(b"We received", b"We have received")
    assert ingest_raw(conn, edited, source="eml:c", settings=prr_env).status == "matched"
    assert len(rows(conn, "SELECT id FROM communications WHERE direction='in'")) == 2
    assert len([e for e in events_for(conn, r["id"]) if e["kind"] == "reply_received"]) == 2


def test_message_without_message_id_dedupes_by_content(conn, prr_env):
    raw = b"From: someone@gmail.com\nSubject: hello\n\nNo id here.\n"
    assert ingest_raw(conn, raw, source="x", settings=prr_env).status == "review"
    assert ingest_raw(conn, raw, source="x", settings=prr_env).status == "duplicate"


def test_our_own_outgoing_letter_gets_a_row_and_is_never_applied(conn, prr_env, file_request):
    r = file_request()
    raw = build_mail(sender="Dana <dana@example.org>", subject=r["subject"], message_id=r["message_id"])
    result = ingest_raw(conn, raw, source="imap:Sent:1", settings=prr_env)
    assert result.status == "ignored" and "our own" in result.reason
    (row,) = rows(conn, "SELECT * FROM communications WHERE direction='in'")
    assert row["status"] == "ignored" and row["request_id"] is None and "forgery" in row["match_reason"]
    assert ingest_raw(conn, raw, source="imap:Sent:1", settings=prr_env).status == "duplicate"
    assert get_request(conn, r["id"])["status"] == "filed"


def test_raw_is_kept_and_fields_recorded(conn, prr_env, file_request):
    r = file_request()
    raw = build_mail(subject=f"Re: [{r['token']}]", body="Received.", in_reply_to=r["message_id"])
    res = ingest_raw(conn, raw, source="eml:/tmp/x.eml", settings=prr_env)
    c = get_communication(conn, res.communication_id)
    assert Path(c["raw_path"]).read_bytes() == raw
    assert Path(c["raw_path"]).is_relative_to(prr_env.home / "mail")
    assert c["direction"] == "in" and c["source_ref"] == "eml:/tmp/x.eml"
    assert c["in_reply_to"] == r["message_id"] and c["from_addr"] == "City Clerk <cityclerk@oxnard.org>"
    assert c["sent_at"] == "2026-03-05T18:30:00+00:00"
    assert c["match_score"] >= 0.98 and "In-Reply-To" in c["match_reason"]
    received = next(e for e in events_for(conn, r["id"]) if e["kind"] == "reply_received")
    assert received["detail"]["communication_id"] == c["id"] and received["detail"]["score"] == c["match_score"]


def test_pdf_attachment_is_stored_and_extracted(conn, prr_env, file_request, pdf_bytes):
    r = file_request()
    pdf = pdf_bytes(["Event Register", "Event # 26-001  Burglary  2026-03-01"])
    raw = build_mail(subject=f"Re: [{r['token']}] records", body="The responsive records are attached.",
                     attachments=[("Event Register.pdf", pdf, "application/pdf"), ("notes.txt", b"n", "text/plain")])
    res = ingest_raw(conn, raw, source="eml:x", settings=prr_env)
    docs = documents_for_communication(conn, res.communication_id)
    assert [d["filename"] for d in docs] == ["Event Register.pdf", "notes.txt"]
    pdf_doc = docs[0]
    assert pdf_doc["request_id"] == r["id"] and pdf_doc["city_slug"] == "oxnard"
    assert Path(pdf_doc["path"]).read_bytes() == pdf
    assert pdf_doc["status"] == "pending"           # queued: ingest never waits on a PDF
    from typer.testing import CliRunner

    from prr.cli import app

    out = CliRunner().invoke(app, ["docs", "extract"])
    assert out.exit_code == 0 and "pending document(s) extracted" in out.output, out.output
    pdf_doc = documents_for_communication(conn, res.communication_id)[0]
    assert pdf_doc["status"] == "ok" and pdf_doc["page_count"] == 1       # went through extraction
    text = rows(conn, "SELECT text FROM document_pages WHERE document_id=?", (pdf_doc["id"],))[0]["text"]
    assert "Burglary" in text
    assert get_request(conn, r["id"])["status"] == "released"


def test_new_city_address_is_offered_as_contact(conn, prr_env, file_request):
    r = file_request()
    for i, sender in enumerate(["Records Unit <records@oxnard.org>", "records@oxnard.org",
                                "cityclerk@oxnard.org", "noreply@govqa.us"]):
        ingest_raw(conn, build_mail(sender=sender, subject=f"Re: [{r['token']}]", body=f"Note {i}.",
                                    message_id=f"<c{i}@x>"), source="x", settings=prr_env)
    changes = rows(conn, "SELECT * FROM changes WHERE kind='contact_added'")
    assert len(changes) == 1          # once; not for the known clerk; not for the portal vendor
    ch = changes[0]
    assert (ch["city_slug"], ch["field"], ch["new_value"], ch["status"]) == \
        ("oxnard", "records_email", "records@oxnard.org", "pending")
    assert "From: Records Unit <records@oxnard.org>" in ch["evidence"] and "2026" in ch["evidence"]


def test_review_accept_reassign_ignore(conn, prr_env, file_request):
    a = file_request()
    b = file_request(subject="California Public Records Act request: vendor communications", kind="vendor")
    # From the city, subject like nothing: a guess only.
    raw = build_mail(sender="cityclerk@oxnard.org", subject="Your request",
                     body="Your request has been received and assigned reference number 26-0042.")
    res = ingest_raw(conn, raw, source="x", settings=prr_env)
    assert res.status == "review"
    pending = list_reviewable(conn)
    assert [p["id"] for p in pending] == [res.communication_id]
    assert pending[0]["candidate_request_id"] in (a["id"], b["id"])
    assert get_request(conn, a["id"])["status"] == "filed"

    done = assign(conn, res.communication_id, a["id"], settings=prr_env)
    assert done.request_id == a["id"]
    assert get_request(conn, a["id"])["status"] == "acknowledged"
    assert "26-0042" in [t["number"] for t in rows(conn, "SELECT number FROM tracking_numbers WHERE request_id=?", (a["id"],))]
    assert list_reviewable(conn) == []

    moved = assign(conn, res.communication_id, b["id"], settings=prr_env, how="reassigned in review")
    assert moved.request_id == b["id"]
    assert get_communication(conn, res.communication_id)["request_id"] == b["id"]
    assert get_request(conn, b["id"])["status"] == "acknowledged"
    assert any(e["kind"] == "reply_reassigned" and e["detail"]["to"] == b["id"] for e in events_for(conn, a["id"]))
    with pytest.raises(ValueError, match="already tied"):
        assign(conn, res.communication_id, b["id"], settings=prr_env)

    other = ingest_raw(conn, build_mail(sender="x@gmail.com", subject="Newsletter", body="Hi."), source="y",
                       settings=prr_env)
    with pytest.raises(ValueError, match="--request"):
        assign(conn, other.communication_id, settings=prr_env)
    ignore(conn, other.communication_id)
    assert get_communication(conn, other.communication_id)["status"] == "ignored"


def _write_sources(tmp_path: Path, token: str) -> dict[str, Path]:
    msgs = [build_mail(subject=f"Re: [{token}] part {i}", body=f"Note {i}.", message_id=f"<s{i}@oxnard.org>")
            for i in range(6)]
    eml_dir = tmp_path / "emls"
    eml_dir.mkdir()
    for i in (0, 1):
        (eml_dir / f"{i}.eml").write_bytes(msgs[i])
    box = mailbox.mbox(str(tmp_path / "replies.mbox"))
    for raw in msgs[2:4]:
        box.add(raw)
    box.flush()
    md = mailbox.Maildir(str(tmp_path / "Maildir"), create=True)
    for raw in msgs[4:6]:
        md.add(raw)
    return {"eml": eml_dir, "mbox": tmp_path / "replies.mbox", "maildir": tmp_path / "Maildir"}


def test_sources_by_kind(conn, prr_env, file_request, tmp_path):
    r = file_request()
    paths = _write_sources(tmp_path, r["token"])
    assert isinstance(source_for_path(paths["eml"]), EmlSource)
    assert isinstance(source_for_path(paths["eml"] / "0.eml"), EmlSource)
    assert isinstance(source_for_path(paths["mbox"]), MboxSource)
    assert isinstance(source_for_path(paths["maildir"]), MaildirSource)
    for kind, path in paths.items():
        summary = ingest_source(conn, source_for_path(path), prr_env)
        assert summary.counts == {"matched": 2}, (kind, summary.results)
    # Reading the Maildir again changes nothing there and stores nothing new.
    before = sorted(p.name for p in (paths["maildir"] / "new").iterdir())
    assert ingest_source(conn, MaildirSource(paths["maildir"]), prr_env).counts == {"duplicate": 2}
    assert sorted(p.name for p in (paths["maildir"] / "new").iterdir()) == before


def test_cli_import_poll_and_review(conn, prr_env, file_request, tmp_path):
    r = file_request()
    paths = _write_sources(tmp_path, r["token"])
    out = runner.invoke(app, ["inbox", "import", str(paths["eml"]), str(paths["mbox"]), "--json"])
    assert out.exit_code == 0, out.output
    data = json.loads(out.stdout)
    assert [s["counts"] for s in data] == [{"matched": 2}, {"matched": 2}]

    # poll reads the default Maildir inbox, PRR_HOME/inbox.
    inbox = mailbox.Maildir(str(prr_env.inbox_dir), create=True)
    inbox.add(build_mail(sender="someone@gmail.com", subject="Question", body="Hello."))
    out = runner.invoke(app, ["inbox", "poll"])
    assert out.exit_code == 0, out.output
    assert "1 review" in out.output and "prr inbox review" in out.output

    out = runner.invoke(app, ["inbox", "review", "--json"])
    items = json.loads(out.stdout)
    assert len(items) == 1 and items[0]["subject"] == "Question"
    out = runner.invoke(app, ["inbox", "review", "accept", str(items[0]["id"])])
    assert out.exit_code == 1 and "--request" in out.output
    out = runner.invoke(app, ["inbox", "review", "accept", str(items[0]["id"]), "--request", str(r["id"])])
    assert out.exit_code == 0, out.output
    assert get_communication(conn, items[0]["id"])["request_id"] == r["id"]
    out = runner.invoke(app, ["inbox", "review", "ignore", "99999"])
    assert out.exit_code == 1 and "no incoming message 99999" in out.output
    out = runner.invoke(app, ["inbox", "review"])
    assert "Nothing to review" in out.output


def test_cli_import_missing_path(prr_env):
    out = runner.invoke(app, ["inbox", "import", "/nonexistent/mail.eml"])
    assert out.exit_code == 1 and "does not exist" in out.output


def test_a_store_failure_stops_the_source_without_losing_its_place(conn, prr_env, file_request, tmp_path):
    r = file_request()
    paths = _write_sources(tmp_path, r["token"])
    mail_dir = prr_env.home / "mail"
    mail_dir.mkdir(parents=True, exist_ok=True)
    mail_dir.chmod(0o500)            # the raw copies cannot be written
    try:
        import os

        if os.geteuid() == 0:        # root ignores permissions: make the path unusable instead
            mail_dir.chmod(0o700)
            mail_dir.rmdir()
            mail_dir.write_text("not a folder")
        summary = ingest_source(conn, source_for_path(paths["mbox"]), prr_env)
    finally:
        if mail_dir.is_file():
            mail_dir.unlink()
        else:
            mail_dir.chmod(0o700)
    assert summary.error and "could not store mbox:" in summary.error and "run again" in summary.error
    assert summary.total == 0
    assert rows(conn, "SELECT id FROM communications WHERE direction='in'") == []
    again = ingest_source(conn, source_for_path(paths["mbox"]), prr_env)
    assert again.error is None and again.counts == {"matched": 2}


def test_accept_with_missing_raw_copy_says_what_to_do(conn, prr_env, file_request):
    r = file_request()
    res = ingest_raw(conn, build_mail(sender="x@gmail.com", subject="Hi", body="Hello."), source="x", settings=prr_env)
    Path(get_communication(conn, res.communication_id)["raw_path"]).unlink()
    with pytest.raises(ValueError, match="import the message again"):
        assign(conn, res.communication_id, r["id"], settings=prr_env)
